import { describe, expect, it } from 'vitest';
import { median, medianOf, percentile } from '../../bench/stats';

describe('median(values)', () => {
  it('median([3, 1, 2]) is the middle value of an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
  });
  it('median([4, 1, 3, 2]) is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('median([]) is null', () => {
    expect(median([])).toBeNull();
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile(values, p)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index);
  it('percentile(1..100, 95) is 95 (nearest rank)', () => {
    expect(percentile(hundred, 95)).toBe(95);
  });
  it('percentile(values, 100) is the largest and percentile(values, 0) the smallest', () => {
    expect(percentile([5, 9, 1], 100)).toBe(9);
    expect(percentile([5, 9, 1], 0)).toBe(1);
  });
  it('percentile of one value is that value', () => {
    expect(percentile([16.7], 95)).toBe(16.7);
  });
  it('percentile([], 95) is null and p outside 0..100 throws', () => {
    expect(percentile([], 95)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('medianOf(runs, read)', () => {
  it('skips runs where the figure is missing or not finite', () => {
    const runs = [{ lcp: 1200 }, {}, { lcp: 1000 }, { lcp: Number.NaN }, { lcp: 1400 }] as { lcp?: number }[];
    expect(medianOf(runs, (run) => run.lcp)).toBe(1200);
  });
  it('is null when no run has the figure', () => {
    expect(medianOf([{}, {}] as { lcp?: number }[], (run) => run.lcp)).toBeNull();
  });
});
