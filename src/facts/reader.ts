import { toRange } from './arithmetic';
import { loadLedger, requireFact, type Ledger } from './ledger';
import type { Fact, Range } from './schema';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

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
  const fact = (id: string) => requireFact(ledger, id, where);
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
    all: () => [...ledger.values()],
  };
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
