import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCES } from './sources';

let article: string | undefined;

/** The article's text with runs of white space (line breaks included) as one space. */
function articleText(): string {
  article ??= readFileSync(join(process.cwd(), SOURCES.article.file), 'utf8').replace(/\s+/g, ' ');
  return article;
}

/**
 * originalQuote(words, where) is `words` when they stand in the source article word for word (white space
 * aside), for a translation to show beside the original. Anything else fails the build, naming where it was
 * quoted, so a translated page can never put words in the source's mouth.
 */
export function originalQuote(words: string, where: string, text: string = articleText()): string {
  const quote = words.replace(/\s+/g, ' ').trim();
  if (quote.length === 0) throw new Error(`${where}: the quote's English words (en) are empty`);
  if (!text.includes(quote)) throw new Error(`${where}: "${quote}" is not in ${SOURCES.article.file} word for word; a quote must be the source's exact words`);
  return quote;
}
