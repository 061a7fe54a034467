import { describe, expect, it } from 'vitest';
import { applyOperation, computeDerived, roundValue, toRange } from '../../../src/facts/arithmetic';

describe('applyOperation(op, a, b)', () => {
  it('divides plain numbers', () => {
    expect(applyOperation('divide', 100, 4)).toBe(25);
  });

  it('divides a number by a range, swapping the ends: a ÷ [lo, hi] = [a ÷ hi, a ÷ lo]', () => {
    expect(applyOperation('divide', 100, { low: 4, high: 5 })).toEqual({ low: 20, high: 25 });
  });

  it('divides a range by a range to the widest interval', () => {
    expect(applyOperation('divide', { low: 10, high: 20 }, { low: 2, high: 5 })).toEqual({ low: 2, high: 10 });
  });

  it('refuses to divide by a range that contains zero', () => {
    expect(() => applyOperation('divide', 1, { low: -1, high: 1 })).toThrow(/zero/);
  });

  it('multiplies, adds and subtracts ranges as intervals', () => {
    expect(applyOperation('multiply', { low: 2, high: 3 }, 10)).toEqual({ low: 20, high: 30 });
    expect(applyOperation('add', { low: 1, high: 2 }, { low: 10, high: 20 })).toEqual({ low: 11, high: 22 });
    expect(applyOperation('subtract', { low: 10, high: 20 }, { low: 1, high: 2 })).toEqual({ low: 8, high: 19 });
  });

  it('collapses a range with equal ends to a number', () => {
    expect(applyOperation('multiply', { low: 2, high: 2 }, 3)).toBe(6);
  });
});

describe('computeDerived(op, operands)', () => {
  it('folds left to right', () => {
    expect(computeDerived('divide', [120, 2, 3])).toBe(20);
  });

  it('needs two operands', () => {
    expect(() => computeDerived('divide', [1])).toThrow(/two operands/);
  });
});

describe('roundValue and toRange', () => {
  it('rounds each end of a range', () => {
    expect(roundValue({ low: 14.2857, high: 25 }, 0)).toEqual({ low: 14, high: 25 });
    expect(roundValue(2.857, 1)).toBe(2.9);
  });

  it('turns a number into a degenerate range', () => {
    expect(toRange(5)).toEqual({ low: 5, high: 5 });
  });
});
