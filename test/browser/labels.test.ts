import { describe, expect, it } from 'vitest';
import { GRAPHICS } from '../../src/charts/kit/graphics';
import { hasChromium, useBrowser } from '../support/browser';
import { EDITIONS, inLanguagePath } from '../support/paths';

/** Every (graphic, state) picture the site draws. */
const PICTURES = [...GRAPHICS.values()].flatMap((graphic) => graphic.states.map((state) => ({ graphic: graphic.name, state })));

describe.skipIf(!hasChromium)('graphic labels on a 320 px phone, in every language', () => {
  const { origin, openPage } = useBrowser();

  it.each(EDITIONS)('%s: in every picture, each shown label lies inside the drawing and clear of every other label', async (locale) => {
    const { page, watch, close } = await openPage({ viewport: { width: 320, height: 640 } });
    const problems: string[] = [];
    try {
      for (const { graphic, state } of PICTURES) {
        // The frozen embed: the finished picture of the state, at the width a phone gives it.
        await page.goto(`${origin}${inLanguagePath(locale, `/embed/${graphic}/${state}/`)}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const found = await page.evaluate(() => {
          const svg = document.querySelector<SVGSVGElement>(`svg[data-state]`) ?? document.querySelector<SVGSVGElement>('svg');
          if (!svg) return { missing: true, outside: [], overlaps: [] };
          const frame = svg.getBoundingClientRect();
          const shown = (element: Element) => {
            for (let node: Element | null = element; node && node !== svg; node = node.parentElement) {
              const style = getComputedStyle(node);
              if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
            }
            return true;
          };
          const labels = [...svg.querySelectorAll('text')]
            .filter((text) => text.textContent!.trim() !== '' && shown(text))
            .map((text) => ({ text: text.textContent!.trim(), box: text.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && box.height > 0);
          const slack = 1;
          const outside = labels
            .filter(({ box }) => box.left < frame.left - slack || box.right > frame.right + slack || box.top < frame.top - slack || box.bottom > frame.bottom + slack)
            .map(({ text }) => text);
          const overlaps: string[] = [];
          for (const [index, a] of labels.entries()) {
            for (const b of labels.slice(index + 1)) {
              const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
              const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
              // A text box is its font's whole line box; Korean faces' run tall, so lines set one under the other
              // may share up to a quarter of the shorter box's height without their letters touching.
              const leading = 0.25 * Math.min(a.box.height, b.box.height);
              if (across > slack && down > Math.max(slack, leading)) overlaps.push(`“${a.text}” × “${b.text}”`);
            }
          }
          return { missing: false, outside, overlaps };
        });
        if (found.missing) problems.push(`${graphic}/${state}: no picture`);
        for (const text of found.outside) problems.push(`${graphic}/${state}: “${text}” runs outside the drawing`);
        for (const pair of found.overlaps) problems.push(`${graphic}/${state}: ${pair} overlap`);
      }
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
