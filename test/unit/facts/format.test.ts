import { describe, expect, it } from 'vitest';
import { formatArithmetic, formatMyriad, formatRounded, formatValue, roundingChanges } from '../../../src/facts/format';

describe('formatValue(value)', () => {
  it('writes thousands with commas and ranges with "to"', () => {
    expect(formatValue(100000)).toBe('100,000');
    expect(formatValue({ low: 4000, high: 7000 })).toBe('4,000 to 7,000');
  });
});

describe('formatRounded(value, decimals, approximate)', () => {
  it('says "about" when rounding changed the value', () => {
    expect(roundingChanges(100000 / 7000, 0)).toBe(true);
    expect(formatRounded({ low: 100000 / 7000, high: 25 }, 0)).toBe('about 14 to 25');
  });

  it('leaves an exact result unhedged', () => {
    expect(formatRounded(25, 0)).toBe('25');
  });

  it('hedges an exact result computed from approximate inputs', () => {
    expect(formatRounded(5, 0, true)).toBe('about 5');
  });
});

describe('formatArithmetic(op, operands, result, decimals)', () => {
  it('writes the operands, the operator and the hedged result', () => {
    expect(formatArithmetic('divide', [100000, { low: 4000, high: 7000 }], { low: 100000 / 7000, high: 25 }, 0)).toBe(
      '100,000 ÷ (4,000 to 7,000) = about 14 to 25',
    );
  });
});

describe('formatArithmetic(…, reportedAs)', () => {
  it('keeps the hedge of an operand the source hedges, showing the number it is taken as', () => {
    expect(formatArithmetic('divide', [1000000, 100000], 10, 0, true, 'en', ['nearly one million', undefined])).toBe(
      'nearly one million (1,000,000) ÷ 100,000 = about 10',
    );
    expect(formatArithmetic('divide', [20000, { low: 4000, high: 7000 }], { low: 20000 / 7000, high: 5 }, 1, true, 'en', ['around 20,000'])).toBe(
      'around 20,000 ÷ (4,000 to 7,000) = about 2.9 to 5',
    );
  });
});

describe('formatMyriad(value, decimals): Korean number style', () => {
  it('writes whole tens of thousands in 만 units, as Korean news does', () => {
    expect(formatMyriad(100000)).toBe('10만');
    expect(formatMyriad(20000)).toBe('2만');
    expect(formatMyriad(1000000)).toBe('100만');
    expect(formatMyriad(15000)).toBe('1만 5,000');
    expect(formatMyriad(123456789)).toBe('1억 2,345만 6,789');
  });
  it('keeps digits with commas below 10,000, and decimals', () => {
    expect(formatMyriad(4000)).toBe('4,000');
    expect(formatMyriad(7000)).toBe('7,000');
    expect(formatMyriad(142)).toBe('142');
    expect(formatMyriad(20000 / 7000, 1)).toBe('2.9');
  });
});
