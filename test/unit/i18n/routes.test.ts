import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { localeParam, localePaths, routeLocale } from '../../../src/i18n/routes';

describe('localePaths(paths)', () => {
  it('gives every path in every language, the default language at the root (no locale parameter)', () => {
    const paths = localePaths(() => [{ graphic: 'flow-map' }, { graphic: 'fire-day' }]);
    expect(paths).toHaveLength(2 * LOCALES.length);
    expect(paths[0]).toEqual({ params: { graphic: 'flow-map', locale: undefined } });
    for (const locale of LOCALES.slice(1)) expect(paths).toContainEqual({ params: { graphic: 'fire-day', locale } });
  });

  it('gives one path a language for a page without parameters', () => {
    expect(localePaths().map(({ params }) => params.locale)).toEqual(LOCALES.map(localeParam));
  });
});

describe('routeLocale(param, where)', () => {
  it('reads no parameter as the default language', () => {
    expect(routeLocale(undefined, 'og.png')).toBe(LOCALES[0]);
  });

  it('fails naming the route for a language the site does not serve, and for the default language under its own path', () => {
    expect(() => routeLocale('xx', 'data/flow-map.csv')).toThrow(/data\/flow-map\.csv: "xx" is not a language/);
    expect(() => routeLocale(LOCALES[0], 'og.png')).toThrow(/og\.png: "en" is not a language/);
  });
});
