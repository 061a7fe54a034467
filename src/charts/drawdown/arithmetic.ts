/**
 * The arithmetic of a stock of rounds drawn down at a steady rate of fire. Pure and exact:
 * the drawdown graphic draws these values, and its tests compare them with the ledger.
 */

/** remainingRounds(stock, rate, day) is what is left of `stock` after `day` days at `rate` rounds a day, never below 0. */
export function remainingRounds(stock: number, rate: number, day: number): number {
  return Math.max(0, stock - rate * Math.max(0, day));
}

/** daysUntilEmpty(stock, rate) is how many days `stock` lasts at `rate` rounds a day: stock ÷ rate. */
export function daysUntilEmpty(stock: number, rate: number): number {
  if (!(rate > 0)) throw new RangeError('a rate of fire must be more than zero rounds a day');
  return stock / rate;
}

/** elapsedDays(progress, lastDay) maps progress 0..1 through a step linearly onto days 0..lastDay (clamped). */
export function elapsedDays(progress: number, lastDay: number): number {
  if (!(progress > 0)) return 0;
  return progress >= 1 ? lastDay : progress * lastDay;
}
