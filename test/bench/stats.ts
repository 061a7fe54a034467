/** median(values) is the middle value (mean of the two middle ones for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * percentile(values, p) is the nearest-rank percentile (p in 0..100): the smallest value with at least
 * p % of the values at or below it. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (p < 0 || p > 100 || Number.isNaN(p)) throw new RangeError(`percentile: p must be in 0..100, got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** medianOf(runs, read) is the median of one number read from each run, skipping runs where it is missing. */
export function medianOf<T>(runs: readonly T[], read: (run: T) => number | null | undefined): number | null {
  return median(runs.map(read).filter((value): value is number => typeof value === 'number' && Number.isFinite(value)));
}
