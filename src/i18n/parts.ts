import { TranslationError, type TemplateValues, type Translate } from './translate';

/** One piece of a filled template: words, or the place of an element the page puts there (a link, an emphasis). */
export type SentencePart = { kind: 'text'; text: string } | { kind: 'slot'; name: string };

/** Marks a slot's place while the template is filled; no dictionary text contains it. */
const MARK = '\u0000';

/**
 * sentenceParts(t, key, values, slots) fills template `key` with `values` and cuts it at the placeholders
 * named in `slots`, which the page fills with elements ("Every figure links to {link}, …"). As with t(), a
 * placeholder with neither a value nor a slot, or a slot the template lacks, fails naming the key and language.
 */
export function sentenceParts<Key extends string>(
  t: Translate<Key>,
  key: Key,
  values: TemplateValues = {},
  slots: readonly string[] = [],
): SentencePart[] {
  const both = slots.find((name) => name in values);
  if (both !== undefined) throw new TranslationError(`"${key}": {${both}} is given both as a value and as a slot`);
  const marked = t(key, { ...values, ...Object.fromEntries(slots.map((name, index) => [name, `${MARK}${index}${MARK}`])) });
  return marked
    .split(MARK)
    .map((piece, index): SentencePart => (index % 2 === 0 ? { kind: 'text', text: piece } : { kind: 'slot', name: slots[Number(piece)]! }))
    .filter((part) => part.kind === 'slot' || part.text !== '');
}
