import { describe, expect, it } from 'vitest';
import { SITE_DICTIONARIES, siteWords } from '../../../src/i18n/site';
import { checkDictionaries, fillTemplate, translator } from '../../../src/i18n/translate';

describe('fillTemplate(template, values, where)', () => {
  it('replaces each {placeholder} with its value', () => {
    expect(fillTemplate('{low} to {high}', { low: '4,000', high: '7,000' }, 'test')).toBe('4,000 to 7,000');
  });
  it('fails naming where, when a placeholder has no value', () => {
    expect(() => fillTemplate('{low} to {high}', { low: 1 }, 'format.range (en)')).toThrow('format.range (en): no value for {high} in "{low} to {high}"');
  });
  it('fails when a value has no placeholder, so a template cannot silently drop a figure', () => {
    expect(() => fillTemplate('{low}', { low: 1, high: 2 }, 'x')).toThrow('"{low}" has no placeholder for {high}');
  });
});

describe('checkDictionaries(name, byLocale)', () => {
  it('fails naming the key and the language when a language lacks a key', () => {
    expect(() => checkDictionaries('words', { en: { a: 'A', b: 'B' }, ko: { a: '가' } }, ['en', 'ko'])).toThrow('words: missing key "b" for language "ko"');
  });
  it('fails naming the language when a language has a key the default lacks', () => {
    expect(() => checkDictionaries('words', { en: { a: 'A' }, ko: { a: '가', c: '다' } }, ['en', 'ko'])).toThrow('words: key "c" in language "ko" is not in "en"');
  });
  it('fails naming the language when a language has no dictionary', () => {
    expect(() => checkDictionaries('words', { en: { a: 'A' } }, ['en', 'ko'])).toThrow('words: no dictionary for language "ko"');
  });
  it('fails when the default language has no dictionary', () => {
    expect(() => checkDictionaries('src/charts/x', { ko: { a: '가' } })).toThrow('src/charts/x: no dictionary for the default language "en"');
  });
  it('fails on an empty text', () => {
    expect(() => checkDictionaries('words', { en: { a: ' ' } })).toThrow('words: empty text for key "a" in language "en"');
  });
});

describe('translator(name, byLocale, locale)', () => {
  const t = translator<string>('words', { en: { greeting: 'Hello, {name}' }, ko: { greeting: '{name}, 안녕하세요' } }, 'en');
  it('returns the text of a key with its placeholders filled', () => {
    expect(t('greeting', { name: 'class' })).toBe('Hello, class');
  });
  it('fails on an unknown key, naming the key, the dictionary and the language', () => {
    expect(() => t('farewell')).toThrow('words: missing key "farewell" for language "en"');
  });
});

describe("the site's dictionaries", () => {
  it('all have the keys of the default language', () => {
    expect(() => checkDictionaries('src/i18n', SITE_DICTIONARIES)).not.toThrow();
  });
  it('include a complete Korean dictionary, with every placeholder of the English', () => {
    expect(() => checkDictionaries('src/i18n', SITE_DICTIONARIES, ['en', 'ko'])).not.toThrow();
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(SITE_DICTIONARIES.en)) {
      expect(placeholders(SITE_DICTIONARIES.ko[key as keyof typeof SITE_DICTIONARIES.ko]), key).toEqual(placeholders(text));
    }
  });
  it("write Korean ranges and units the Korean way", () => {
    const words = SITE_DICTIONARIES.ko;
    expect(words['format.range'].replace('{low}', '4,000').replace('{high}', '7,000')).toBe('4,000~7,000');
    expect(words['format.unitAfterDigit'].replace('{value}', '4,000~7,000').replace('{unit}', '발')).toBe('4,000~7,000발');
    expect(words['format.unitAfterWord'].replace('{value}', '10만').replace('{unit}', '발')).toBe('10만 발');
  });
  it('give the formatting rules', () => {
    expect(siteWords('en')('format.range', { low: 1, high: 2 })).toBe('1 to 2');
  });
});
