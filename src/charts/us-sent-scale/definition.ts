import { toRange } from '../../facts/arithmetic';
import { requireFact, type Ledger } from '../../facts/ledger';
import type { GraphicDefinition } from '../types';
import { FIRE_SOURCE_LINE } from '../fire-day/definition';
import { sentences, visibleTexts } from '../fire-day/scene-kit';
import { scaleData } from './data';
import { SCALE_SIZE, scaleScene } from './scene';
import { SCALE_STATE_NAMES } from './states';

/** describeUsSentScale(state, ledger) words the picture of `state` at the end of its step, from its scene. */
export function describeUsSentScale(state: string, ledger: Ledger): string {
  const scene = scaleScene(scaleData(ledger), state, SCALE_SIZE, 1);
  const count = (pattern: RegExp) => scene.nodes.filter((node) => node.visible && pattern.test(node.id)).length;
  const parts: string[] = [];
  const [key] = visibleTexts(scene, 'key');
  if (key) parts.push(key);
  const [purchase] = visibleTexts(scene, 'purchase-label');
  if (purchase) parts.push(`${purchase}, ${count(/^purchase-\d+$/)} squares`);
  const [sent] = visibleTexts(scene, 'sent-label');
  if (sent) parts.push(`${sent}, ${count(/^sent-\d+$/)} squares`);
  const ratio = visibleTexts(scene, 'ratio-');
  if (ratio.length > 0) parts.push(`${ratio.slice(0, 2).join(' ')} ${ratio.slice(2).join(' ')}`.replace(/:$/, ''));
  const [daysKey] = visibleTexts(scene, 'days-key');
  if (daysKey) {
    parts.push(daysKey);
    for (const group of ['purchase', 'sent']) {
      const [title = ''] = visibleTexts(scene, `days-${group}`);
      const rows = scene.nodes.filter((node) => node.visible && node.id.startsWith(`${group}-`) && node.id.endsWith('-label'));
      parts.push(`${title} ${rows.map((row) => row.text).join(', and ')}`);
    }
  }
  return sentences(parts);
}

/** The US shipments so far, nearly one million rounds, set against the planned 100,000, in rounds and in days. */
export const usSentScaleDefinition: GraphicDefinition = {
  name: 'us-sent-scale',
  title: 'What the US has sent, next to the planned purchase',
  takeaway: 'The US has already sent Ukraine nearly one million rounds, about 10 times the planned purchase. Yet at the daily rates a defence official gave the week before the report, even that many would be used up in months, not years.',
  sourceLine: FIRE_SOURCE_LINE,
  states: SCALE_STATE_NAMES,
  describe: describeUsSentScale,
  table(ledger) {
    const fact = (id: string) => requireFact(ledger, id, 'graphic us-sent-scale table');
    const row = (what: string, roundsId: string, ukraineId: string, russiaId: string) => {
      const ukraine = toRange(fact(ukraineId).value);
      return [what, fact(roundsId).display, toRange(fact(roundsId).value).high, ukraine.low, ukraine.high, toRange(fact(russiaId).value).high];
    };
    return {
      columns: [
        'Stock of 155mm rounds',
        'Rounds, as reported',
        'Rounds as a number (approximate for the “nearly one million” sent)',
        'Days they would last at Ukraine’s rate, low end (our arithmetic)',
        'Days they would last at Ukraine’s rate, high end (our arithmetic)',
        'Days they would last at Russia’s rate (our arithmetic)',
      ],
      rows: [
        row('Planned purchase from South Korean makers', 'purchase-rounds', 'days-purchase-ukraine', 'days-purchase-russia'),
        row('Sent by the US in recent months', 'us-rounds-sent', 'days-sent-ukraine', 'days-sent-russia'),
      ],
    };
  },
};
