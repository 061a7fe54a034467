import { toRange } from '../../facts/arithmetic';
import { requireFact, type Ledger } from '../../facts/ledger';
import type { DaysFigure, ScaleData } from './scene';

/** Rounds one square stands for: the purchase is one row of ten. */
export const ROUNDS_PER_SQUARE = 10_000;

/** scaleData(ledger) reads the figures us-sent-scale draws from the ledger (build time only). */
export function scaleData(ledger: Ledger): ScaleData {
  const fact = (id: string) => requireFact(ledger, id, 'graphic us-sent-scale');
  const rounds = (id: string) => ({ value: toRange(fact(id).value).high, display: fact(id).display });
  const days = (id: string): DaysFigure => ({ ...toRange(fact(id).value), display: fact(id).display });
  return {
    roundsPerSquare: ROUNDS_PER_SQUARE,
    purchase: rounds('purchase-rounds'),
    sent: rounds('us-rounds-sent'),
    ratioDisplay: fact('sent-to-purchase-ratio').display,
    days: {
      purchaseUkraine: days('days-purchase-ukraine'),
      purchaseRussia: days('days-purchase-russia'),
      sentUkraine: days('days-sent-ukraine'),
      sentRussia: days('days-sent-russia'),
    },
  };
}
