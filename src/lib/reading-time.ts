/** Words an adult reads a minute in continuous non-fiction prose (a common planning figure). */
export const WORDS_PER_MINUTE = 220;

/** countWords(text) counts whitespace-separated words, ignoring markup-only tokens. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** readingMinutes(words) rounds reading time up to whole minutes, at least one. */
export function readingMinutes(words: number, wordsPerMinute: number = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
