import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { siteWords } from '../i18n/site';

/** A source that facts may rest on. */
export interface Source {
  /** Short title for source notes. */
  title: string;
  /** What the source is and how we hold it. */
  description: string;
  /** Path of our verbatim copy, relative to the project root. */
  file: string;
}

/** Path of our verbatim copy of each source the ledger may cite. Roundabout rests on exactly one. */
const SOURCE_FILES = {
  article: 'content/sources/article.txt',
} as const;

/** Id of a known source. */
export type SourceId = keyof typeof SOURCE_FILES;

/** sourcesIn(locale) is every source with its title and description in `locale` (src/i18n/<lang>.json). */
export function sourcesIn(locale: Locale): Record<SourceId, Source> {
  const t = siteWords(locale);
  return {
    article: { title: t('source.article.title'), description: t('source.article.description'), file: SOURCE_FILES.article },
  };
}

/** Every source the ledger may cite, described in the default language. */
export const SOURCES: Record<SourceId, Source> = sourcesIn(DEFAULT_LOCALE);
