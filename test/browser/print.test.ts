import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useBrowser, type WatchedPage } from '../support/browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolder } from '../../src/i18n/content';
import type { Locale } from '../../src/i18n/locales';
import { siteWords } from '../../src/i18n/site';
import { readChapters } from '../support/content';
import { EDITIONS, PROJECT_ROOT, inLanguagePath } from '../support/paths';

/** Pages in a PDF written by Chromium (its page objects are not compressed into object streams). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Renders the page as A4 PDF with the page's own @page rules, as "Save as PDF" does. */
function printToPdf(page: Page): Promise<Buffer> {
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

describe.skipIf(!hasChromium)('printing', () => {
  const { origin, openPage, browser } = useBrowser();
  let watched: WatchedPage | undefined;
  async function printed(path: string): Promise<Page> {
    watched = await openPage();
    await watched.page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    await watched.page.emulateMedia({ media: 'print' });
    return watched.page;
  }

  it.each(EDITIONS)('the story (%s) prints every chapter heading and every step with its static picture, and no controls or sticky layout', async (locale) => {
    try {
      const page = await printed(inLanguagePath(locale, '/'));
      // Step pictures are files loaded lazily: printing for real fetches them (media emulation alone does not).
      const pdf = await printToPdf(page);
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.step__static img')].every((img) => img.complete), undefined, { timeout: 20_000 });
      const report = await page.evaluate(() => {
        const shown = (element: Element) => element.getBoundingClientRect().height > 0 && getComputedStyle(element).visibility !== 'hidden';
        return {
          headings: [...document.querySelectorAll('.chapter__heading')].filter(shown).map((h) => h.textContent!.trim()),
          steps: [...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => ({
            id: step.id,
            text: shown(step.querySelector('.step__card')!),
            // The step's own picture file (graphics/<graphic>/<state>.svg), loaded and drawn on the page.
            picture: step.querySelector(`.step__static img[src$="/${step.dataset.stepOf}/${step.dataset.step}.svg"]`) !== null,
            pictureShown: [...step.querySelectorAll<HTMLImageElement>('.step__static img')].some((img) => shown(img) && img.complete && img.naturalWidth > 0),
          })),
          controls: [...document.querySelectorAll('button, [data-present-ui], .scrolly__nav, .scrolly__figure, .site-nav')].filter(shown).length,
          pinned: [...document.querySelectorAll('body *')].filter((element) => ['sticky', 'fixed'].includes(getComputedStyle(element).position)).length,
          sourceNote: [...document.querySelectorAll('.print-source-note')].filter(shown).map((n) => n.textContent!),
        };
      });
      expect(report.headings).toEqual(readChapters(locale).map((chapter) => chapter.title));
      for (const step of report.steps) expect(step, step.id).toEqual({ id: step.id, text: true, picture: true, pictureShown: true });
      expect(report.controls).toBe(0);
      expect(report.pinned).toBe(0);
      expect(report.sourceNote.join(' ')).toMatch(new RegExp(`https?://\\S+${inLanguagePath(locale, '/sources/')}`));

      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // At least a page for the opening and one for each two chapters; no blank run-off from a sticky 100vh block.
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(Math.ceil(readChapters(locale).length / 2));
      const printedTextHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(pdfPageCount(pdf)).toBeLessThanOrEqual(Math.ceil(printedTextHeight / 500) + 1);
    } finally {
      await watched?.close();
    }
  });

  it('links that leave the site are written out on paper', async () => {
    try {
      const page = await printed('/');
      const after = await page.evaluate(() => {
        const link = document.createElement('a');
        link.href = 'https://example.org/report';
        link.textContent = 'the report';
        document.querySelector('.chapter__body')!.append(link);
        const own = document.createElement('a');
        own.href = '#the-shortage';
        own.textContent = 'own';
        document.querySelector('.chapter__body')!.append(own);
        return [getComputedStyle(link, '::after').content, getComputedStyle(own, '::after').content];
      });
      expect(after[0]).toContain('https://example.org/report');
      expect(after[1]).not.toContain('the-shortage');
    } finally {
      await watched?.close();
    }
  });

  it.each(EDITIONS)('the handout (%s) prints on exactly two A4 pages, with its numbers, timeline and the guide’s discussion questions', async (locale: Locale) => {
    try {
      const page = await printed(inLanguagePath(locale, '/handout/'));
      const pdf = await printToPdf(page);
      expect(pdfPageCount(pdf)).toBe(2);
      const text = await page.locator('[data-handout]').innerText();
      // Each entry of the timeline, by the plain words of its bold label in content (…/pages/handout-timeline.mdx).
      const timeline = readFileSync(join(PROJECT_ROOT, 'content', contentFolder(locale, 'pages'), 'handout-timeline.mdx'), 'utf8');
      const labels = [...timeline.matchAll(/<li>\*\*([^<*]+?):?\*\*/g)].map((match) => match[1]!.trim());
      expect(labels.length).toBeGreaterThanOrEqual(5);
      for (const label of labels) expect(text).toContain(label);
      expect(await page.locator('[data-handout] [data-fact]').count()).toBeGreaterThanOrEqual(7);
      // A derived figure shows its working on paper too: the written-out arithmetic, laid out and with its ÷.
      const workings = await page.locator('[data-handout] .fact--derived').evaluateAll((facts) =>
        facts.map((fact) => {
          const arithmetic = fact.querySelector<HTMLElement>('.fact__arithmetic');
          return { fact: fact.getAttribute('data-fact'), shown: Boolean(arithmetic && arithmetic.getBoundingClientRect().height > 0 && arithmetic.innerText.includes('÷')) };
        }),
      );
      expect(workings.length).toBeGreaterThanOrEqual(2);
      expect(workings.filter((working) => !working.shown)).toEqual([]);
      expect(await page.locator('.site-header, .site-footer').evaluateAll((nodes) => nodes.filter((n) => n.getBoundingClientRect().height > 0).length)).toBe(0);
      const map = page.locator('[data-handout-map] svg[data-state]');
      if ((await page.locator('[data-handout-map]').count()) > 0) expect((await map.first().boundingBox())!.height).toBeGreaterThan(200);

      const questions = await page.locator('[data-handout-questions] li').allInnerTexts();
      const guide = await browser().newPage();
      try {
        await guide.goto(`${origin}${inLanguagePath(locale, '/teachers/')}`, { waitUntil: 'networkidle' });
        const guideQuestions = await guide
          .locator(`h2:text-is("${siteWords(locale)('handout.questions')}") + ol > li > strong`)
          .allInnerTexts();
        expect(questions.length).toBeGreaterThan(0);
        expect(questions).toEqual(guideQuestions);
      } finally {
        await guide.close();
      }
    } finally {
      await watched?.close();
    }
  });
});
