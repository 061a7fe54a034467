import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { resolveDeployment } from '../../src/lib/deployment';
import { absoluteUrl } from '../../src/lib/paths';
import { OG_CARD } from '../../src/og/card';
import { builtPages, htmlFileOf, isSitePage } from '../support/crawl';
import { DIST_DIR, languagePrefix } from '../support/paths';
import { pngSize } from '../support/png';

const { site, base } = resolveDeployment(process.env);

describe('the social card, dist/og.png', () => {
  it('is a 1200×630 PNG drawn at build time', () => {
    const bytes = readFileSync(join(DIST_DIR, OG_CARD.path));
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    // A blank or text-less card compresses to a few kilobytes; the map and type make it far larger.
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('is named on every site page (not framed embeds) by an absolute URL under the site and base, with its size and alt text', () => {
    expect(absoluteUrl(OG_CARD.path, site, base)).toMatch(/^https?:\/\//);
    const sitePages = builtPages(DIST_DIR)
      .map((page) => ({ page, html: parse(readFileSync(join(DIST_DIR, htmlFileOf(page)), 'utf8')) }))
      .filter(({ html }) => isSitePage(html));
    expect(sitePages.map(({ page }) => page)).toEqual(expect.arrayContaining(['', 'sources/', 'credits/']));
    for (const { page, html } of sitePages) {
      // Each language has its own card, beside its pages (og.png, ko/og.png).
      const expected = absoluteUrl(`${languagePrefix(page)}${OG_CARD.path}`, site, base);
      expect(pngSize(readFileSync(join(DIST_DIR, languagePrefix(page), OG_CARD.path))), page).toEqual({ width: 1200, height: 630 });
      const meta = (selector: string) => html.querySelector(selector)?.getAttribute('content');
      expect(meta('meta[property="og:image"]'), page).toBe(expected);
      expect(meta('meta[name="twitter:image"]'), page).toBe(expected);
      expect(meta('meta[property="og:image:width"]'), page).toBe('1200');
      expect(meta('meta[property="og:image:height"]'), page).toBe('630');
      expect(meta('meta[property="og:image:alt"]')?.length, page).toBeGreaterThan(20);
      expect(meta('meta[name="twitter:card"]'), page).toBe('summary_large_image');
    }
  });
});
