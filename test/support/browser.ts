import { existsSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';

/** Debian's Chromium, the one real browser the tests drive (override with CHROMIUM_PATH). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags verified on this project's machines (see shared STACK.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT = `Chromium was not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (.ci/run does this in CI), or set CHROMIUM_PATH.`;

/**
 * True when the browser tests can run. Outside CI a missing Chromium skips them with a
 * printed reason; in CI it is an error, so browser tests never pass by not running.
 */
export const hasChromium: boolean = (() => {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(INSTALL_HINT);
  console.warn(`[browser tests skipped] ${INSTALL_HINT}`);
  return false;
})();

/** Launches headless Chromium with the project's flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** What a page did while it was open: console errors, page errors, requests off this machine, CSP breaches. */
export interface PageWatch {
  consoleErrors: string[];
  externalRequests: string[];
  cspViolations: string[];
  /** Requests of the page and its frames that have neither finished nor failed yet. */
  inFlight: Set<Request>;
}

/** A page with its watch list, opened in a fresh context. */
export interface WatchedPage {
  page: Page;
  watch: PageWatch;
  close: () => Promise<void>;
}

/** Opens a new context and page that records console errors and any request not to 127.0.0.1. */
export async function openWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const watch: PageWatch = { consoleErrors: [], externalRequests: [], cspViolations: [], inFlight: new Set() };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:' || url.hostname === '127.0.0.1';
    if (!local) watch.externalRequests.push(request.url());
    watch.inFlight.add(request);
  });
  page.on('requestfinished', (request) => watch.inFlight.delete(request));
  page.on('requestfailed', (request) => watch.inFlight.delete(request));
  return { page, watch, close: () => context.close() };
}

/** Runs axe-core with the WCAG 2.x A and AA rules (2.0, 2.1, 2.2) and returns the violations. */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** A suite's Chromium and the built site it tests. */
export interface SuiteBrowser {
  /** Origin of the built site served on 127.0.0.1 by the global setup. */
  origin: string;
  /** The suite's browser (launched before its first test). */
  browser: () => Browser;
  /** Opens a watched page in a fresh context of the suite's browser. */
  openPage: (options?: BrowserContextOptions) => Promise<WatchedPage>;
}

/**
 * useBrowser() is the set-up of every browser suite: call it inside `describe`; it launches
 * Chromium before the suite's tests and closes it after them.
 */
export function useBrowser(): SuiteBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = () => {
    if (!browser) throw new Error('useBrowser(): the browser is launched in beforeAll; use it inside a test or hook');
    return browser;
  };
  return { origin: inject('siteOrigin'), browser: current, openPage: (options) => openWatchedPage(current(), options) };
}

/**
 * Records every securitypolicyviolation event the page fires, from before its first script runs
 * (console text alone misses violations that Chromium does not log).
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__roundaboutCspViolation', (_source, line: string) => {
    violations.push(line);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __roundaboutCspViolation: (line: string) => void }).__roundaboutCspViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`.trim());
      },
      true,
    );
  });
  return violations;
}

/** Scrolls to the bottom in half-screen steps, so scroll-driven graphics run their updates too. */
export async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 80; step += 1) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight / 2);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(40);
    if (atEnd) break;
  }
}

/**
 * Waits until the watched page has had no request in flight for `quietMs`, or fails naming the requests still
 * open after `timeoutMs`. Playwright's 'networkidle' does the same but says only that it timed out; a page that
 * never settles should say what it is waiting for.
 */
export async function waitForQuietNetwork({ page, watch }: Pick<WatchedPage, 'page' | 'watch'>, timeoutMs: number, quietMs = 500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = watch.inFlight.size === 0 ? Date.now() : Infinity;
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline) {
      const open = [...watch.inFlight].map((request) => request.url()).slice(0, 10);
      throw new Error(`the network did not settle within ${timeoutMs} ms; still open: ${open.join(', ')}`);
    }
    await page.waitForTimeout(50);
    if (watch.inFlight.size > 0) quietSince = Infinity;
    else if (quietSince === Infinity) quietSince = Date.now();
  }
}
