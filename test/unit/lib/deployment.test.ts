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
