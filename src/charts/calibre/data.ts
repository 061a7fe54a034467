import { toRange } from '../../facts/arithmetic';
import { requireFact, type Ledger } from '../../facts/ledger';
import type { CalibreData } from './scene';

/** calibreData(ledger) reads the calibres and the howitzer count from the ledger (build time only). */
export function calibreData(ledger: Ledger): CalibreData {
  const fact = (id: string) => requireFact(ledger, id, 'graphic calibre');
  const calibre = (id: string) => ({ value: toRange(fact(id).value).high, display: fact(id).display });
  return {
    soviet: calibre('calibre-soviet'),
    nato: calibre('calibre-nato'),
    howitzersDisplay: fact('us-howitzers-sent').display,
  };
}
