import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLedger } from '../../../src/facts/ledger';
import { isDerived } from '../../../src/facts/schema';
import { SOURCES } from '../../../src/facts/sources';
import { PROJECT_ROOT } from '../../support/paths';

const ledger = loadLedger(join(PROJECT_ROOT, 'content/facts.yaml'));
const facts = [...ledger.values()];

describe('content/facts.yaml (the real ledger)', () => {
  it('quotes every sourced figure verbatim from the vendored source', () => {
    for (const fact of facts) {
      if (isDerived(fact)) continue;
      const text = readFileSync(join(PROJECT_ROOT, SOURCES[fact.source].file), 'utf8');
      expect(text, `quote of ${fact.id}`).toContain(fact.quote);
    }
  });

  it("keeps the vendored article identical to the shared source, when the shared copy is present", () => {
    const shared = join(PROJECT_ROOT, '../shared/source/article.txt');
    let original: string;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      return; // A clone without shared/ beside it has only the vendored copy.
    }
    expect(readFileSync(join(PROJECT_ROOT, SOURCES.article.file), 'utf8')).toBe(original);
  });

  it('writes each figure the way its quote does, digit for digit', () => {
    for (const fact of facts) {
      if (isDerived(fact)) continue;
      const digits = fact.display.match(/\d[\d,]*/g) ?? [];
      for (const written of digits) expect(fact.quote, `${fact.id} display "${fact.display}"`).toContain(written);
    }
  });

  it('derives the durations the brief names: 100,000 rounds last about 14 to 25 days for Ukraine, about 5 for Russia', () => {
    const ukraine = ledger.get('days-purchase-ukraine')!;
    const russia = ledger.get('days-purchase-russia')!;
    const purchase = ledger.get('purchase-rounds')!.value as number;
    const rate = ledger.get('ukraine-daily-fire')!.value as { low: number; high: number };
    expect(ukraine.value).toEqual({ low: purchase / rate.high, high: purchase / rate.low });
    expect(ukraine.display).toBe('about 14 to 25');
    expect(russia.display).toBe('about 5');
  });
});
