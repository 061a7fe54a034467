import { z } from 'astro/zod';
import { findBareFigures } from '../mdx/figures';

/** Plain words only: a definition may name the calibres but adds no figure of its own. */
const noFigures = (text: string) => findBareFigures(text).length === 0;

/** One entry of content/glossary.yaml: a term the story links to its definition. */
export const glossaryEntrySchema = z
  .object({
    /** Stable kebab-case id used in <Term id="…"> and as the anchor #term-<id> on /glossary/. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens'),
    /** The term as the glossary heads it ("Ukraine Defense Contact Group"). */
    term: z.string().min(1),
    /** Definition in plain words, consistent with the source; no figures (calibre names excepted). */
    definition: z
      .string()
      .min(1)
      .refine(noFigures, {
        message: 'must not contain figures (only the calibre names 152mm and 155mm); cite numbers in the story instead',
      }),
    /** Other ways the story writes the term ("defense industrial base"); a plural in -s is matched anyway. */
    forms: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** A validated glossary entry. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
