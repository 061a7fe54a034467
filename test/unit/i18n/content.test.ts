import { describe, expect, it } from 'vitest';
import { chapterEntryId, chapterFile, chapterLocale, contentModule, pageContentPath, pageEntryId, pageEntryKey, pagePatterns, pagesFolder, unknownProps } from '../../../src/i18n/content';
import type { Locale } from '../../../src/i18n/locales';

/** A second language, as the site will have one: the helpers take their language lists as arguments. */
const ko = 'ko' as Locale;

describe('page content paths', () => {
  it('pagesFolder(locale) keeps the default language at content/pages and puts another under its code', () => {
    expect(pagesFolder('en')).toBe('pages');
    expect(pagesFolder(ko)).toBe('ko/pages');
  });

  it('pagePatterns(file, locales) globs the same file in every language’s folder', () => {
    expect(pagePatterns('**/*.mdx', ['en', ko])).toEqual(['pages/**/*.mdx', 'ko/pages/**/*.mdx']);
  });

  it('pageContentPath(name, locale) names the file a language needs', () => {
    expect(pageContentPath('credits', ko)).toBe('content/ko/pages/credits.mdx');
    expect(pageContentPath('ledger-notes', 'en', 'yaml')).toBe('content/pages/ledger-notes.yaml');
  });
});

describe('pageEntryId(entry)', () => {
  it('keys the default language’s file by its language and name', () => {
    expect(pageEntryId('pages/credits.mdx')).toBe('en/credits');
    expect(pageEntryId('pages/handout/timeline.mdx')).toBe('en/handout/timeline');
    expect(pageEntryId('pages/credits.mdx')).toBe(pageEntryKey('credits', 'en'));
  });

  it('keys another language’s file by that language and the same name', () => {
    expect(pageEntryId('ko/pages/credits.mdx', ['en', ko])).toBe('ko/credits');
    expect(pageEntryId('ko/pages/credits.mdx', ['en', ko])).toBe(pageEntryKey('credits', ko));
  });

  it('fails naming the file when it lies outside a pages folder, or in the folder of a language the site lacks', () => {
    expect(() => pageEntryId('ko/pages/credits.mdx', ['en'])).toThrow('content/ko/pages/credits.mdx: page content belongs in');
    expect(() => pageEntryId('chapters/01-the-shortage.mdx')).toThrow('content/chapters/01-the-shortage.mdx: page content belongs in content/pages/');
    expect(() => pageEntryId('pages')).toThrow('content/pages: page content belongs in');
  });
});

describe('unknownProps(body, values)', () => {
  it('lists, once, each value the prose reads that its page does not give, misspellings included', () => {
    const body = '{props.site} was built by the {props.sitee} developers; {props.license.short}, {props.sitee}.';
    expect(unknownProps(body, { site: 'Roundabout', license: { short: 'CC BY 4.0' } })).toEqual(['sitee']);
  });

  it('is empty when every value read is given (giving more is fine: a language may not need them all)', () => {
    expect(unknownProps('{props.site}', { site: 'Roundabout', source: 'a report' })).toEqual([]);
    expect(unknownProps('Plain prose, no values.', {})).toEqual([]);
  });
});

describe('chapterEntryId(entry, locales) and chapterLocale(id, locales)', () => {
  const locales = ['en', 'ko'] as unknown as readonly Locale[];

  it('keeps the default language chapter ids as the file name, and prefixes another language', () => {
    expect(chapterEntryId('chapters/01-the-shortage.mdx', locales)).toBe('01-the-shortage');
    expect(chapterEntryId('ko/chapters/01-the-shortage.mdx', locales)).toBe('ko/01-the-shortage');
    expect(chapterLocale('ko/01-the-shortage', locales)).toBe('ko');
    expect(chapterLocale('01-the-shortage', locales)).toBe('en');
    expect(chapterFile('ko/01-the-shortage')).toBe('01-the-shortage');
  });

  it('fails naming the file for a chapter outside a chapters folder, and naming the id for an unknown language', () => {
    expect(() => chapterEntryId('ko/pages/credits.mdx', locales)).toThrow(/content\/ko\/pages\/credits\.mdx: a chapter belongs in content\/chapters\//);
    expect(() => chapterLocale('fr/01-the-shortage', locales)).toThrow(/chapter "fr\/01-the-shortage": content\/fr\/ is not a language/);
  });
});

describe('contentModule(modules, locale, file)', () => {
  const modules = { '../../../content/summary.mdx': 'en summary', '../../../content/ko/summary.mdx': 'ko summary' };

  it("picks each language's copy of the file", () => {
    expect(contentModule(modules, 'en' as Locale, 'summary.mdx')).toBe('en summary');
    expect(contentModule(modules, 'ko' as Locale, 'summary.mdx')).toBe('ko summary');
  });

  it('fails naming the file a language lacks', () => {
    expect(() => contentModule(modules, 'ko' as Locale, 'teachers/guide.mdx')).toThrow(/content\/ko\/teachers\/guide\.mdx: missing/);
  });
});
