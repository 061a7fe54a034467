import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../src/i18n/locales';
import { hasChromium, useBrowser } from '../support/browser';
import { inLanguagePath } from '../support/paths';
import { settle, stepIds } from '../support/story';

/**
 * Screens the story is read on: a small phone, a common phone upright and turned on its side, a tablet, a
 * laptop. The heights are those screens' own (a 320 px phone is 640 px tall in the portrait it is read in).
 */
const SCREENS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
] as const;

/** Projectors, for presentation mode. */
const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/**
 * coveredText(page, { cards }) lists every piece of text on screen that something else is drawn
 * over: headings, paragraphs, step text, chart labels and controls. Each line of text is probed at
 * three points along its middle with elementsFromPoint: going down from the top, nothing that paints
 * there (a shape, a control, a picture, a background, letters) may come before the text itself;
 * transparent boxes, such as the steps laid over a phone's picture, let it show through. Labels inside one graphic are the labels test's business, so
 * an SVG's own nodes never count as covering its labels. With `cards: false`, step cards (which
 * scroll over their graphic on a phone between steps) are left out, both as text and as cover.
 */
async function coveredText(page: Page, { cards }: { cards: boolean }): Promise<string[]> {
  return page.evaluate(
    ({ cards }) => {
      const width = innerWidth;
      const height = innerHeight;
      const describe = (element: Element) => {
        const named = element.closest('.scrolly__nav, .scrolly__figure, .step__card, .present-controls, [class]') ?? element;
        return `${named.tagName.toLowerCase()}.${(named.getAttribute('class') ?? '').split(' ')[0]}`;
      };
      const shown = (element: Element) => {
        if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
        for (let node: Element | null = element; node; node = node.parentElement) {
          if (Number(getComputedStyle(node).opacity) < 0.05) return false;
        }
        return true;
      };
      // Text cut away by a box round it (visually hidden text, a scrolled table) is not on screen there.
      const clippedAt = (element: Element, x: number, y: number) => {
        for (let node: Element | null = element; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.overflowX === 'visible' && style.overflowY === 'visible' && style.clipPath === 'none') continue;
          const box = node.getBoundingClientRect();
          if (style.clipPath !== 'none' || x < box.left || x > box.right || y < box.top || y > box.bottom) return true;
        }
        return false;
      };
      const lines: { element: Element; text: string; box: DOMRect }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = node.textContent!.trim();
        if (!element || text === '' || element.closest('script, style, title, desc')) continue;
        if (!cards && element.closest('.step__card')) continue;
        if (element.closest('svg') && !element.closest('text')) continue;
        if (!shown(element)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) lines.push({ element, text: text.slice(0, 48), box });
      }
      const alpha = (colour: string) => {
        if (colour === 'transparent') return 0;
        const slash = colour.match(/\/\s*([\d.]+)(%?)\s*\)$/);
        if (slash) return Number(slash[1]) / (slash[2] ? 100 : 1);
        const rgba = colour.match(/^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)$/);
        return rgba ? Number(rgba[1]) : 1;
      };
      // Whether an element paints anything at a point: a shape, a control, a picture, a background, or its own letters.
      const paints = (element: Element, x: number, y: number) => {
        if (element instanceof SVGElement) return !(element instanceof SVGSVGElement);
        if (['IMG', 'CANVAS', 'VIDEO', 'IFRAME', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName)) return true;
        const style = getComputedStyle(element);
        if (alpha(style.backgroundColor) > 0.05 || style.backgroundImage !== 'none') return true;
        for (const child of element.childNodes) {
          if (child.nodeType !== Node.TEXT_NODE || child.textContent!.trim() === '') continue;
          const range = document.createRange();
          range.selectNodeContents(child);
          for (const box of range.getClientRects()) if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
        }
        return false;
      };
      const problems = new Set<string>();
      for (const { element, text, box } of lines) {
        // Wholly on screen and big enough to read (visually hidden text is a pixel square).
        if (box.width < 4 || box.height < 4 || box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) continue;
        const y = box.top + box.height / 2;
        const svg = element.closest('svg');
        for (const share of [0.1, 0.5, 0.9]) {
          const x = box.left + box.width * share;
          if (clippedAt(element, x, y)) continue;
          // Down through what lies at the point, to the text: the first thing on the way that paints covers it.
          for (const hit of document.elementsFromPoint(x, y)) {
            if (hit === element || element.contains(hit) || hit.contains(element)) break;
            // A graphic's `use` of a shared shape answers as the shape in the page's defs.
            if (svg && (svg.contains(hit) || hit.closest('.graphic-defs'))) break;
            if (!cards && hit.closest('.step__card')) continue;
            if (!paints(hit, x, y)) continue;
            problems.add(`${describe(hit)} covers “${text}” (${describe(element)})`);
            break;
          }
        }
      }
      return [...problems];
    },
    { cards },
  );
}

describe.skipIf(!hasChromium)('nothing covers text', () => {
  const { origin, openPage } = useBrowser();

  it.each(LOCALES.flatMap((locale) => SCREENS.map((screen) => [locale, screen.width, screen.height] as const)))(
    '%s at %i×%i: at every step, and everywhere in between, no control, graphic or step card lies over text or chart labels',
    async (locale, width, height) => {
      const { page, watch, close } = await openPage({ viewport: { width, height }, reducedMotion: 'reduce' });
      const problems: string[] = [];
      try {
        await page.goto(`${origin}${inLanguagePath(locale, '/')}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        // Every step, as a reader reaches it: a deep link or the step buttons bring it to the middle of the screen.
        for (const id of await stepIds(page)) {
          await page.evaluate((id) => {
            location.hash = id;
          }, id);
          await settle(page);
          for (const problem of await coveredText(page, { cards: true })) problems.push(`#${id}: ${problem}`);
          // The step controls are there to be used at every step: seen, whole, on screen.
          const controls = await page.evaluate((id) => {
            const nav = document.getElementById(id)!.closest('.scrolly')!.querySelector('.scrolly__nav')!;
            const box = nav.getBoundingClientRect();
            return { opacity: getComputedStyle(nav).opacity, onScreen: box.top >= 0 && box.bottom <= innerHeight + 1 && box.height > 0 };
          }, id);
          if (controls.opacity !== '1' || !controls.onScreen) problems.push(`#${id}: step controls not seen (${JSON.stringify(controls)})`);
        }
        // Everywhere else, a screen at a time (half a screen apart): blocks coming into view, between steps, between chapters.
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < total; y += Math.round(height / 2)) {
          await page.evaluate((y) => window.scrollTo(0, y), y);
          await settle(page);
          for (const problem of await coveredText(page, { cards: false })) problems.push(`at ${y} px: ${problem}`);
        }
        expect(watch.consoleErrors).toEqual([]);
      } finally {
        await close();
      }
      expect([...new Set(problems)]).toEqual([]);
    },
    240_000,
  );

  it.each(LOCALES.flatMap((locale) => PROJECTORS.map((screen) => [locale, screen.width, screen.height] as const)))(
    '%s presented at %i×%i: on every slide, nothing lies over the slide’s text or the graphic’s labels',
    async (locale, width, height) => {
      const { page, watch, close } = await openPage({ viewport: { width, height }, reducedMotion: 'reduce' });
      const problems: string[] = [];
      try {
        await page.goto(`${origin}${inLanguagePath(locale, '/')}?present`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const count = async () => (await page.locator('[data-present-counter]').innerText()).split('/').map((part) => Number(part.trim()));
        for (let guard = 0; guard < 200; guard += 1) {
          const [at, of] = await count();
          await settle(page);
          for (const problem of await coveredText(page, { cards: true })) problems.push(`slide ${at}: ${problem}`);
          if (at === of) break;
          await page.keyboard.press('ArrowRight');
        }
        expect(watch.consoleErrors).toEqual([]);
      } finally {
        await close();
      }
      expect([...new Set(problems)]).toEqual([]);
    },
    120_000,
  );
});
