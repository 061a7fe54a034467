/** The site's languages; the first is the default, served at the root (others under /<locale>/). */
export const LOCALES = ['en', 'ko'] as const;

/** One of the site's languages. */
export type Locale = (typeof LOCALES)[number];

/** The language served at the site's root. */
export const DEFAULT_LOCALE: Locale = LOCALES[0];

/** BCP 47 tag of each language, for <html lang>, hreflang and Intl. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-GB', ko: 'ko-KR' };

/** isLocale(value) is true for one of the site's languages. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
