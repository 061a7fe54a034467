import { getCollection, type CollectionEntry } from 'astro:content';
import { sortChapters } from './chapter-order';
import { chapterFile, chapterLocale, contentFolder } from '../i18n/content';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';

export { proseOf, slugOf } from './chapter-order';

/** A chapter entry as loaded from content/chapters (content/<locale>/chapters for another language). */
export type Chapter = CollectionEntry<'chapters'>;

/**
 * getChapters(locale) is a language's chapters in story order. Every language must have the same chapter
 * files as the default language, no more and no fewer, or the build fails naming the file that is missing.
 */
export async function getChapters(locale: Locale = DEFAULT_LOCALE): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  const files = (language: Locale) => new Set(all.filter((chapter) => chapterLocale(chapter.id) === language).map((chapter) => chapterFile(chapter.id)));
  const reference = files(DEFAULT_LOCALE);
  for (const language of LOCALES) {
    const own = files(language);
    for (const file of reference) if (!own.has(file)) throw new Error(`content/${contentFolder(language, 'chapters')}/${file}.mdx: missing; every chapter of content/chapters/ is needed in ${language} too`);
    for (const file of own) if (!reference.has(file)) throw new Error(`content/${contentFolder(language, 'chapters')}/${file}.mdx: has no English counterpart content/chapters/${file}.mdx`);
  }
  return sortChapters(all.filter((chapter) => chapterLocale(chapter.id) === locale));
}
