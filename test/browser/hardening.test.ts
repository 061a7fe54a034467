import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useBrowser } from '../support/browser';
import { builtPages, htmlFileOf } from '../support/crawl';
import { DIST_DIR } from '../support/paths';

/** Every HTML page in the build, found on disk so that new pages are covered without editing this file. */
const PAGES = builtPages(DIST_DIR);

/** A Content-Security-Policy as directive name → sources. */
type Policy = Map<string, string[]>;

/** parsePolicy(text) splits a CSP header value into its directives. */
function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The policy a built page declares in its <meta http-equiv="content-security-policy">. */
function policyOf(page: string): Policy | undefined {
  const html = parse(readFileSync(join(DIST_DIR, htmlFileOf(page)), 'utf8'));
  const meta = html.querySelectorAll('meta').find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  const content = meta?.getAttribute('content');
  return content ? parsePolicy(content) : undefined;
}

/**
 * Records every securitypolicyviolation event the page fires, from before its first script runs
 * (console text alone misses violations that Chromium does not log).
 */
async function recordCspViolations(page: Page): Promise<string[]> {
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
async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 80; step += 1) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight / 2);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(40);
    if (atEnd) break;
  }
}

describe('every built page declares a strict Content-Security-Policy', () => {
  it('the build has pages to check', () => {
    expect(PAGES).toContain('');
  });

  for (const page of PAGES) {
    it(`${page || '(start page)'}: script-src and style-src allow no 'unsafe-inline' or 'unsafe-eval'`, () => {
      const policy = policyOf(page);
      expect(policy, 'no CSP meta tag').toBeDefined();
      const scriptSrc = policy!.get('script-src');
      expect(scriptSrc, 'no script-src directive').toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(policy!.get('style-src') ?? []).not.toContain("'unsafe-inline'");
    });
  }
});

describe.skipIf(!hasChromium)('every built page in Chromium: no third-party request, no CSP violation, no console error', () => {
  const { origin, openPage } = useBrowser();
  for (const path of PAGES) {
    it(`${path || '(start page)'} loads and scrolls to the end cleanly`, async () => {
      const { page, watch, close } = await openPage();
      try {
        const violations = await recordCspViolations(page);
        const response = await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        await scrollThrough(page);
        await page.waitForLoadState('networkidle');
        expect(watch.externalRequests, 'requests outside 127.0.0.1').toEqual([]);
        expect(violations, 'securitypolicyviolation events').toEqual([]);
        expect(watch.cspViolations, 'CSP messages in the console').toEqual([]);
        expect(watch.consoleErrors, 'console errors').toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
