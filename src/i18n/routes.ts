import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './locales';

/** The [...locale] route parameter of a language: none for the default (served at the root), its code for another. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * localePaths(paths) is getStaticPaths() for a page under src/pages/[...locale]/: every path of `paths(locale)`
 * in every language, with the language's route parameter added. A language added to LOCALES gets every page.
 */
export function localePaths<Params extends Record<string, string>>(
  paths: (locale: Locale) => Params[] = () => [{} as Params],
): { params: Params & { locale: string | undefined } }[] {
  return LOCALES.flatMap((locale) => paths(locale).map((params) => ({ params: { ...params, locale: localeParam(locale) } })));
}

/** routeLocale(param, where) is the language of a [...locale] route parameter; another value fails naming `where`. */
export function routeLocale(param: string | undefined, where: string): Locale {
  if (param === undefined) return DEFAULT_LOCALE;
  if (!isLocale(param) || param === DEFAULT_LOCALE) throw new Error(`${where}: "${param}" is not a language this site serves under its own path (src/i18n/locales.ts)`);
  return param;
}
