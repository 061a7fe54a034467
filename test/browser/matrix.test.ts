import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, recordCspViolations, scrollThrough, useBrowser, waitForQuietNetwork, type WatchedPage } from '../support/browser';
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
  /** Scroll the page to its end and let the network settle, so what scrolling loads is checked too. */
  scrolls?: boolean;
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
  { ...size, colorScheme: 'light', reducedMotion: 'no-preference', scrolls: size.width === 1280 },
  { ...size, colorScheme: 'dark', reducedMotion: 'reduce' },
]);
// Read as an article (?linear), on a phone: the story's layout changes most there.
COMBINATIONS.push({ width: 320, height: 640, colorScheme: 'light', reducedMotion: 'no-preference', query: '?linear' });

/** A combination's name in test titles: "320px, dark, reduced motion". */
const nameOf = (c: Combination) =>
  `${c.width}px, ${c.colorScheme}${c.reducedMotion === 'reduce' ? ', reduced motion' : ''}${c.query ? `, ${c.query}` : ''}`;

/** Every page of the build as a site path ("/", "/sources/", "/404.html"), found on disk so new pages are covered. */
const PAGES = builtPages(DIST_DIR).map((page) => `/${page}`);

describe.skipIf(!hasChromium)('every page at 320, 768 and 1280 px, light and dark, with and without reduced motion: axe, overflow, console, CSP, third parties', () => {
  const { origin, openPage } = useBrowser();
  it('the build has pages to check', () => {
    expect(PAGES).toContain('/');
  });

  // One context per combination, opened once; pages are visited in turn, the combinations of a page side by side.
  const contexts = new Map<Combination, WatchedPage>();
  /** Each combination's securitypolicyviolation events, recorded from before any script runs. */
  const violations = new Map<Combination, string[]>();
  beforeAll(async () => {
    for (const combination of COMBINATIONS) {
      const watched = await openPage({
        viewport: { width: combination.width, height: combination.height },
        colorScheme: combination.colorScheme,
        reducedMotion: combination.reducedMotion,
      });
      contexts.set(combination, watched);
      violations.set(combination, await recordCspViolations(watched.page));
    }
  });
  afterAll(async () => {
    for (const watched of contexts.values()) await watched.close();
  });

  /** What is wrong with one page in one combination, one readable line each (empty: all good). */
  async function problemsOf(path: string, combination: Combination): Promise<string[]> {
    const watched = contexts.get(combination)!;
    const { page, watch } = watched;
    const events = violations.get(combination)!;
    const before = { errors: watch.consoleErrors.length, requests: watch.externalRequests.length, csp: watch.cspViolations.length, events: events.length };
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
    if (combination.scrolls) {
      await scrollThrough(page);
      // What scrolling loads (lazy framed previews, each with its fonts and scripts) may take a while beside six
      // other combinations' axe runs on two cores; a page that never settles fails here naming what is still open.
      try {
        await waitForQuietNetwork(watched, 90_000);
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
    for (const error of watch.consoleErrors.slice(before.errors)) problems.push(`console error: ${error}`);
    for (const url of watch.externalRequests.slice(before.requests)) problems.push(`request outside 127.0.0.1: ${url}`);
    for (const event of events.slice(before.events)) problems.push(`securitypolicyviolation: ${event}`);
    for (const message of watch.cspViolations.slice(before.csp)) problems.push(`CSP message in the console: ${message}`);
    return problems.map((problem) => `${nameOf(combination)}: ${problem}`);
  }

  /**
   * Which combinations a page is seen in: every page, frozen per-state embeds included, in all six; ?linear changes
   * the story page only, so no other page is opened with it.
   */
  const isStory = (path: string) => /^\/(?:[a-z]{2}\/)?$/.test(path);
  const combinationsOf = (path: string): Combination[] => (isStory(path) ? COMBINATIONS : COMBINATIONS.filter((combination) => !combination.query));
  it('sees the story in every combination, every other page (frozen embeds too) in all but ?linear', () => {
    expect(combinationsOf('/')).toEqual(COMBINATIONS);
    expect(combinationsOf('/ko/')).toEqual(COMBINATIONS);
    expect(combinationsOf('/ko/embed/fire-day/').map(nameOf)).toEqual(COMBINATIONS.filter((c) => !c.query).map(nameOf));
    expect(combinationsOf('/ko/embed/fire-day/fire-compare/').map(nameOf)).toEqual(COMBINATIONS.filter((c) => !c.query).map(nameOf));
    expect(COMBINATIONS.filter((c) => c.scrolls).map(nameOf)).toEqual(['1280px, light']);
  });

  // Each page is checked in its combinations side by side (one context each, so they never share a tab).
  for (const path of PAGES) {
    it(`${path}: no axe violations, console errors, CSP violations, third-party requests or horizontal overflow in any of its combinations`, async () => {
      const problems = (await Promise.all(combinationsOf(path).map((combination) => problemsOf(path, combination)))).flat();
      expect(problems, `${path}:\n${problems.join('\n')}`).toEqual([]);
      // Seven loads side by side, one scrolled to its end: the story and the embed index (five framed previews
      // loading as it scrolls) take over a minute on a loaded 2-core machine.
    }, 150_000);
  }
});
