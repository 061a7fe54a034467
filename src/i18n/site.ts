import en from './en.json';
import ko from './ko.json';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { translator, type Translate } from './translate';

/** The site's words by language: one dictionary per language, the default language's keys the reference. */
export const SITE_DICTIONARIES = { en, ko } as const;

/** A key of the site's dictionary. */
export type SiteKey = keyof typeof en;

const translators = new Map<Locale, Translate<SiteKey>>();

/** siteWords(locale) is t() for the site's own words (UI strings, formatting rules) in `locale`. */
export function siteWords(locale: Locale = DEFAULT_LOCALE): Translate<SiteKey> {
  let t = translators.get(locale);
  if (!t) {
    t = translator<SiteKey>('src/i18n', SITE_DICTIONARIES, locale);
    translators.set(locale, t);
  }
  return t;
}
