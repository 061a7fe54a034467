import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES } from '../../src/i18n/locales';
import { DIST_DIR } from '../support/paths';

/** Every built HTML page, as a site-relative path ("ko/sources/index.html"). */
const pages = (readdirSync(DIST_DIR, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative(DIST_DIR, join(entry.parentPath, entry.name)));
const other = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const languageOf = (path: string) => other.find((locale) => path.startsWith(`${locale}/`)) ?? DEFAULT_LOCALE;
/** The same page in another language: "sources/index.html" ↔ "ko/sources/index.html". */
const inLanguage = (path: string, locale: string) => {
  const bare = languageOf(path) === DEFAULT_LOCALE ? path : path.slice(path.indexOf('/') + 1);
  return locale === DEFAULT_LOCALE ? bare : `${locale}/${bare}`;
};
const read = (path: string): HTMLElement => parse(readFileSync(join(DIST_DIR, path), 'utf8'));

/**
 * Latin words a Korean page may show outside lang="en", each a name or a code, not English prose: the site's
 * name, the licence's name and code, file formats, calibres, key names (presentation help) and acronyms.
 * Three or more other Latin words in a row are English that leaked.
 */
const NAMES = /^(Roundabout|CC|BY|Creative|Commons|Attribution|International|NATO|WSJ|CSV|SVG|PNG|PDF|QR|URL|HTML|JavaScript|iframe|Page|Up|Down|Shift|Space|Home|End|Esc|Ctrl|C|N|⌘C|mm|[\d.,]+mm)$/;

/** The text of `node` and its labels (aria-label, alt, title) outside elements marked lang="en" (quotes of the source), scripts, styles and code. */
function ownText(node: Node): string {
  if (node.nodeType === 3) return node.text;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase();
  if (tag === 'script' || tag === 'style' || tag === 'code' || tag === 'pre' || tag === 'textarea' || tag === 'svg') return ' ';
  if (element.getAttribute?.('lang')?.toLowerCase().startsWith('en')) return ' ';
  const labels = ['aria-label', 'alt', 'title', 'placeholder'].map((name) => element.getAttribute?.(name) ?? '');
  return [...labels, ...element.childNodes.map(ownText)].join(' ');
}

/** leaks(text) lists runs of three or more Latin words that are not names. */
function leaks(text: string): string[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[\s,]+[A-Za-z][A-Za-z'’-]*){2,}/g)]
    .map((match) => match[0])
    .filter((run) => run.split(/[\s,]+/).filter((word) => !NAMES.test(word)).length >= 3);
}

describe('every page of every language', () => {
  it('exists in every language, in the same place', () => {
    expect(pages.length).toBeGreaterThan(10);
    const missing = pages.flatMap((path) => LOCALES.filter((locale) => !existsSync(join(DIST_DIR, inLanguage(path, locale)))).map((locale) => `${path} has no ${locale} page`));
    expect(missing).toEqual([]);
  });

  it("declares its language, and links its other languages' pages with hreflang", () => {
    const problems: string[] = [];
    for (const path of pages) {
      const html = read(path);
      const locale = languageOf(path);
      if (html.querySelector('html')?.getAttribute('lang') !== locale) problems.push(`${path}: <html lang> is not "${locale}"`);
      if (html.querySelector('meta[http-equiv="refresh"]')) continue;
      for (const language of LOCALES) {
        const alternate = html.querySelector(`link[rel="alternate"][hreflang="${LANGUAGE_TAGS[language]}"]`)?.getAttribute('href');
        const expected = `/${inLanguage(path, language).replace(/index\.html$/, '')}`;
        if (!alternate || new URL(alternate).pathname !== expected) problems.push(`${path}: hreflang ${LANGUAGE_TAGS[language]} is ${alternate}, not …${expected}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('offers, on every full page, a switch to the same page in each other language', () => {
    const problems: string[] = [];
    for (const path of pages.filter((page) => read(page).querySelector('header.site-header'))) {
      const links = read(path).querySelectorAll('a[data-language-switch]').map((link) => link.getAttribute('href'));
      const expected = LOCALES.filter((locale) => locale !== languageOf(path)).map((locale) => `/${inLanguage(path, locale).replace(/index\.html$/, '')}`);
      if (JSON.stringify(links) !== JSON.stringify(expected)) problems.push(`${path}: language links ${JSON.stringify(links)}, expected ${JSON.stringify(expected)}`);
    }
    expect(problems).toEqual([]);
  });
});

describe.runIf(other.length > 0)('pages in a language other than English', () => {
  it('show no English of ours: quotes of the source are marked lang="en", names aside', () => {
    const problems = pages
      .filter((path) => languageOf(path) !== DEFAULT_LOCALE)
      .flatMap((path) => {
        const html = read(path);
        const description = html.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
        const text = [ownText(html.querySelector('head title')!), description, ownText(html.querySelector('body')!)].join(' ');
        return leaks(text).map((run) => `${path}: “${run}”`);
      });
    expect(problems).toEqual([]);
  });
});

describe('leaks(text)', () => {
  it('finds three English words in a row, and lets names and key names pass', () => {
    expect(leaks('포탄을 Read the full story 읽기')).toEqual(['Read the full story']);
    expect(leaks('Roundabout, CC BY 4.0 라이선스')).toEqual([]);
    expect(leaks('다음: Shift Space, Page Down')).toEqual([]);
  });
});
