import { describe, expect, it } from 'vitest';
import { STATE_NAMES } from '../../../../src/charts/flow-map/states';
import { flowMap, ledger } from './fixtures';

describe('the flow-map graphic (src/charts/flow-map/index.ts)', () => {
  it('is the graphic named flow-map, with its states in story order', () => {
    expect(flowMap.graphic.name).toBe('flow-map');
    expect(flowMap.graphic.states).toEqual(STATE_NAMES);
    expect(flowMap.title.length).toBeGreaterThan(0);
    expect(flowMap.sourceLine).toMatch(/not shipping routes/);
  });

  it('table() has one row per arrow and the ledger’s raw numbers', () => {
    const table = flowMap.table();
    for (const row of table.rows) expect(row.length).toBe(table.columns.length);
    const numbers = table.rows.flat().filter((cell): cell is number => typeof cell === 'number');
    expect(numbers).toEqual([
      ledger.get('purchase-rounds')!.value,
      ledger.get('purchase-rounds')!.value,
      ledger.get('us-rounds-sent')!.value,
      ledger.get('us-howitzers-sent')!.value,
    ]);
  });

  it('table() keeps every hedge: the sale is planned and in talks, “the end user” is the ministry’s word, North Korea’s shells a US warning, “nearly one million” next to its number', () => {
    const table = flowMap.table();
    const [sale, , , northKorea] = table.rows.map((row) => row.join(' | '));
    expect(sale).toMatch(/Planned sale/);
    expect(sale).toMatch(/In talks/);
    expect(sale).toMatch(/defence ministry said the US was “the end user”/);
    expect(northKorea).toMatch(/US warning|Warned of by the US/);
    const sentRow = table.rows[2]!;
    expect(sentRow[sentRow.indexOf(1000000) - 1]).toBe('nearly one million');
    expect(table.columns[sentRow.indexOf(1000000)]).toMatch(/approximate/);
  });
});
