import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

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
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

/** The facts ledger is not a collection: every page reads it through src/facts/reader.ts, the one path. */
export const collections = { chapters };
