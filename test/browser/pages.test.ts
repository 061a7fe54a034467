import { describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, useBrowser } from '../support/browser';
import { readChapters } from '../support/content';
import { inLanguagePath } from '../support/paths';
import { EDITION_FONTS, languageName, localesWithFonts } from '../../src/fonts/edition';
import { LOCALES } from '../../src/i18n/locales';

/** Every page of the site; each must load cleanly and pass axe. */
const PAGES = ['/', '/sources/'];

describe.skipIf(!hasChromium)('every page in Chromium', () => {
  const { origin, openPage } = useBrowser();
  for (const path of PAGES) {
    it(`${path} loads with no console errors, no requests off 127.0.0.1 and no axe violations`, async () => {
      const { page, watch, close } = await openPage();
      try {
        const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
        expect(watch.externalRequests).toEqual([]);
        expect(watch.cspViolations).toEqual([]);
      } finally {
        await close();
      }
    });

    it(`${path} passes axe in the dark colour scheme too`, async () => {
      const { page, close } = await openPage({ colorScheme: 'dark' });
      try {
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  // The switch names a language in its own script ("한국어" on an English page), which the reader's machine (and ours) may lack.
  for (const named of localesWithFonts()) {
    for (const locale of LOCALES.filter((other) => other !== named)) {
      it(`${locale}: the language switch writes “${languageName(named)}” in the site's own font for it, loaded from the site`, async () => {
        const { page, watch, close } = await openPage();
        try {
          await page.goto(`${origin}${inLanguagePath(locale, '/teachers/')}`, { waitUntil: 'networkidle' });
          const family = EDITION_FONTS[named]!.family;
          const shown = await page.evaluate(
            async ({ family, name }) => {
              await document.fonts.ready;
              const link = [...document.querySelectorAll<HTMLElement>('[data-language-switch]')].find((element) => element.textContent!.trim() === name)!;
              return {
                family: getComputedStyle(link).fontFamily.split(',')[0]!.replace(/["']/g, '').trim(),
                loaded: [...document.fonts].some((face) => face.family.replace(/["']/g, '') === family && face.status === 'loaded'),
                covers: document.fonts.check(`16px "${family}"`, name),
              };
            },
            { family, name: languageName(named) },
          );
          expect(shown).toEqual({ family, loaded: true, covers: true });
          expect(watch.externalRequests).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }

  it('with JavaScript disabled, the story still shows every chapter heading and all its prose', async () => {
    const withJs = await openPage();
    const withoutJs = await openPage({ javaScriptEnabled: false });
    try {
      await withJs.page.goto(`${origin}/`, { waitUntil: 'networkidle' });
      await withoutJs.page.goto(`${origin}/`, { waitUntil: 'networkidle' });
      const text = await withoutJs.page.locator('main').innerText();
      for (const chapter of readChapters()) expect(text).toContain(chapter.title);
      const paragraphs = async (p: typeof withJs.page) =>
        p.locator('.chapter__body p').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText.trim()));
      const staticParagraphs = await paragraphs(withoutJs.page);
      expect(staticParagraphs.length).toBeGreaterThan(0);
      expect(staticParagraphs).toEqual(await paragraphs(withJs.page));
    } finally {
      await withJs.close();
      await withoutJs.close();
    }
  });

  it('the skip link moves focus to the main content', async () => {
    const { page, close } = await openPage();
    try {
      await page.goto(`${origin}/`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe('#main');
    } finally {
      await close();
    }
  });
});
