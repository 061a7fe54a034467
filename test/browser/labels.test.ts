import { describe, expect, it } from 'vitest';
import { graphicStates } from '../../src/charts/kit/graphics';
import { LOCALES } from '../../src/i18n/locales';
import { hasChromium, useBrowser } from '../support/browser';
import { inLanguagePath } from '../support/paths';

/** Every (graphic, state) picture the site draws. */
const PICTURES = graphicStates();

/** The widths a reader's screen gives a picture: a small phone, a common phone, a tablet, a laptop. */
const WIDTHS = [320, 390, 768, 1280] as const;

/** Marks and arrows that labels must stay off (the flow map's dots, arrow lines and heads); other graphics' labels are checked against each other. */
const MARKS = '.flow-map__mark';
const ARROW_LINES = '.flow-map__arc';
const ARROW_HEADS = '.flow-map__arrowhead';

describe.skipIf(!hasChromium)('graphic labels at every reader width, in every language', () => {
  const { origin, openPage } = useBrowser();

  it.each(LOCALES.flatMap((locale) => WIDTHS.map((width) => [locale, width] as const)))(
    '%s at %i px: in every picture, each shown label lies inside the drawing, clear of every other label, of every dot and of every arrow',
    async (locale, width) => {
      const { page, watch, close } = await openPage({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
      const problems: string[] = [];
      try {
        for (const { graphic, state } of PICTURES) {
          // The frozen embed: the finished picture of the state, at the width the screen gives it.
          await page.goto(`${origin}${inLanguagePath(locale, `/embed/${graphic}/${state}/`)}`, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          const found = await page.evaluate(
            ({ marks, lines, heads }) => {
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
              // A label of several lines is checked line by line: its lines' boxes, not the box round all of them.
              const labels = [...svg.querySelectorAll('text')]
                .filter((text) => text.textContent!.trim() !== '' && shown(text))
                .flatMap((text) => {
                  const lines = [...text.querySelectorAll('tspan')].filter((line) => line.textContent!.trim() !== '');
                  return (lines.length > 0 ? lines : [text]).map((line) => ({ owner: text, text: line.textContent!.trim(), box: line.getBoundingClientRect() }));
                })
                .filter(({ box }) => box.width > 0 && box.height > 0);
              const slack = 1;
              const outside = labels
                .filter(({ box }) => box.left < frame.left - slack || box.right > frame.right + slack || box.top < frame.top - slack || box.bottom > frame.bottom + slack)
                .map(({ text }) => text);
              const overlaps: string[] = [];
              for (const [index, a] of labels.entries()) {
                for (const b of labels.slice(index + 1)) {
                  if (a.owner === b.owner) continue;
                  const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
                  const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
                  // A text box is its font's whole line box; Korean faces' run tall, so lines set one under the other
                  // may share up to a quarter of the shorter box's height without their letters touching.
                  const leading = 0.25 * Math.min(a.box.height, b.box.height);
                  if (across > slack && down > Math.max(slack, leading)) overlaps.push(`“${a.text}” × “${b.text}”`);
                }
              }
              // The letters' own area: the line box less the space above cap height and below the baseline's descent.
              const inked = (box: DOMRect) => {
                const trim = 0.2 * box.height;
                return { left: box.left + slack, right: box.right - slack, top: box.top + trim, bottom: box.bottom - trim };
              };
              const inside = (x: number, y: number, box: ReturnType<typeof inked>) => x > box.left && x < box.right && y > box.top && y < box.bottom;
              const toScreen = (element: SVGGraphicsElement, x: number, y: number) => new DOMPoint(x, y).matrixTransform(element.getScreenCTM()!);
              for (const mark of [...svg.querySelectorAll<SVGCircleElement>(marks)].filter(shown)) {
                const box = mark.getBoundingClientRect();
                for (const label of labels) {
                  const ink = inked(label.box);
                  if (box.left < ink.right && box.right > ink.left && box.top < ink.bottom && box.bottom > ink.top) overlaps.push(`“${label.text}” × dot ${mark.getAttribute('class')}`);
                }
              }
              for (const line of [...svg.querySelectorAll<SVGPathElement>(lines)].filter(shown)) {
                const length = line.getTotalLength();
                const points = Array.from({ length: Math.ceil(length / 2) + 1 }, (_, index) => line.getPointAtLength(Math.min(length, index * 2))).map((point) => toScreen(line, point.x, point.y));
                for (const label of labels) {
                  const ink = inked(label.box);
                  if (points.some((point) => inside(point.x, point.y, ink))) overlaps.push(`“${label.text}” × arrow ${line.getAttribute('class')}`);
                }
              }
              for (const head of [...svg.querySelectorAll<SVGPathElement>(heads)].filter(shown)) {
                const box = head.getBoundingClientRect();
                for (const label of labels) {
                  const ink = inked(label.box);
                  if (box.left < ink.right && box.right > ink.left && box.top < ink.bottom && box.bottom > ink.top) overlaps.push(`“${label.text}” × arrowhead ${head.getAttribute('class')}`);
                }
              }
              return { missing: false, outside, overlaps };
            },
            { marks: MARKS, lines: ARROW_LINES, heads: ARROW_HEADS },
          );
          if (found.missing) problems.push(`${graphic}/${state}: no picture`);
          for (const text of found.outside) problems.push(`${graphic}/${state}: “${text}” runs outside the drawing`);
          for (const pair of found.overlaps) problems.push(`${graphic}/${state}: ${pair} overlap`);
        }
        expect(watch.consoleErrors).toEqual([]);
      } finally {
        await close();
      }
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
