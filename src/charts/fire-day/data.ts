import { toRange } from '../../facts/arithmetic';
import { requireFact, type Ledger } from '../../facts/ledger';
import type { FireDayData } from './scene';

/** Rounds one square stands for: small enough to count, large enough to fit Russia's day. */
export const ROUNDS_PER_MARK = 100;

/** fireDayData(ledger) reads the figures fire-day draws from the ledger (build time only). */
export function fireDayData(ledger: Ledger): FireDayData {
  const where = 'graphic fire-day';
  const ukraine = requireFact(ledger, 'ukraine-daily-fire', where);
  const russia = requireFact(ledger, 'russia-daily-fire', where);
  const ratio = requireFact(ledger, 'russia-to-ukraine-fire-ratio', where);
  const ukraineRange = toRange(ukraine.value);
  return {
    roundsPerMark: ROUNDS_PER_MARK,
    ukraine: { ...ukraineRange, display: ukraine.display },
    russia: { value: toRange(russia.value).high, display: russia.display },
    ratioDisplay: ratio.display,
  };
}
