import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** Absolute path of the repository root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Absolute path of the built site (ROUNDABOUT_OUT_DIR lets parallel runs build apart). */
export const DIST_DIR = resolve(PROJECT_ROOT, process.env.ROUNDABOUT_OUT_DIR ?? 'dist');
/** Scratch space for tests, ignored by git (ROUNDABOUT_TEST_TMP moves it). */
export const TMP_DIR = resolve(PROJECT_ROOT, process.env.ROUNDABOUT_TEST_TMP ?? join('test', '.tmp'));

/**
 * languagePrefix(page) is the folder of a built page's language: "" for the default language, "ko/" for a page
 * under /ko/ (its site-relative path, "ko/sources/", as builtPages() gives it).
 */
export function languagePrefix(page: string): string {
  const first = page.split('/')[0] ?? '';
  return (LOCALES as readonly string[]).includes(first) && first !== DEFAULT_LOCALE ? `${first}/` : '';
}

/** inLanguagePath(locale, path) is a site path ("/", "/handout/") in a language: "/ko/handout/" for Korean. */
export function inLanguagePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** Every language, for tests that walk the story and its pages once per edition: [["en"], ["ko"]]. */
export const EDITIONS: [Locale][] = LOCALES.map((locale) => [locale]);
