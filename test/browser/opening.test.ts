import { describe, expect, it } from 'vitest';
import { hasChromium, useBrowser } from '../support/browser';
import { EDITIONS, inLanguagePath } from '../support/paths';

/**
 * The story opens on its picture: on a phone (390×844) and on a desktop (1280×800), in every language, the first
 * screen holds the headline, the whole opening picture (the map of who supplies whom, with its arrows) and the
 * start of the summary.
 */
describe.skipIf(!hasChromium)('the opening screen of the story', () => {
  const { origin, openPage } = useBrowser();
  const screens = [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ];

  it.each(EDITIONS)('%s: headline, the whole opening picture and the start of the summary on the first screen of a phone and a desktop', async (locale) => {
    for (const viewport of screens) {
      const { page, watch, close } = await openPage({ viewport });
      await page.goto(`${origin}${inLanguagePath(locale, '/')}`, { waitUntil: 'networkidle' });
      const seen = await page.evaluate(() => {
        const box = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) return null;
          const { top, bottom, left, right, width, height } = element.getBoundingClientRect();
          return { top, bottom, left, right, width, height };
        };
        const picture = document.querySelector('.story-header svg[role="img"]');
        return {
          viewport: { width: innerWidth, height: innerHeight },
          headline: box('h1'),
          picture: box('.story-header svg[role="img"]'),
          label: picture?.getAttribute('aria-label') ?? '',
          arrows: picture ? [...picture.querySelectorAll('path')].filter((path) => /arc|arrow/.test(path.getAttribute('class') ?? '')).length : 0,
          summary: box('.story-summary p'),
        };
      });
      const where = `${locale} at ${viewport.width}×${viewport.height}`;
      expect(seen.headline && seen.headline.bottom <= seen.viewport.height, `${where}: the headline`).toBe(true);
      expect(seen.picture, `${where}: an opening picture`).not.toBeNull();
      expect(seen.picture!.top, `${where}: the picture's top`).toBeGreaterThanOrEqual(0);
      expect(seen.picture!.bottom, `${where}: the picture's bottom`).toBeLessThanOrEqual(seen.viewport.height);
      expect(seen.picture!.right, `${where}: the picture's right edge`).toBeLessThanOrEqual(seen.viewport.width);
      expect(seen.picture!.width * seen.picture!.height, `${where}: a picture, not a thumbnail`).toBeGreaterThan(0.12 * seen.viewport.width * seen.viewport.height);
      expect(seen.arrows, `${where}: the picture shows the arrows`).toBeGreaterThan(2);
      expect(seen.label.length, `${where}: the picture's accessible name`).toBeGreaterThan(40);
      expect(seen.summary && seen.summary.top < seen.viewport.height - 40, `${where}: the summary starts on the first screen`).toBe(true);
      expect(watch.consoleErrors).toEqual([]);
      await close();
    }
  });
});
