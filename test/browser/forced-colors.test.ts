import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rgb } from 'culori';
import { hasChromium, useBrowser, type WatchedPage } from '../support/browser';
import { contrastRatio, hex, over, parseColour } from '../support/colour';
import { builtPages } from '../support/crawl';
import { DIST_DIR } from '../support/paths';

/** Every page of the build as a site path ("/", "/embed/drawdown/"), found on disk so new pages are covered. */
const PAGES = builtPages(DIST_DIR).map((page) => `/${page}`);

/**
 * Chromium's forced palettes: it picks a light or a dark one from prefers-color-scheme, as Windows does from the
 * reader's High Contrast theme, so both are seen.
 */
const SCHEMES = ['light', 'dark'] as const;

/** The pictures to check: every graphic, live or static. */
const GRAPHICS = '[data-graphic], [data-graphic-static]';

/** System colours a forced palette gives the reader's choices for (CSS Color 4). */
const SYSTEM_COLOURS = ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'GrayText', 'Highlight', 'HighlightText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Mark', 'MarkText', 'SelectedItem', 'SelectedItemText', 'AccentColor', 'AccentColorText'];

/** WCAG 1.4.3 for text, 1.4.11 for graphical objects. */
const TEXT_CONTRAST = 4.5;
const MARK_CONTRAST = 3;

/** What one painted element of a graphic is and the colours it paints with. */
interface Painted {
  /** "<rect class="sc-square sc-square--purchase">" */
  element: string;
  /** Computed fill and stroke; null where nothing is painted (none, a zero width or opacity). */
  fill: string | null;
  stroke: string | null;
}

/** One graphic as the page shows it in forced colours. */
interface GraphicReading {
  /** "flow-map (live, state map-buyer)" */
  name: string;
  /** Computed colour of the nearest ancestor with a background (the page's Canvas when none has one). */
  background: string;
  /** Shapes that are shown (rect, path, circle, line, …, use), and text that is shown. */
  marks: Painted[];
  texts: Painted[];
}

/** What a page reports: its forced palette (computed value → system colour name) and its graphics. */
interface PageReading {
  palette: [computed: string, name: string][];
  graphics: GraphicReading[];
}

/** Reads the forced palette and every graphic's painted colours, in the page (no page code is relied on). */
function readGraphics(page: WatchedPage['page']): Promise<PageReading> {
  return page.evaluate(
    ({ selector, systemColours }) => {
      const SVG = 'http://www.w3.org/2000/svg';
      // A probe inside an SVG, so system colours come back exactly as computed fills of graphics do.
      const probeSvg = document.createElementNS(SVG, 'svg');
      const probe = document.createElementNS(SVG, 'rect');
      probeSvg.append(probe);
      document.body.append(probeSvg);
      const palette = systemColours.map((name): [string, string] => {
        probe.style.fill = name;
        return [getComputedStyle(probe).fill, name];
      });
      probeSvg.remove();

      const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}>`;
      const isTransparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
      /** Hidden: not drawn (display, visibility) or at zero opacity, itself or through an ancestor up to the graphic. */
      const hidden = (element: Element, root: Element) => {
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
        for (let node: Element | null = element; node && node !== root.parentElement; node = node.parentElement) {
          const own = getComputedStyle(node);
          if ((node !== root && own.display === 'none') || Number(own.opacity) === 0) return true;
        }
        return false;
      };
      const paint = (value: string, opacity: string, width?: string) =>
        value === 'none' || value.startsWith('url(') || Number(opacity) === 0 || (width !== undefined && parseFloat(width) === 0) ? null : value;
      const painted = (element: Element) => {
        const style = getComputedStyle(element);
        return { element: describe(element), fill: paint(style.fill, style.fillOpacity), stroke: paint(style.stroke, style.strokeOpacity, style.strokeWidth) };
      };
      const backgroundOf = (element: Element) => {
        for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
          const colour = getComputedStyle(node).backgroundColor;
          if (!isTransparent(colour)) return colour;
        }
        return palette.find(([, name]) => name === 'Canvas')![0];
      };
      // Drawn parts of a graphic. A graphic hidden at this width (a static picture for print or no script) is still read.
      const shown = (root: Element, tags: string) =>
        [...root.querySelectorAll(tags)].filter((element) => !element.closest('defs, symbol, clipPath, mask, pattern, marker') && !hidden(element, root));

      const graphics = [...new Set(document.querySelectorAll(selector))].map((root) => ({
        name: `${root.getAttribute('data-graphic') ?? root.getAttribute('data-graphic-static') ?? root.getAttribute('class')} (${root.hasAttribute('data-graphic') ? 'live' : 'static'}, state ${root.getAttribute('data-state')})`,
        background: backgroundOf(root),
        marks: shown(root, 'rect, path, circle, ellipse, line, polyline, polygon, use').map(painted),
        texts: shown(root, 'text, tspan').map(painted),
      }));
      return { palette, graphics };
    },
    { selector: GRAPHICS, systemColours: SYSTEM_COLOURS },
  );
}

/** What is wrong with one graphic in forced colours, one line each (empty: legible in the reader's colours). */
function problemsOf(graphic: GraphicReading, palette: Map<string, string>): string[] {
  const problems: string[] = [];
  const background = parseColour(graphic.background, `${graphic.name}: background`);
  /** A painted colour as it lands on the background (system colours such as Highlight may be translucent). */
  const onBackground = (colour: string): Rgb => over(parseColour(colour, graphic.name), background);
  const foreign = new Map<string, string>();
  for (const item of [...graphic.marks, ...graphic.texts]) {
    for (const [property, colour] of [['fill', item.fill], ['stroke', item.stroke]] as const) {
      if (colour !== null && !palette.has(colour)) foreign.set(`${item.element} ${property} ${colour}`, colour);
    }
  }
  for (const line of foreign.keys()) problems.push(`${line} is not one of the reader's system colours`);

  const textFills = graphic.texts.filter((text) => text.fill !== null);
  for (const text of textFills) {
    const ratio = contrastRatio(onBackground(text.fill!), background);
    if (ratio < TEXT_CONTRAST) problems.push(`text ${text.element} fill ${text.fill} has ${ratio.toFixed(2)}:1 on the background ${graphic.background} (needs ${TEXT_CONTRAST}:1)`);
  }

  const markColours = new Set(graphic.marks.flatMap((mark) => [mark.fill, mark.stroke]).filter((colour): colour is string => colour !== null));
  // A state may show text only (a count that has not started); when marks are shown, they must not vanish.
  if (graphic.marks.length > 0 && [...markColours].every((colour) => contrastRatio(onBackground(colour), background) < MARK_CONTRAST)) {
    problems.push(`every mark paints in colours within ${MARK_CONTRAST}:1 of the background ${hex(background)} (${[...markColours].join(', ') || 'nothing painted'}): the picture disappears`);
  }
  return problems.map((problem) => `${graphic.name}: ${problem}`);
}

describe.skipIf(!hasChromium)('every graphic in forced colours (Windows High Contrast) at 1280px, light and dark palettes', () => {
  const { origin, openPage } = useBrowser();
  const contexts = new Map<(typeof SCHEMES)[number], WatchedPage>();
  beforeAll(async () => {
    for (const colorScheme of SCHEMES) {
      contexts.set(colorScheme, await openPage({ viewport: { width: 1280, height: 800 }, colorScheme, forcedColors: 'active', reducedMotion: 'reduce' }));
    }
  });
  afterAll(async () => {
    for (const watched of contexts.values()) await watched.close();
  });

  it('the build has graphics to check, and the story page shows them', async () => {
    const { page } = contexts.get('light')!;
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const reading = await readGraphics(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    expect(reading.graphics.filter((graphic) => graphic.texts.length > 0 && graphic.marks.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it.each(PAGES)('%s paints its graphics in the reader\'s system colours, legibly', async (path) => {
    const problems: string[] = [];
    for (const [scheme, { page }] of contexts) {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      // Let module scripts and the first frames run: live graphics are redrawn by the client.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const { palette, graphics } = await readGraphics(page);
      const systemColours = new Map(palette);
      for (const graphic of graphics) for (const problem of problemsOf(graphic, systemColours)) problems.push(`${scheme} palette: ${problem}`);
    }
    expect(problems).toEqual([]);
  });
});
