import { DEFAULT_LOCALE, type Locale } from './i18n/locales';
import { siteWords } from './i18n/site';

/** The story's name and one-line descriptions in one language, for meta tags and the web app manifest. */
export interface SiteText {
  /** Name of the site and of the story. */
  title: string;
  /** Sub-title shown under the name. */
  tagline: string;
  /** Meta description and Open Graph description. */
  description: string;
  /** Language of the pages these words are for (BCP 47, as <html lang> gives it). */
  lang: string;
}

/** siteText(locale) is the site's name, tagline and description in `locale`, from the site dictionary (src/i18n/<lang>.json). */
export function siteText(locale: Locale): SiteText {
  const t = siteWords(locale);
  return { title: t('site.title'), tagline: t('site.tagline'), description: t('site.description'), lang: locale };
}

/** The site's words in the default language: for what the build writes once (the web app manifest, the social card). */
export const SITE: SiteText = siteText(DEFAULT_LOCALE);
