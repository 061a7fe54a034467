import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../../src/facts/ledger';
import { factReader, quoteTranslation } from '../../../src/facts/reader';

/** One sourced, attributed figure; `korean` is its translations.ko block, indented as in the ledger. */
const ledgerWith = (korean: string) =>
  parseLedger(
    `
- id: rounds
  label: Rounds
  value: 100000
  unit: rounds
  display: "100,000"
  quote: "one hundred thousand rounds"
  source: article
  attribution: an official
  translations:
    ko:
${korean}
`,
    'facts.yaml',
  );

const complete = `      label: 포탄
      unit: 발
      display: 10만
      quote: 포탄 10만 발
      attribution: 한 당국자`;

describe('a sourced fact read in another language', () => {
  it('keeps the English quote and gives its Korean words, attribution and our translation of the quote', () => {
    const reader = factReader(ledgerWith(complete), 'ko', 'test');
    const fact = reader.fact('rounds');
    expect('quote' in fact && fact.quote).toBe('one hundred thousand rounds');
    expect(fact.display).toBe('10만');
    expect('attribution' in fact && fact.attribution).toBe('한 당국자');
    expect(quoteTranslation(fact, 'ko')).toBe('포탄 10만 발');
  });

  it('has no translation of the quote in the default language', () => {
    const fact = factReader(ledgerWith(complete), 'en', 'test').fact('rounds');
    expect('attribution' in fact && fact.attribution).toBe('an official');
    expect(quoteTranslation(fact, 'en')).toBeUndefined();
  });

  it('fails naming the entry, the field and the language when our translation of the quote is missing', () => {
    const reader = factReader(ledgerWith(complete.replace(/\n.*quote:.*$/m, '')), 'ko', 'test');
    expect(() => reader.fact('rounds')).toThrow('id "rounds": field "translations.ko.quote": missing for language "ko"');
  });

  it('fails naming the field when an attributed figure has no attribution in that language', () => {
    const reader = factReader(ledgerWith(complete.replace(/\n.*attribution:.*$/m, '')), 'ko', 'test');
    expect(() => reader.fact('rounds')).toThrow('field "translations.ko.attribution"');
  });
});
