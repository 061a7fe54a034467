import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/charts/csv';

describe('toCsv(table)', () => {
  it('writes a header and rows with CRLF line ends, numbers unformatted', () => {
    expect(toCsv({ columns: ['Side', 'Rounds a day'], rows: [['Russia', 20000]] })).toBe('Side,Rounds a day\r\nRussia,20000\r\n');
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    expect(toCsv({ columns: ['a'], rows: [['x, "y"'], ['two\nlines']] })).toBe('a\r\n"x, ""y"""\r\n"two\nlines"\r\n');
  });

  it('refuses a ragged row, naming it', () => {
    expect(() => toCsv({ columns: ['a', 'b'], rows: [[1]] })).toThrow(/row 1 has 1 cells, expected 2/);
  });
});
