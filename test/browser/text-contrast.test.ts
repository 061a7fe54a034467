import { describe, expect, it } from 'vitest';
import { graphicStates } from '../../src/charts/kit/graphics';
import { LOCALES } from '../../src/i18n/locales';
import { contrastRatio, parseColour } from '../support/colour';
import { hasChromium, useBrowser } from '../support/browser';
import { inLanguagePath } from '../support/paths';

/** Every (graphic, state) picture the site draws. */
const PICTURES = graphicStates();

/** WCAG 1.4.3 (AA): 4.5:1 for text; the graphics' labels are small text. */
const TEXT_CONTRAST = 4.5;

/** A halo (paint-order: stroke) this wide or wider is the ground a label's letters are read against. */
const HALO_WIDTH = 3;

describe.skipIf(!hasChromium)('text on the graphics, in both themes (WCAG AA)', () => {
  const { origin, openPage } = useBrowser();

  it.each(LOCALES.flatMap((locale) => (['light', 'dark'] as const).map((scheme) => [locale, scheme] as const)))(
    '%s, %s theme: every label of every picture has 4.5:1 against what it is read on (its halo, or the page where nothing is drawn under it)',
    async (locale, scheme) => {
      const { page, close } = await openPage({ viewport: { width: 390, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
      const problems: string[] = [];
      try {
        for (const { graphic, state } of PICTURES) {
          await page.goto(`${origin}${inLanguagePath(locale, `/embed/${graphic}/${state}/`)}`, { waitUntil: 'load' });
          const labels = await page.evaluate((haloWidth) => {
            const svg = document.querySelector<SVGSVGElement>('svg[data-state]') ?? document.querySelector<SVGSVGElement>('svg')!;
            const ground = getComputedStyle(document.body).backgroundColor;
            const out: { text: string; fill: string; ground: string; bare: string | null }[] = [];
            for (const text of svg.querySelectorAll('text')) {
              const style = getComputedStyle(text);
              if (text.textContent!.trim() === '' || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
              const halo = style.paintOrder.startsWith('stroke') && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= haloWidth;
              // Without a halo the letters are read on whatever lies under them: that must be the page itself.
              const box = text.getBoundingClientRect();
              let bare: string | null = null;
              if (!halo) {
                for (const share of [0.25, 0.5, 0.75]) {
                  const under = document.elementsFromPoint(box.left + box.width * share, box.top + box.height / 2).find((element) => element !== text && !text.contains(element) && element !== svg && svg.contains(element));
                  if (under && !(under instanceof SVGTextElement) && !(under instanceof SVGTSpanElement) && getComputedStyle(under).fill !== 'none') bare = `<${under.tagName} class="${under.getAttribute('class')}">`;
                }
              }
              out.push({ text: text.textContent!.trim().slice(0, 40), fill: style.fill, ground: halo ? style.stroke : ground, bare });
            }
            return out;
          }, HALO_WIDTH);
          expect(labels.length, `${graphic}/${state} has labels`).toBeGreaterThan(0);
          for (const label of labels) {
            const ratio = contrastRatio(parseColour(label.fill, `${graphic}/${state} “${label.text}” fill`), parseColour(label.ground, `${graphic}/${state} “${label.text}” ground`));
            if (ratio < TEXT_CONTRAST) problems.push(`${graphic}/${state} “${label.text}”: ${label.fill} on ${label.ground} is ${ratio.toFixed(2)}:1`);
            if (label.bare) problems.push(`${graphic}/${state} “${label.text}”: no halo, drawn over ${label.bare}`);
          }
        }
      } finally {
        await close();
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
