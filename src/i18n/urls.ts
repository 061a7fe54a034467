import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale } from './locales';

/**
 * localeHref(locale, path) is the site-relative URL of `path` ("sources/", "" for the story, "?present",
 * "data/flow-map.csv") in a language: "/sources/" in the default language, "/ko/sources/" in Korean, under
 * BASE_PATH when there is one. The language's root comes from Astro's i18n routing (getRelativeLocaleUrl);
 * `path` is appended as written, because getRelativeLocaleUrl would add a slash to a file name or a query.
 */
export function localeHref(locale: Locale, path = ''): string {
  const root = getRelativeLocaleUrl(locale, '');
  return `${root.endsWith('/') ? root : `${root}/`}${path.replace(/^\/+/, '')}`;
}

/** localeUrl(locale, path, site) is localeHref() as a full URL on `site` (for canonical, Open Graph and embed links), or the path without one. */
export function localeUrl(locale: Locale, path: string, site: URL | string | undefined): string {
  const href = localeHref(locale, path);
  return site ? new URL(href, site).href : href;
}
