import { z } from 'astro/zod';
import { SOURCES } from './sources';

/** Id of a source listed in src/facts/sources.ts. */
export const sourceIdSchema = z.enum(Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]]);

/** A closed interval of numbers, used where the source gives a range ("4,000 to 7,000"). */
export const rangeSchema = z
  .object({
    /** Lower end of the range, inclusive. */
    low: z.number(),
    /** Upper end of the range, inclusive. */
    high: z.number(),
  })
  .strict()
  .refine((range) => range.low <= range.high, { message: 'low must not exceed high' });

/** A fact's value: one number, or a range the source states as a range. */
export const factValueSchema = z.union([z.number(), rangeSchema]);

/** Arithmetic a derived fact may apply to the facts it is derived from, in the order listed. */
export const operationSchema = z.enum(['divide', 'multiply', 'subtract', 'add']);

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** A fact's words in another language: what the default language's label, unit, display, formula and attribution say, and our translation of its quote. */
export const factTranslationSchema = z
  .object({
    /** The label, in that language. */
    label: z.string().min(1),
    /** The unit, in that language (a Korean counter such as 발 or 일). */
    unit: z.string().min(1),
    /** How the figure is written in that language, hedges included (sourced facts only). */
    display: z.string().min(1).optional(),
    /** Our translation of the source's words (sourced facts only); the English quote itself is never translated in place. */
    quote: z.string().min(1).optional(),
    /** Who said it, in that language (sourced facts with an attribution only). */
    attribution: z.string().min(1).optional(),
    /** The formula in words (derived facts only). */
    formula: z.string().min(1).optional(),
  })
  .strict();

/** A fact's words in another language. */
export type FactTranslation = z.infer<typeof factTranslationSchema>;

const commonFields = {
  /** Stable kebab-case id that chapters use in <Fact id="…"/>. */
  id: idSchema,
  /** Unit of the value, in words ("rounds a day", "days", "howitzers"). */
  unit: z.string().min(1),
  /** One-line plain-language label for tables and the sources page. */
  label: z.string().min(1),
  /** True for a fact kept for reference (e.g. calibres) that no chapter needs to cite. */
  referenceOnly: z.boolean().optional(),
  /** Its words in each other language, by language code ("ko"); the value and quote are the same in every language. */
  translations: z.record(z.string(), factTranslationSchema).optional(),
};

/** A figure taken from the source, with the exact words it rests on. */
export const sourcedFactSchema = z
  .object({
    ...commonFields,
    /** The number (or range) the source states. */
    value: factValueSchema,
    /** How the number is written on the page, hedges included ("about 20,000"). */
    display: z.string().min(1),
    /** The exact words of the source this figure rests on; must occur verbatim in it. */
    quote: z.string().min(1),
    /** Id of the source it comes from (see src/facts/sources.ts). */
    source: sourceIdSchema,
    /** True when the source hedges the figure ("around", "nearly"); derived figures inherit it. */
    approximate: z.boolean().optional(),
    /** Who said it, as the source attributes it ("a defense official"). */
    attribution: z.string().min(1).optional(),
  })
  .strict();

/** A figure we compute from other facts; never typed by hand. */
export const derivedFactSpecSchema = z
  .object({
    ...commonFields,
    /** Ids of the facts this one is computed from, as operands in order. */
    derivedFrom: z.array(idSchema).min(2),
    /** The arithmetic applied to the operands, left to right. */
    operation: operationSchema,
    /** The formula in words, shown to readers ("rounds bought ÷ rounds fired a day"). */
    formula: z.string().min(1),
    /** Decimal places the displayed value is rounded to. */
    decimals: z.number().int().min(0).max(3),
  })
  .strict();

/** One entry of content/facts.yaml, before derived values are computed. */
export const ledgerEntrySchema = z.union([sourcedFactSchema, derivedFactSpecSchema]);

export type FactValue = z.infer<typeof factValueSchema>;
export type Range = z.infer<typeof rangeSchema>;
export type Operation = z.infer<typeof operationSchema>;
export type SourcedFact = z.infer<typeof sourcedFactSchema>;
export type DerivedFactSpec = z.infer<typeof derivedFactSpecSchema>;
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** A derived fact after its value has been computed from its operands. */
export interface DerivedFact extends DerivedFactSpec {
  /** Computed value, unrounded. */
  value: FactValue;
  /** True when any operand is approximate, or rounding changed the value. */
  approximate: boolean;
  /** Rounded, formatted value as shown on the page ("about 14 to 25"). */
  display: string;
  /** The arithmetic with the operands' numbers written out ("100,000 ÷ 7,000 to 4,000 = about 14 to 25"). */
  arithmetic: string;
}

/** Any fact in the resolved ledger. */
export type Fact = SourcedFact | DerivedFact;

/** True when the fact was computed from others rather than taken from the source. */
export function isDerived(fact: Fact): fact is DerivedFact {
  return 'derivedFrom' in fact;
}

/** True when the fact is taken from the source, with a quote. */
export function isSourced(fact: Fact): fact is SourcedFact {
  return !('derivedFrom' in fact);
}

/** True when a ledger entry (before resolution) describes a derived fact. */
export function isDerivedSpec(entry: LedgerEntry): entry is DerivedFactSpec {
  return 'derivedFrom' in entry;
}
