import { getCollection, type CollectionEntry } from 'astro:content';
import { sortChapters } from './chapter-order';

export { proseOf, slugOf } from './chapter-order';

/** A chapter entry as loaded from content/chapters. */
export type Chapter = CollectionEntry<'chapters'>;

/** All chapters in story order. */
export async function getChapters(): Promise<Chapter[]> {
  return sortChapters(await getCollection('chapters'));
}

