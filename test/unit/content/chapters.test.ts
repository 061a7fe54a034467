import { describe, expect, it } from 'vitest';
import { findBareFigures } from '../../../src/mdx/figures';
import { readChapters } from '../../support/content';
import { ARTICLE_SLIPS, proseWords, quotations, readArticle, readStoryFiles } from './story-files';

const chapters = readChapters();
const article = readArticle();

/** Frontmatter fields a chapter must have; the build validates types, this checks the story's own rules. */
const REQUIRED_FIELDS = ['title', 'summary', 'order', 'teacherNotes'] as const;

describe('content/chapters/*.mdx (the real story)', () => {
  it('tells the whole arc, from the shortage to what we know', () => {
    expect(chapters.map((chapter) => chapter.slug)).toEqual([
      'the-shortage',
      'seouls-pledge',
      'the-roundabout-deal',
      'the-other-pipeline',
      'the-arithmetic-of-fire',
      'seouls-ambitions',
      'what-we-know',
    ]);
  });

  it('gives every chapter a title, a summary, an order and teacher notes', () => {
    for (const chapter of chapters) {
      for (const field of REQUIRED_FIELDS) expect(chapter.frontmatter, `${chapter.file}: ${field}`).toHaveProperty(field);
      expect(typeof chapter.frontmatter.title, `${chapter.file}: title`).toBe('string');
      expect(typeof chapter.frontmatter.summary, `${chapter.file}: summary`).toBe('string');
      expect(Number.isInteger(chapter.frontmatter.order), `${chapter.file}: order`).toBe(true);
    }
  });

  it("numbers the files in story order: the NN- prefix of each file is its order", () => {
    for (const chapter of chapters) {
      const prefix = /\/(\d+)-[^/]+\.mdx$/.exec(chapter.file)?.[1];
      expect(Number(prefix), chapter.file).toBe(chapter.order);
    }
    expect(new Set(chapters.map((chapter) => chapter.order)).size).toBe(chapters.length);
  });

  it('keeps digits out of every title and summary', () => {
    for (const chapter of chapters) {
      expect(chapter.title, `${chapter.file}: title`).not.toMatch(/\d/);
      expect(String(chapter.frontmatter.summary), `${chapter.file}: summary`).not.toMatch(/\d/);
    }
  });

  it('gives each chapter two to four teacher notes, with no figures outside the ledger', () => {
    for (const chapter of chapters) {
      const notes = chapter.frontmatter.teacherNotes as unknown[];
      expect(Array.isArray(notes), chapter.file).toBe(true);
      expect(notes.length, `${chapter.file}: teacherNotes`).toBeGreaterThanOrEqual(2);
      expect(notes.length, `${chapter.file}: teacherNotes`).toBeLessThanOrEqual(4);
      for (const note of notes) {
        expect(typeof note, chapter.file).toBe('string');
        expect(findBareFigures(note as string), `${chapter.file}: "${note}"`).toEqual([]);
      }
    }
  });
});

describe('quotations in the story', () => {
  const quoted = [
    ...readStoryFiles().flatMap(({ file, body }) => quotations(proseWords(body)).map((quote) => ({ file, quote }))),
    ...chapters.flatMap((chapter) =>
      ((chapter.frontmatter.teacherNotes as string[]) ?? []).flatMap((note) =>
        quotations(note).map((quote) => ({ file: `${chapter.file} (teacherNotes)`, quote })),
      ),
    ),
  ];

  it('quotes something (so the check below is not vacuous)', () => {
    expect(quoted.length).toBeGreaterThan(10);
  });

  it('copies every quoted phrase exactly from the source article, curly apostrophes included', () => {
    for (const { file, quote } of quoted) {
      // A closing comma or full stop inside the quotation marks may belong to the retelling.
      const words = quote.replace(/[,.]$/, '');
      expect(article, `${file}: “${quote}”`).toContain(words);
    }
  });

  it('keeps every quotation short: a phrase, not a passage', () => {
    for (const { file, quote } of quoted) {
      expect(quote.split(' ').length, `${file}: “${quote}”`).toBeLessThanOrEqual(15);
    }
  });
});

describe('the article slips, which the retelling must not copy', () => {
  it('are all present in the vendored article (so each pattern can fire)', () => {
    for (const slip of ARTICLE_SLIPS) expect(article, slip.name).toMatch(slip.pattern);
  });

  it('appear nowhere in the summary, the chapters or their frontmatter', () => {
    for (const { file, body } of readStoryFiles()) {
      for (const slip of ARTICLE_SLIPS) expect(proseWords(body), `${file}: ${slip.name}`).not.toMatch(slip.pattern);
    }
    for (const chapter of chapters) {
      const frontmatter = JSON.stringify(chapter.frontmatter);
      for (const slip of ARTICLE_SLIPS) expect(frontmatter, `${chapter.file}: ${slip.name}`).not.toMatch(slip.pattern);
    }
  });
});
