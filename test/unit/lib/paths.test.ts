import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase } from '../../../src/lib/paths';

// Astro's import.meta.env.BASE_URL may come with or without its trailing slash
// (it depends on `trailingSlash` and on how BASE_PATH was written), so both forms are specified.
const BASE_FORMS = ['/news/roundabout/', '/news/roundabout'];

describe('withBase(path, base) under a sub-path', () => {
  for (const base of BASE_FORMS) {
    it(`withBase(…, "${base}") gives one slash between base and path`, () => {
      expect(withBase('', base)).toBe('/news/roundabout/');
      expect(withBase('/', base)).toBe('/news/roundabout/');
      expect(withBase('sources/', base)).toBe('/news/roundabout/sources/');
      expect(withBase('/sources/', base)).toBe('/news/roundabout/sources/');
      expect(withBase('sources/#fact-purchase-rounds', base)).toBe('/news/roundabout/sources/#fact-purchase-rounds');
      expect(withBase('favicon.svg', base)).toBe('/news/roundabout/favicon.svg');
      expect(withBase('og.png', base)).toBe('/news/roundabout/og.png');
    });
  }

  it('withBase(path, "/") leaves a root-relative path at the root', () => {
    expect(withBase('credits/', '/')).toBe('/credits/');
    expect(withBase('', '/')).toBe('/');
  });

  it('withBase(path, "") treats an empty base as the root', () => {
    expect(withBase('credits/', '')).toBe('/credits/');
  });

  it('withBase("//host/x", base) cannot escape to another host', () => {
    expect(withBase('//evil.example/x', '/news/')).toBe('/news/evil.example/x');
  });
});

describe('absoluteUrl(path, site, base) under a sub-path', () => {
  for (const base of BASE_FORMS) {
    it(`absoluteUrl(…, site, "${base}") is under the site and the base`, () => {
      expect(absoluteUrl('', 'https://news.example.org', base)).toBe('https://news.example.org/news/roundabout/');
      expect(absoluteUrl('credits/', 'https://news.example.org', base)).toBe('https://news.example.org/news/roundabout/credits/');
      expect(absoluteUrl('og.png', new URL('https://news.example.org/'), base)).toBe('https://news.example.org/news/roundabout/og.png');
    });
  }

  it('absoluteUrl(path, undefined, base) falls back to a root-relative path', () => {
    expect(absoluteUrl('credits/', undefined, '/news/')).toBe('/news/credits/');
  });
});
