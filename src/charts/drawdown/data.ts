import { toRange } from '../../facts/arithmetic';
import { requireFact, type Ledger } from '../../facts/ledger';
import type { DrawdownData } from './scene';

/** drawdownData(ledger) reads the figures the drawdown draws from the ledger (build time only). */
export function drawdownData(ledger: Ledger): DrawdownData {
  const fact = (id: string) => requireFact(ledger, id, 'graphic drawdown');
  const stock = fact('purchase-rounds');
  const ukraineRate = fact('ukraine-daily-fire');
  const russiaRate = fact('russia-daily-fire');
  const ukraineDays = fact('days-purchase-ukraine');
  const russiaDays = fact('days-purchase-russia');
  return {
    stock: { value: toRange(stock.value).high, display: stock.display },
    ukraineRate: { ...toRange(ukraineRate.value), display: ukraineRate.display },
    russiaRate: { value: toRange(russiaRate.value).high, display: russiaRate.display },
    ukraineDays: { ...toRange(ukraineDays.value), display: ukraineDays.display },
    russiaDays: { value: toRange(russiaDays.value).high, display: russiaDays.display },
  };
}
