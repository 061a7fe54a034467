import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../../src/facts/ledger';

const sourced = `
- id: rounds
  label: Rounds
  value: 100
  unit: rounds
  display: "100"
  quote: "one hundred rounds"
  source: article
- id: rate
  label: Rate
  value: { low: 4, high: 5 }
  unit: rounds a day
  display: 4 to 5
  quote: "four or five a day"
  source: article
`;

describe('parseLedger(text, fileName)', () => {
  it('computes a derived fact as a range from its operands, with its arithmetic written out', () => {
    const ledger = parseLedger(
      `${sourced}
- id: days
  label: Days
  derivedFrom: [rounds, rate]
  operation: divide
  formula: rounds ÷ rate
  unit: days
  decimals: 0
`,
      'facts.yaml',
    );
    const days = ledger.get('days')!;
    expect(days.value).toEqual({ low: 20, high: 25 });
    expect(days.display).toBe('20 to 25');
    expect('arithmetic' in days && days.arithmetic).toBe('100 ÷ (4 to 5) = 20 to 25');
  });

  it('resolves derived facts that depend on later derived facts', () => {
    const ledger = parseLedger(
      `${sourced}
- id: twice-days
  label: Twice
  derivedFrom: [days, rounds]
  operation: multiply
  formula: days × rounds
  unit: x
  decimals: 0
- id: days
  label: Days
  derivedFrom: [rounds, rate]
  operation: divide
  formula: rounds ÷ rate
  unit: days
  decimals: 0
`,
      'facts.yaml',
    );
    expect(ledger.get('twice-days')!.value).toEqual({ low: 2000, high: 2500 });
    expect([...ledger.keys()]).toEqual(['rounds', 'rate', 'twice-days', 'days']);
  });

  it('names the file, the entry and the field of a missing quote', () => {
    const text = sourced.replace('  quote: "four or five a day"\n', '');
    expect(() => parseLedger(text, 'content/facts.yaml')).toThrow(
      /content\/facts\.yaml: entry 2 \(id "rate"\): field "quote"/,
    );
  });

  it('names the field of a malformed range', () => {
    const text = sourced.replace('{ low: 4, high: 5 }', '{ low: 5, high: 4 }');
    expect(() => parseLedger(text, 'facts.yaml')).toThrow(/entry 2 \(id "rate"\): field "value/);
  });

  it('rejects unknown fields rather than ignoring them', () => {
    const text = sourced.replace('  source: article\n', '  source: article\n  sorce: typo\n');
    expect(() => parseLedger(text, 'facts.yaml')).toThrow(/entry 1 \(id "rounds"\).*sorce/);
  });

  it('rejects a source that is not in the sources list', () => {
    expect(() => parseLedger(sourced.replace('source: article', 'source: blog'), 'facts.yaml')).toThrow(
      /entry 1 \(id "rounds"\): field "source"/,
    );
  });

  it('rejects duplicate ids, unknown operands and circular derivations', () => {
    expect(() => parseLedger(`${sourced}${sourced}`, 'f.yaml')).toThrow(/field "id": duplicate id/);
    const derived = (id: string, from: string) => `
- id: ${id}
  label: L
  derivedFrom: [${from}, rounds]
  operation: add
  formula: f
  unit: u
  decimals: 0
`;
    expect(() => parseLedger(`${sourced}${derived('a', 'nope')}`, 'f.yaml')).toThrow(/id "a": field "derivedFrom": unknown fact id "nope"/);
    expect(() => parseLedger(`${sourced}${derived('a', 'b')}${derived('b', 'a')}`, 'f.yaml')).toThrow(/circular/);
  });

  it('rejects YAML that is not a list', () => {
    expect(() => parseLedger('id: x', 'f.yaml')).toThrow(/f\.yaml: must be a YAML list/);
    expect(() => parseLedger('- [unclosed', 'f.yaml')).toThrow(/f\.yaml: not valid YAML/);
  });
});
