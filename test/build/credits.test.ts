import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, htmlFileOf, isSitePage } from '../support/crawl';
import { DIST_DIR, PROJECT_ROOT } from '../support/paths';

describe('the credits and license page, dist/credits/index.html', () => {
  let html: HTMLElement;
  let text: string;
  beforeAll(() => {
    html = parse(readFileSync(join(DIST_DIR, 'credits/index.html'), 'utf8'));
    text = html.querySelector('main')!.text.replace(/\s+/g, ' ');
  });

  it('says who made the site and names the one source without inventing its publisher', () => {
    expect(text).toContain('the Roundabout developers');
    expect(text).toContain('one news report');
    expect(text).toMatch(/We do not know who published that report, who wrote it, when it was published or where it appeared online/);
    expect(text).toContain('first reported by the Wall Street Journal');
  });

  it('states the code license (MIT) word for word as the LICENSE file', () => {
    const license = readFileSync(join(PROJECT_ROOT, 'LICENSE'), 'utf8').trim();
    expect(license).toMatch(/^MIT License/);
    expect(html.querySelector('pre[data-license="mit"]')?.text).toBe(license);
  });

  it('licenses the site’s own text and graphics under CC BY 4.0, excluding the quoted source', () => {
    expect(existsSync(join(PROJECT_ROOT, 'LICENSE-content.md'))).toBe(true);
    expect(html.querySelector('a[rel="license"]')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(text).toContain('does not cover the quoted source material');
  });

  it('gives a credit line for republishers', () => {
    expect(html.querySelector('#credit-line')?.text).toMatch(/Roundabout, by the Roundabout developers, licensed under CC BY 4\.0/);
  });

  it('is linked from the footer of every site page (framed embeds have no site footer)', () => {
    const sitePages = builtPages(DIST_DIR)
      .map((page) => ({ page, html: parse(readFileSync(join(DIST_DIR, htmlFileOf(page)), 'utf8')) }))
      .filter(({ html }) => isSitePage(html));
    expect(sitePages.map(({ page }) => page)).toEqual(expect.arrayContaining(['', 'sources/', 'credits/']));
    for (const { page, html } of sitePages) {
      const footer = html.querySelector('footer.site-footer');
      const links = footer?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
      expect(links.some((href) => /credits\/$/.test(href ?? '')), page).toBe(true);
    }
  });
});
