import type { AstroGlobal } from 'astro';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/** pageLocale(Astro) is the language of the page being built (Astro's i18n routing), the default outside it. */
export function pageLocale(astro: Pick<AstroGlobal, 'currentLocale'>): Locale {
  const locale = astro.currentLocale;
  if (locale === undefined) return DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new Error(`page language "${locale}" is not one of the site's languages (src/i18n/locales.ts)`);
  return locale;
}
