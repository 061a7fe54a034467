import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/facts/ledger';
import { DIST_DIR, PROJECT_ROOT } from '../support/paths';
import { readChapters } from '../support/content';

const ledger = loadLedger(join(PROJECT_ROOT, 'content/facts.yaml'));
const page = (path: string): HTMLElement => parse(readFileSync(join(DIST_DIR, path), 'utf8'));

describe('the built story page, dist/index.html', () => {
  let html: HTMLElement;
  beforeAll(() => {
    html = page('index.html');
  });

  it('has one h1, the landmarks, and a skip link to main', () => {
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    expect(html.querySelector('header.site-header')).not.toBeNull();
    expect(html.querySelectorAll('main')).toHaveLength(1);
    expect(html.querySelector('footer')).not.toBeNull();
    expect(html.querySelector('nav')).not.toBeNull();
    const skip = html.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(html.querySelector('main')?.id).toBe('main');
  });

  it('declares language, title, description, canonical, favicon and Open Graph tags', () => {
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(html.querySelector('title')?.text.length).toBeGreaterThan(10);
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(50);
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(html.querySelector('link[rel="icon"]')?.getAttribute('href')).toMatch(/favicon\.svg$/);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
      expect(html.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
    }
  });

  it("renders every chapter's heading, in order, with an anchor and a table-of-contents entry", () => {
    const chapters = readChapters();
    expect(chapters.length).toBeGreaterThan(0);
    const headings = html.querySelectorAll('.chapter__heading').map((h) => h.text.trim());
    expect(headings).toEqual(chapters.map((chapter) => chapter.title));
    const toc = html.querySelectorAll('.toc a').map((a) => a.getAttribute('href'));
    for (const chapter of chapters) {
      expect(html.querySelector(`section#${chapter.slug}`), chapter.file).not.toBeNull();
      expect(toc).toContain(`#${chapter.slug}`);
    }
  });

  it('resolves every <Fact> to its ledger display text, linked to its source note', () => {
    const rendered = html.querySelectorAll('[data-fact]');
    expect(rendered.length).toBeGreaterThan(0);
    for (const element of rendered) {
      const id = element.getAttribute('data-fact')!;
      const fact = ledger.get(id);
      expect(fact, `data-fact="${id}"`).toBeDefined();
      const link = element.querySelector('a')!;
      expect(link.text).toContain(fact!.display);
      expect(link.getAttribute('href')).toMatch(new RegExp(`sources/#fact-${id}$`));
    }
  });

  it('loads no font, script or stylesheet from another origin', () => {
    const urls = [
      ...html.querySelectorAll('script[src]').map((e) => e.getAttribute('src')!),
      ...html.querySelectorAll('link[href]').filter((e) => !['canonical', 'alternate'].includes(e.getAttribute('rel') ?? '')).map((e) => e.getAttribute('href')!),
    ];
    for (const url of urls) expect(url, url).toMatch(/^\/(?!\/)/);
  });
});

describe('the built sources page, dist/sources/index.html', () => {
  it('has a note for every ledger entry that fact links point to', () => {
    const html = page('sources/index.html');
    for (const id of ledger.keys()) {
      expect(html.querySelector(`#fact-${id}`), id).not.toBeNull();
    }
  });
});
