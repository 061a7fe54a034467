import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/i18n/locales';
import { hasChromium, useBrowser } from '../support/browser';
import { builtPages, htmlFileOf, isSitePage } from '../support/crawl';
import { DIST_DIR, languagePrefix } from '../support/paths';

/**
 * Characters a full line of body prose holds (its median line, spaces counted, the last line of each paragraph
 * left out). English: 60–75, the range newspaper and book typography gives a comfortable reading line. Korean: 35–45.
 * A Hangul syllable is one full-width block that carries what two or three Latin letters do, so the same comfortable
 * width holds about 40 characters; Korean typesetting guidance puts body text at 35–45 a line. Both come from
 * --measure / --measure-ko in src/styles/theme.css. A new language needs its range here.
 */
const CHARACTERS_PER_LINE: Record<Locale, { min: number; max: number }> = {
  en: { min: 60, max: 75 },
  ko: { min: 35, max: 45 },
};

/** Body text never drops under 16 px, even on the narrowest phone (320 px wide). */
const MIN_BODY_PX = 16;

/** A site page's language, from its folder ("ko/sources/" is Korean, "sources/" the default language). */
const localeOf = (page: string): Locale => (languagePrefix(page).replace(/\/$/, '') || DEFAULT_LOCALE) as Locale;

const pages = builtPages(DIST_DIR);
/** Every page in the site's own frame (header and footer), in every language: the story, guide, handout and the rest. */
const SITE_PAGES = pages.filter((page) => isSitePage(parse(readFileSync(join(DIST_DIR, htmlFileOf(page)), 'utf8'))));
/** Every embed page: a graphic's stepper ("embed/flow-map/") and each of its frozen steps ("embed/flow-map/map-pledge/"). */
const EMBED_PAGES = pages.filter((page) => /^(?:[a-z]{2}\/)?embed\/[^/]+\/(?:[^/]+\/)?$/.test(page));

/** What a page's body prose measures: each full line's characters, and the font sizes its text blocks are set in. */
interface ProseMeasure {
  lines: number[];
  sample: string;
  fontSizes: number[];
}

/**
 * The page's body prose: paragraphs, list items and definitions in <main> that a reader sees (not in a closed
 * <details>), set in the body's own face and size (so notes, captions and interface text are left out), outside
 * navigation and figures. The story's step cards ride in a narrow column beside the sticky graphic by design, not
 * in the prose column: `withSteps` counts them too. Each character's box (a Range per character) places it on a
 * line: a line ends where the next box starts lower by more than half the line height. A run of text ends at the
 * block's end, a <br> or a box inside it that is not inline (a nested list, a block-level note); the last line of
 * each run is short by nature and not counted.
 */
function measureProse(page: Page, withSteps: boolean): Promise<ProseMeasure> {
  return page.evaluate((withSteps) => {
    const body = getComputedStyle(document.body);
    const blocks = [...document.querySelectorAll<HTMLElement>('main :is(p, li, dd)')].filter((element) => {
      if (element.closest(`nav, figure, [hidden]${withSteps ? '' : ', .step__card'}`) || !element.checkVisibility()) return false;
      const style = getComputedStyle(element);
      return style.fontFamily === body.fontFamily && style.fontSize === body.fontSize;
    });
    /** True when the text node flows in the block's own lines: every box between them is inline. */
    const inFlow = (node: Node, block: HTMLElement) => {
      for (let element = node.parentElement; element && element !== block; element = element.parentElement) {
        if (getComputedStyle(element).display !== 'inline') return false;
      }
      return true;
    };
    const lines: string[] = [];
    const range = document.createRange();
    for (const block of blocks) {
      const step = parseFloat(getComputedStyle(block).lineHeight) / 2;
      let run: string[] = [];
      let centre = -Infinity;
      const endRun = () => {
        lines.push(...run.slice(0, -1).map((line) => line.replace(/\s+/g, ' ').trim()));
        run = [];
        centre = -Infinity;
      };
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof HTMLBRElement) endRun();
        if (!(node instanceof Text)) continue;
        if (!inFlow(node, block)) {
          endRun();
          continue;
        }
        for (let index = 0; index < node.data.length; index += 1) {
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const box = range.getClientRects()[0];
          if (!box || box.height === 0) continue;
          const middle = (box.top + box.bottom) / 2;
          if (middle > centre + step) {
            run.push('');
            centre = middle;
          }
          run[run.length - 1] = `${run[run.length - 1] ?? ''}${node.data[index]}`;
        }
      }
      endRun();
    }
    const full = lines.filter((line) => line !== '');
    return {
      lines: full.map((line) => [...line].length),
      sample: full[Math.floor(full.length / 2)] ?? '',
      fontSizes: blocks.map((block) => parseFloat(getComputedStyle(block).fontSize)),
    };
  }, withSteps);
}

/** The median of a list of numbers. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Opens a built page and waits for its fonts, so lines break as a reader sees them. */
async function open(page: Page, origin: string, path: string, waitUntil: 'load' | 'networkidle' = 'networkidle'): Promise<void> {
  const response = await page.goto(`${origin}/${path}`, { waitUntil });
  expect(response?.status(), path).toBe(200);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe.skipIf(!hasChromium)('the type scale and measure in Chromium', () => {
  const { origin, openPage } = useBrowser();

  it('has site pages in every language and embed pages to check', () => {
    for (const locale of LOCALES) {
      expect(SITE_PAGES.filter((page) => localeOf(page) === locale).length, locale).toBeGreaterThanOrEqual(5);
      expect(EMBED_PAGES.filter((page) => localeOf(page) === locale).length, locale).toBeGreaterThan(0);
    }
  });

  for (const locale of LOCALES) {
    const { min, max } = CHARACTERS_PER_LINE[locale];
    for (const path of SITE_PAGES.filter((page) => localeOf(page) === locale)) {
      it(`/${path} at 1280×800: the median line of body prose holds ${min}–${max} characters (${locale})`, async () => {
        const { page, close } = await openPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
        try {
          await open(page, origin, path);
          const { lines, sample } = await measureProse(page, false);
          expect(lines.length, `/${path}: full lines of body prose measured`).toBeGreaterThanOrEqual(5);
          const middle = median(lines);
          expect(middle, `/${path}: median ${middle} characters a line over ${lines.length} lines, e.g. “${sample}”`).toBeGreaterThanOrEqual(min);
          expect(middle, `/${path}: median ${middle} characters a line over ${lines.length} lines, e.g. “${sample}”`).toBeLessThanOrEqual(max);
        } finally {
          await close();
        }
      });

      it(`/${path} at 320 px: body text is at least ${MIN_BODY_PX} px`, async () => {
        const { page, close } = await openPage({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
        try {
          await open(page, origin, path);
          const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
          expect(bodySize).toBeGreaterThanOrEqual(MIN_BODY_PX);
          const { fontSizes } = await measureProse(page, true);
          expect(fontSizes.length).toBeGreaterThan(0);
          expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(MIN_BODY_PX);
        } finally {
          await close();
        }
      });
    }
  }

  for (const locale of LOCALES) {
    it(`every embed page sets its title, takeaway, caption and credit in the theme’s steps and line heights (${locale})`, async () => {
      const { page, close } = await openPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
      try {
        for (const path of EMBED_PAGES.filter((page) => localeOf(page) === locale)) {
          await open(page, origin, path, 'load');
          const { actual, expected } = await page.evaluate(() => {
            const embed = document.querySelector<HTMLElement>('.embed')!;
            /** A token's computed value, from a probe set in it inside the embed (so the page's own language and width apply). */
            const token = (property: 'font-size' | 'line-height', value: string) => {
              const probe = document.createElement('span');
              probe.style.setProperty('display', 'block');
              probe.style.setProperty('font-size', property === 'font-size' ? value : 'var(--step--1)');
              if (property === 'line-height') probe.style.setProperty('line-height', value);
              embed.append(probe);
              const computed = getComputedStyle(probe).getPropertyValue(property);
              probe.remove();
              return computed;
            };
            const style = (selector: string) => getComputedStyle(embed.querySelector(selector)!);
            return {
              actual: {
                title: style('.embed__title').fontSize,
                takeaway: style('.embed__takeaway').fontSize,
                caption: style('.embed__description').fontSize,
                captionLeading: style('.embed__description').lineHeight,
                credit: style('.embed__credit').fontSize,
              },
              expected: {
                title: token('font-size', 'var(--step-1)'),
                takeaway: token('font-size', 'var(--step-0)'),
                caption: token('font-size', 'var(--step--1)'),
                captionLeading: token('line-height', 'var(--leading-ui)'),
                credit: token('font-size', 'var(--step--1)'),
              },
            };
          });
          expect(actual, `/${path}`).toEqual(expected);
        }
      } finally {
        await close();
      }
    });
  }
});
