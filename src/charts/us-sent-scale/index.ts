import './style.css';
import { formatNumber } from '../../facts/format';
import { LANGUAGE_TAGS } from '../../i18n/locales';
import { defineGraphic } from '../kit/contract';
import { numberMarks, sentences, visibleTexts } from '../kit/scene';
import { scaleScene, type DaysFigure, type ScaleData } from './scene';
import { STATE_NAMES } from './states';
import words from './words.json';

/** Rounds one square stands for: the purchase is one row of ten. */
export const ROUNDS_PER_SQUARE = 10_000;

/** The US shipments so far, nearly one million rounds, set against the planned 100,000, in rounds and in days. */
export default defineGraphic({
  name: 'us-sent-scale',
  states: STATE_NAMES,
  size: { width: 360, height: 326 },
  words,
  data({ t, facts, locale }): ScaleData {
    const rounds = (id: string) => ({ value: facts.range(id).high, display: facts.display(id) });
    const days = (id: string): DaysFigure => ({ ...facts.range(id), display: facts.display(id) });
    const purchase = rounds('purchase-rounds');
    const sent = rounds('us-rounds-sent');
    const ratioDisplay = facts.display('sent-to-purchase-ratio');
    const figures = {
      purchaseUkraine: days('days-purchase-ukraine'),
      purchaseRussia: days('days-purchase-russia'),
      sentUkraine: days('days-sent-ukraine'),
      sentRussia: days('days-sent-russia'),
    };
    return {
      marks: numberMarks(LANGUAGE_TAGS[locale]),
      roundsPerSquare: ROUNDS_PER_SQUARE,
      purchase,
      sent,
      ratioDisplay,
      days: figures,
      text: {
        key: t('key', { rounds: formatNumber(ROUNDS_PER_SQUARE, 0, locale) }),
        purchase: t('label.purchase', { rounds: purchase.display }),
        sent: t('label.sent', { rounds: sent.display }),
        ratio: [t('ratio.times', { ratio: ratioDisplay }), t('ratio.purchase'), t('ratio.row'), t('ratio.one')],
        daysKey: t('days.key'),
        daysPurchase: t('days.purchase', { rounds: purchase.display }),
        daysSent: t('days.sent', { rounds: sent.display }),
        purchaseUkraine: t('days.ukraine', { days: figures.purchaseUkraine.display }),
        purchaseRussia: t('days.russia', { days: figures.purchaseRussia.display }),
        sentUkraine: t('days.ukraine', { days: figures.sentUkraine.display }),
        sentRussia: t('days.russia', { days: figures.sentRussia.display }),
        daysTitle: t('days.axis'),
      },
    };
  },
  scene: scaleScene,
  describe(_data, _state, { t }, scene) {
    const count = (pattern: RegExp) => scene.nodes.filter((node) => node.visible && pattern.test(node.id)).length;
    const parts: string[] = [];
    const [key] = visibleTexts(scene, 'key');
    if (key) parts.push(key);
    const [purchase] = visibleTexts(scene, 'purchase-label');
    if (purchase) parts.push(t('describe.squares', { label: purchase, count: count(/^purchase-\d+$/) }));
    const [sent] = visibleTexts(scene, 'sent-label');
    if (sent) parts.push(t('describe.squares', { label: sent, count: count(/^sent-\d+$/) }));
    const ratio = visibleTexts(scene, 'ratio-');
    if (ratio.length > 0) parts.push(`${ratio.slice(0, 2).join(' ')} ${ratio.slice(2).join(' ')}`.replace(/:$/, ''));
    const [daysKey] = visibleTexts(scene, 'days-key');
    if (daysKey) {
      parts.push(daysKey);
      for (const group of ['purchase', 'sent']) {
        const [title = ''] = visibleTexts(scene, `days-${group}`);
        const rows = scene.nodes.filter((node) => node.visible && node.id.startsWith(`${group}-`) && node.id.endsWith('-label'));
        parts.push(t('describe.rows', { title, rows: rows.map((row) => row.text).join(t('describe.and')) }));
      }
    }
    return sentences(parts);
  },
  table(data, { t }) {
    const row = (what: string, stock: { value: number; display: string }, ukraine: DaysFigure, russia: DaysFigure) => [
      what,
      stock.display,
      stock.value,
      ukraine.low,
      ukraine.high,
      russia.high,
    ];
    return {
      columns: (['table.stock', 'table.reported', 'table.number', 'table.ukraineLow', 'table.ukraineHigh', 'table.russia'] as const).map((key) => t(key)),
      rows: [
        row(t('row.purchase'), data.purchase, data.days.purchaseUkraine, data.days.purchaseRussia),
        row(t('row.sent'), data.sent, data.days.sentUkraine, data.days.sentRussia),
      ],
    };
  },
});
