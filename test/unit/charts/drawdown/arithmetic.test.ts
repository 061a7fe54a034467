import { describe, expect, it } from 'vitest';
import { daysUntilEmpty, elapsedDays, remainingRounds } from '../../../../src/charts/drawdown/arithmetic';

describe('remainingRounds(stock, rate, day)', () => {
  it('is the whole stock on day 0', () => {
    expect(remainingRounds(100000, 4000, 0)).toBe(100000);
  });

  it('falls by the rate each day, exactly, at whole and fractional days', () => {
    expect(remainingRounds(100000, 4000, 10)).toBe(60000);
    expect(remainingRounds(100000, 7000, 2.5)).toBe(82500);
    expect(remainingRounds(100000, 20000, 1.25)).toBe(75000);
  });

  it('reaches 0 on the day the stock runs out and never goes below 0', () => {
    expect(remainingRounds(100000, 20000, 5)).toBe(0);
    expect(remainingRounds(100000, 20000, 25)).toBe(0);
    expect(remainingRounds(100000, 7000, 100000 / 7000)).toBeCloseTo(0, 9);
  });

  it('treats a negative day as day 0', () => {
    expect(remainingRounds(100000, 4000, -3)).toBe(100000);
  });
});

describe('daysUntilEmpty(stock, rate)', () => {
  it('is stock ÷ rate', () => {
    expect(daysUntilEmpty(100000, 4000)).toBe(25);
    expect(daysUntilEmpty(100000, 20000)).toBe(5);
    expect(daysUntilEmpty(100000, 7000)).toBeCloseTo(14.2857, 4);
  });

  it('refuses a rate of zero', () => {
    expect(() => daysUntilEmpty(100000, 0)).toThrow(/more than zero/);
  });
});

describe('elapsedDays(progress, lastDay)', () => {
  it('maps progress 0..1 linearly onto days 0..lastDay', () => {
    expect(elapsedDays(0, 25)).toBe(0);
    expect(elapsedDays(0.2, 25)).toBe(5);
    expect(elapsedDays(0.5, 25)).toBe(12.5);
    expect(elapsedDays(1, 25)).toBe(25);
  });

  it('clamps progress outside 0..1 and NaN', () => {
    expect(elapsedDays(-0.5, 25)).toBe(0);
    expect(elapsedDays(Number.NaN, 25)).toBe(0);
    expect(elapsedDays(1.5, 25)).toBe(25);
  });
});
