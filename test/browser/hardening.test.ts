import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
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

// Each page's load in Chromium (no third-party request, no CSP violation, no console error, scrolled to the end)
// is checked in test/browser/matrix.test.ts, in every combination it is opened in.
