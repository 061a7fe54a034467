import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, useBrowser, type WatchedPage } from '../support/browser';
import { builtPages } from '../support/crawl';
import { DIST_DIR } from '../support/paths';

/** One way a reader sees the site: a viewport width, a colour scheme and a motion preference. */
interface Combination {
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
  reducedMotion: 'reduce' | 'no-preference';
  /** A query string the page is opened with: "?linear" reads the story without scrolling effects. */
  query?: string;
}

/**
 * Phone, tablet and desktop widths, each in light and dark. Reduced motion rides on the dark scheme (it changes
 * what scripts animate, not colours), so every width is seen with and without it in six combinations, not twelve.
 */
const COMBINATIONS: Combination[] = [
  { width: 320, height: 640 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
].flatMap((size) => [
  { ...size, colorScheme: 'light', reducedMotion: 'no-preference' },
  { ...size, colorScheme: 'dark', reducedMotion: 'reduce' },
]);
// Read as an article (?linear), on a phone: the story's layout changes most there.
COMBINATIONS.push({ width: 320, height: 640, colorScheme: 'light', reducedMotion: 'no-preference', query: '?linear' });

/** A combination's name in test titles: "320px, dark, reduced motion". */
const nameOf = (c: Combination) =>
  `${c.width}px, ${c.colorScheme}${c.reducedMotion === 'reduce' ? ', reduced motion' : ''}${c.query ? `, ${c.query}` : ''}`;

/** Every page of the build as a site path ("/", "/sources/", "/404.html"), found on disk so new pages are covered. */
const PAGES = builtPages(DIST_DIR).map((page) => `/${page}`);

describe.skipIf(!hasChromium)('every page at 320, 768 and 1280 px, light and dark, with and without reduced motion', () => {
  const { origin, openPage } = useBrowser();
  it('the build has pages to check', () => {
    expect(PAGES).toContain('/');
  });

  // One context per combination, opened once; pages are visited in turn, the combinations of a page side by side.
  const contexts = new Map<Combination, WatchedPage>();
  beforeAll(async () => {
    for (const combination of COMBINATIONS) {
      contexts.set(
        combination,
        await openPage({
          viewport: { width: combination.width, height: combination.height },
          colorScheme: combination.colorScheme,
          reducedMotion: combination.reducedMotion,
        }),
      );
    }
  });
  afterAll(async () => {
    for (const watched of contexts.values()) await watched.close();
  });

  /** What is wrong with one page in one combination, one readable line each (empty: all good). */
  async function problemsOf(path: string, combination: Combination): Promise<string[]> {
    const { page, watch } = contexts.get(combination)!;
    const errorsBefore = watch.consoleErrors.length;
    const problems: string[] = [];
    const response = await page.goto(`${origin}${path}${combination.query ?? ''}`, { waitUntil: 'load' });
    const expectedStatus = path === '/404.html' ? 404 : 200;
    if (response?.status() !== expectedStatus) problems.push(`HTTP ${response?.status()}, expected ${expectedStatus}`);
    // Let module scripts and the first frames run before reading the page.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`);
      return { scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth, wide };
    });
    if (overflow.scrollWidth > overflow.viewport) {
      problems.push(`horizontal overflow: ${overflow.scrollWidth}px wide in a ${overflow.viewport}px viewport (widest: ${overflow.wide.join(', ')})`);
    }
    for (const violation of await axeViolations(page)) problems.push(`axe ${violation.id}: ${violation.help} (${violation.targets.join('; ')})`);
    for (const error of watch.consoleErrors.slice(errorsBefore)) problems.push(`console error: ${error}`);
    return problems.map((problem) => `${nameOf(combination)}: ${problem}`);
  }

  /**
   * A frozen per-state embed (/embed/<graphic>/<state>/, in any language) is one finished picture with no script but
   * its height reporter and nothing that moves: it is seen at the narrowest and widest widths, light and dark. The
   * tablet width and the ?linear reading add nothing there, and there are many such pages in every language.
   */
  const isFrozenEmbed = (path: string) => /^\/(?:[a-z]{2}\/)?embed\/[^/]+\/[^/]+\/$/.test(path);
  const combinationsOf = (path: string) => (isFrozenEmbed(path) ? COMBINATIONS.filter((c) => c.width !== 768 && !c.query) : COMBINATIONS);

  it('sees frozen embeds in fewer combinations, and every other page in all of them', () => {
    expect(combinationsOf('/ko/embed/fire-day/fire-compare/').map(nameOf)).toEqual(['320px, light', '320px, dark, reduced motion', '1280px, light', '1280px, dark, reduced motion']);
    expect(combinationsOf('/embed/fire-day/')).toEqual(COMBINATIONS);
    expect(combinationsOf('/ko/')).toEqual(COMBINATIONS);
  });

  // Each page is checked in its combinations side by side (one context each, so they never share a tab).
  for (const path of PAGES) {
    it(`${path}: no axe violations, console errors or horizontal overflow in any combination`, async () => {
      const problems = (await Promise.all(combinationsOf(path).map((combination) => problemsOf(path, combination)))).flat();
      expect(problems, `${path}:\n${problems.join('\n')}`).toEqual([]);
    });
  }
});
