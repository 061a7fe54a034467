import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalQuote } from '../../../src/facts/quotes';
import { PROJECT_ROOT } from '../../support/paths';

/** Every content file under a folder, recursively. */
function contentFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('originalQuote(words, where)', () => {
  it('gives back words that stand in the article, with white space evened out', () => {
    expect(originalQuote('the end  user', 'x')).toBe('the end user');
  });

  it('fails naming the place for words the article does not have, or has only in part', () => {
    expect(() => originalQuote('the final user', 'content/ko/chapters/03.mdx')).toThrow(/content\/ko\/chapters\/03\.mdx: "the final user" is not in content\/sources\/article\.txt/);
    expect(() => originalQuote('  ', 'here')).toThrow(/here: the quote's English words \(en\) are empty/);
  });

  it('finds every <SourceQuote en> of the translated content in the article word for word', () => {
    const quotes = contentFiles(join(PROJECT_ROOT, 'content')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<SourceQuote\s+en="([^"]+)"/g)].map((match) => ({ file, en: match[1]! })),
    );
    expect(quotes.length).toBeGreaterThan(10);
    for (const { file, en } of quotes) expect(() => originalQuote(en, file)).not.toThrow();
  });
});
