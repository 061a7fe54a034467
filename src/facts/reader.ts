import { toRange } from './arithmetic';
import { formatArithmetic, formatRounded } from './format';
import { LEDGER_PATH, LedgerError, loadLedger, requireFact, type Ledger } from './ledger';
import { isDerived, type Fact, type Range } from './schema';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/**
 * localise(fact, locale, lookup) is the fact with its label, unit, display, attribution (and a derived
 * fact's formula and arithmetic) in `locale`: from its `translations`, or computed in that language for a
 * derived figure. The quote stays the source's English; `translations.<locale>.quote` (our translation of it)
 * must be there for a sourced figure, and is read beside it with quoteTranslation(). A missing translation is an error naming the entry, the field and the language.
 */
export function localise(fact: Fact, locale: Locale, lookup: (id: string) => Fact): Fact {
  if (locale === DEFAULT_LOCALE) return fact;
  const words = fact.translations?.[locale];
  const missing = (field: string) =>
    new LedgerError(`${LEDGER_PATH}: id "${fact.id}": field "translations.${locale}.${field}": missing for language "${locale}"`);
  if (!words) throw missing('label');
  if (!isDerived(fact)) {
    if (!words.display) throw missing('display');
    if (!words.quote) throw missing('quote');
    if (fact.attribution !== undefined && !words.attribution) throw missing('attribution');
    return { ...fact, label: words.label, unit: words.unit, display: words.display, ...(words.attribution ? { attribution: words.attribution } : {}) };
  }
  if (!words.formula) throw missing('formula');
  const inputs = fact.derivedFrom.map((id) => localise(lookup(id), locale, lookup));
  return {
    ...fact,
    label: words.label,
    unit: words.unit,
    formula: words.formula,
    display: formatRounded(fact.value, fact.decimals, fact.approximate, locale),
    arithmetic: formatArithmetic(
      fact.operation,
      inputs.map((input) => input.value),
      fact.value,
      fact.decimals,
      fact.approximate,
      locale,
      inputs.map((input) => (input.approximate === true && !isDerived(input) ? input.display : undefined)),
    ),
  };
}

/**
 * The one way pages, prose, charts, tables and CSVs read the facts ledger: by id, failing with
 * the id and the reader's name for an unknown one, with display text in the reader's language.
 */
export interface FactReader {
  /** The language of every display text this reader gives. */
  locale: Locale;
  /** The whole entry (label, unit, quote, derivation…). */
  fact(id: string): Fact;
  /** The figure as the page writes it, hedges included ("nearly one million", "about 14 to 25"). */
  display(id: string): string;
  /** The figure as one number; an error for a range. */
  number(id: string): number;
  /** The figure as a range (a single number is a range from it to itself). */
  range(id: string): Range;
  /** Every fact, in ledger order. */
  all(): Fact[];
}

/** factReader(ledger, locale, where) reads `ledger`; errors name `where` ("graphic fire-day"). */
export function factReader(ledger: Ledger, locale: Locale, where: string): FactReader {
  const localised = new Map<string, Fact>();
  const lookup = (id: string) => requireFact(ledger, id, where);
  const fact = (id: string) => {
    let found = localised.get(id);
    if (!found) localised.set(id, (found = localise(lookup(id), locale, lookup)));
    return found;
  };
  return {
    locale,
    fact,
    display: (id) => fact(id).display,
    number(id) {
      const { value } = fact(id);
      if (typeof value !== 'number') throw new Error(`${where}: fact "${id}" is a range; one number was expected`);
      return value;
    },
    range: (id) => toRange(fact(id).value),
    all: () => [...ledger.keys()].map(fact),
  };
}

/**
 * quoteTranslation(fact, locale) is our translation of a sourced fact's quote into `locale`, or undefined in the
 * default language (the quote is already in it) and for a derived fact (it has no quote).
 */
export function quoteTranslation(fact: Fact, locale: Locale): string | undefined {
  if (locale === DEFAULT_LOCALE || isDerived(fact)) return undefined;
  const quote = fact.translations?.[locale]?.quote;
  if (!quote) throw new LedgerError(`${LEDGER_PATH}: id "${fact.id}": field "translations.${locale}.quote": missing for language "${locale}"`);
  return quote;
}

const readers = new Map<string, FactReader>();

/** readFacts(locale, where) is the build's reader of content/facts.yaml (the ledger is loaded once per build). */
export function readFacts(locale: Locale = DEFAULT_LOCALE, where = 'the site'): FactReader {
  const key = `${locale}\u0000${where}`;
  let reader = readers.get(key);
  if (!reader) {
    reader = factReader(loadLedger(), locale, where);
    readers.set(key, reader);
  }
  return reader;
}
