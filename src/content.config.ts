import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chapterEntryId, chapterPatterns, pageEntryId, pagePatterns } from './i18n/content';
import { findBareFigures } from './mdx/figures';

/** Frontmatter of a chapter in content/chapters/NN-slug.mdx. */
export const chapterSchema = z
  .object({
    /** Chapter heading, shown as its h2 and in the table of contents. */
    title: z.string().min(1),
    /** One or two sentences a reader in a hurry can stop after; no figures. */
    summary: z.string().min(1),
    /** Position in the story, 1-based, unique. */
    order: z.number().int().positive(),
    /** Notes for a teacher presenting this chapter (shown on demand in presentation mode). */
    teacherNotes: z.array(z.string().min(1)).optional(),
  })
  .strict();

const chapters = defineCollection({
  // Every language's chapters: content/chapters/ and content/<locale>/chapters/ (ids: "01-the-shortage", "ko/01-the-shortage").
  loader: glob({ base: './content', pattern: chapterPatterns(), generateId: ({ entry }) => chapterEntryId(entry) }),
  schema: chapterSchema,
});

/**
 * Frontmatter of a page's prose, content/pages/<name>.mdx (content/<locale>/pages/ for another language):
 * none. A page's title, description and headings are site words (src/i18n/<lang>.json); its file holds prose only.
 */
export const pageProseSchema = z.object({}).strict();

/** Prose of the site's pages, one MDX file per page part and language; read with pageContent() (src/i18n/page-content.ts). */
const pages = defineCollection({
  loader: glob({ base: './content', pattern: pagePatterns('**/*.mdx'), generateId: ({ entry }) => pageEntryId(entry) }),
  schema: pageProseSchema,
});

/** A note on one figure: plain words, and no figure of its own (those are cited from the ledger). */
const noteText = z
  .string()
  .trim()
  .min(1)
  .refine((text) => findBareFigures(text).length === 0, { message: 'a note may hold no figure: it explains a ledger entry, whose figure the page shows' });

/** What each figure does and does not say, beyond its quote: content/pages/ledger-notes.yaml, keyed by ledger id. */
export const ledgerNotesSchema = z
  .object({
    /** Notes on figures from the source, under their ledger ids. */
    sourced: z.record(z.string(), noteText),
    /** Notes on derived figures (their meaning and limits, beyond the arithmetic), under their ledger ids. */
    derived: z.record(z.string(), noteText),
  })
  .strict();

const ledgerNotes = defineCollection({
  loader: glob({ base: './content', pattern: pagePatterns('ledger-notes.yaml'), generateId: ({ entry }) => pageEntryId(entry) }),
  schema: ledgerNotesSchema,
});

/** The facts ledger is not a collection: every page reads it through src/facts/reader.ts, the one path. */
export const collections = { chapters, pages, ledgerNotes };
