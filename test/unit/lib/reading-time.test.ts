import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/reading-time';
import { proseOf, sortChapters, slugOf } from '../../../src/lib/chapter-order';

describe('countWords(text) and readingMinutes(words)', () => {
  it('counts words, not markup', () => {
    expect(countWords('  The  shortage — of shells  ')).toBe(4);
  });

  it('rounds up, with a minimum of one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(221, 220)).toBe(2);
  });
});

describe('proseOf(mdx)', () => {
  it('keeps words and drops imports, tags and expressions', () => {
    expect(proseOf("import Fact from 'x';\nSome <Fact id=\"a\" /> words {1 + 1}").trim().split(/\s+/)).toEqual(['Some', 'words']);
  });
});

describe('sortChapters(chapters) and slugOf(chapter)', () => {
  const chapter = (id: string, order: number) => ({ id, filePath: `content/chapters/${id}.mdx`, data: { order } });

  it('orders by the order field', () => {
    expect(sortChapters([chapter('02-b', 2), chapter('01-a', 1)]).map((c) => c.id)).toEqual(['01-a', '02-b']);
  });

  it('names both files when two chapters share an order', () => {
    expect(() => sortChapters([chapter('01-a', 1), chapter('02-b', 1)])).toThrow(
      /content\/chapters\/02-b\.mdx: field "order": 1 is also used by content\/chapters\/01-a\.mdx/,
    );
  });

  it('drops the numeric prefix from the anchor', () => {
    expect(slugOf({ id: '03-the-roundabout-deal' })).toBe('the-roundabout-deal');
  });
});
