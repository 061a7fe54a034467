import { chapterFile } from '../i18n/content';

/**
 * sortChapters(chapters) orders chapters by their `order` field and rejects duplicates,
 * naming both files, so two chapters can never silently swap places.
 */
export function sortChapters<T extends { id: string; filePath?: string; data: { order: number } }>(chapters: T[]): T[] {
  const sorted = [...chapters].sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((chapter, index) => {
    const previous = sorted[index - 1];
    if (previous && previous.data.order === chapter.data.order) {
      throw new Error(
        `${chapter.filePath ?? chapter.id}: field "order": ${chapter.data.order} is also used by ${previous.filePath ?? previous.id}`,
      );
    }
  });
  return sorted;
}

/** slugOf(chapter) is the anchor of a chapter: its file name without the order prefix. */
export function slugOf(chapter: { id: string }): string {
  return chapterFile(chapter.id).replace(/^\d+-/, '');
}

/** proseOf(mdx) strips imports, JSX tags and expressions from an MDX body, leaving the words. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ');
}
