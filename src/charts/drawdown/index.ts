import './style.css';
import { formatNumber } from '../../facts/format';
import { LANGUAGE_TAGS } from '../../i18n/locales';
import { defineGraphic } from '../kit/contract';
import { numberMarks, sentences, visibleTexts } from '../kit/scene';
import { drawdownScene, type DrawdownData } from './scene';
import { STATE_NAMES } from './states';
import words from './words.json';

/** How long the planned 100,000 rounds would last: the purchase drawn down at each country's reported rate of fire. */
export default defineGraphic({
  name: 'drawdown',
  states: STATE_NAMES,
  size: { width: 360, height: 364 },
  words,
  data({ t, facts, locale }): DrawdownData {
    const single = (id: string) => ({ value: facts.range(id).high, display: facts.display(id) });
    const range = (id: string) => ({ ...facts.range(id), display: facts.display(id) });
    const stock = single('purchase-rounds');
    const ukraineRate = range('ukraine-daily-fire');
    const russiaRate = single('russia-daily-fire');
    const ukraineDays = range('days-purchase-ukraine');
    const russiaDays = single('days-purchase-russia');
    return {
      marks: numberMarks(LANGUAGE_TAGS[locale]),
      stock,
      ukraineRate,
      russiaRate,
      ukraineDays,
      russiaDays,
      text: {
        xTitle: t('axis.days'),
        yTitle: t('axis.rounds', { stock: stock.display }),
        russiaRate: t('rate.russia', { rate: russiaRate.display }),
        russiaLasts: t('lasts', { days: russiaDays.display }),
        ukraineRate: t('rate.ukraine', { rate: ukraineRate.display }),
        ukraineLasts: t('lasts', { days: ukraineDays.display }),
        russiaEnd: t('end.russia'),
        ukraineFastEnd: t('end.rate', { rate: formatNumber(ukraineRate.high, 0, locale) }),
        ukraineSlowEnd: t('end.rate', { rate: formatNumber(ukraineRate.low, 0, locale) }),
      },
    };
  },
  scene: drawdownScene,
  describe(_data, _state, { t }, scene) {
    const [title = ''] = visibleTexts(scene, 'ytitle');
    const lasts = (country: string) => {
      const [rate = ''] = visibleTexts(scene, `${country}-rate`);
      const [result] = visibleTexts(scene, `${country}-lasts`);
      return result ? t('describe.lasts', { rate, result }) : rate;
    };
    const anyResult = visibleTexts(scene, 'russia-lasts').length + visibleTexts(scene, 'ukraine-lasts').length > 0;
    return sentences([t(anyResult ? 'describe.title' : 'describe.full', { title }), lasts('russia'), lasts('ukraine')]);
  },
  table(data, { t }) {
    const row = (who: string, rate: { low: number; high: number }, days: { low: number; high: number; display: string }) => [
      who,
      data.stock.value,
      rate.low,
      rate.high,
      days.low,
      days.high,
      days.display,
    ];
    const russiaRate = { low: data.russiaRate.value, high: data.russiaRate.value };
    const russiaDays = { low: data.russiaDays.value, high: data.russiaDays.value, display: data.russiaDays.display };
    return {
      columns: (['table.rate', 'table.stock', 'table.rateLow', 'table.rateHigh', 'table.daysLow', 'table.daysHigh', 'table.daysShown'] as const).map((key) => t(key)),
      rows: [row(t('country.ukraine'), data.ukraineRate, data.ukraineDays), row(t('country.russia'), russiaRate, russiaDays)],
    };
  },
});
