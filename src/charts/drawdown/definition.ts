import { toRange } from '../../facts/arithmetic';
import { requireFact, type Ledger } from '../../facts/ledger';
import type { GraphicDefinition } from '../types';
import { FIRE_SOURCE_LINE } from '../fire-day/definition';
import { sentences, visibleTexts } from '../fire-day/scene-kit';
import { drawdownData } from './data';
import { DRAWDOWN_SIZE, drawdownScene } from './scene';
import { DRAWDOWN_STATE_NAMES } from './states';

/** describeDrawdown(state, ledger) words the picture of `state` at the end of its step, from its scene. */
export function describeDrawdown(state: string, ledger: Ledger): string {
  const scene = drawdownScene(drawdownData(ledger), state, DRAWDOWN_SIZE, 1);
  const [title = ''] = visibleTexts(scene, 'ytitle');
  const lasts = (country: string) => {
    const [rate = ''] = visibleTexts(scene, `${country}-rate`);
    const [result] = visibleTexts(scene, `${country}-lasts`);
    return result ? `${rate}: the rounds ${result}` : rate;
  };
  const anyResult = visibleTexts(scene, 'russia-lasts').length + visibleTexts(scene, 'ukraine-lasts').length > 0;
  return sentences([`${title}, day by day${anyResult ? '' : ': all of them, before any are fired'}`, lasts('russia'), lasts('ukraine')]);
}

/** How long 100,000 rounds would last: the planned purchase drawn down at each country's reported rate of fire. */
export const drawdownDefinition: GraphicDefinition = {
  name: 'drawdown',
  title: 'How long 100,000 rounds would last',
  takeaway: 'At the daily rates a defence official gave the week before the report, the planned purchase would run out within a few weeks at Ukraine’s pace, and in under a week at Russia’s.',
  sourceLine: FIRE_SOURCE_LINE,
  states: DRAWDOWN_STATE_NAMES,
  describe: describeDrawdown,
  table(ledger) {
    const fact = (id: string) => requireFact(ledger, id, 'graphic drawdown table');
    const stock = toRange(fact('purchase-rounds').value).high;
    const row = (who: string, rateId: string, daysId: string) => {
      const rate = toRange(fact(rateId).value);
      const days = toRange(fact(daysId).value);
      return [who, stock, rate.low, rate.high, days.low, days.high, fact(daysId).display];
    };
    return {
      columns: [
        'At the rate of',
        'Rounds in the planned purchase',
        'Rounds a day, low end (the official’s figures; approximate where given as “around”)',
        'Rounds a day, high end',
        'Days they would last, low end (our arithmetic: rounds ÷ rounds a day)',
        'Days they would last, high end (our arithmetic)',
        'Days, as shown (rounded)',
      ],
      rows: [row('Ukraine', 'ukraine-daily-fire', 'days-purchase-ukraine'), row('Russia', 'russia-daily-fire', 'days-purchase-russia')],
    };
  },
};
