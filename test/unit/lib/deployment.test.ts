import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveDeployment } from '../../../src/lib/deployment';
import { absoluteUrl, withBase } from '../../../src/lib/paths';

describe('resolveDeployment(env)', () => {
  it('defaults to the local preview server at /', () => {
    expect(resolveDeployment({})).toEqual({ site: new URL(DEFAULT_SITE_URL).origin, base: '/' });
  });

  it('normalises BASE_PATH to a leading and trailing slash', () => {
    expect(resolveDeployment({ BASE_PATH: 'news/roundabout' }).base).toBe('/news/roundabout/');
    expect(resolveDeployment({ BASE_PATH: '/news/roundabout/' }).base).toBe('/news/roundabout/');
  });

  it('rejects a SITE_URL that is not absolute, naming the variable', () => {
    expect(() => resolveDeployment({ SITE_URL: 'example.org' })).toThrow(/SITE_URL/);
    expect(() => resolveDeployment({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL/);
  });

  it('rejects a SITE_URL with a path, query or fragment, pointing to BASE_PATH', () => {
    expect(() => resolveDeployment({ SITE_URL: 'https://news.example.org/news/roundabout/' })).toThrow(/BASE_PATH/);
    expect(() => resolveDeployment({ SITE_URL: 'https://news.example.org/?x=1' })).toThrow(/SITE_URL/);
    expect(() => resolveDeployment({ SITE_URL: 'https://news.example.org/#top' })).toThrow(/SITE_URL/);
  });

  it('accepts an origin with or without a trailing slash', () => {
    expect(resolveDeployment({ SITE_URL: 'https://news.example.org/' }).site).toBe('https://news.example.org');
    expect(resolveDeployment({ SITE_URL: 'https://news.example.org' }).site).toBe('https://news.example.org');
  });

  it('rejects a BASE_PATH with a query, fragment or parent step', () => {
    expect(() => resolveDeployment({ BASE_PATH: '/a?b' })).toThrow(/BASE_PATH/);
    expect(() => resolveDeployment({ BASE_PATH: '/../x' })).toThrow(/BASE_PATH/);
  });
});

describe('withBase(path, base) and absoluteUrl(path, site, base)', () => {
  it('joins without doubling slashes', () => {
    expect(withBase('/sources/', '/news/roundabout/')).toBe('/news/roundabout/sources/');
    expect(withBase('', '/')).toBe('/');
    expect(absoluteUrl('embed/map/', 'https://example.org', '/news/')).toBe('https://example.org/news/embed/map/');
  });
});
