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

/** The scale of what the US has sent: nearly one million rounds against the 100,000 purchase, in rounds and in days. */
export const usSentScaleDefinition: GraphicDefinition = {
  name: 'us-sent-scale',
  title: 'The scale of what the US has sent',
  takeaway: 'What the US has already sent dwarfs the new purchase, yet at these rates of fire even that lasts months, not years.',
  sourceLine: FIRE_SOURCE_LINE,
  states: SCALE_STATE_NAMES,
  describe: describeUsSentScale,
  table(ledger) {
    const fact = (id: string) => requireFact(ledger, id, 'graphic us-sent-scale table');
    const row = (what: string, roundsId: string, ukraineId: string, russiaId: string) => {
      const ukraine = toRange(fact(ukraineId).value);
      return [what, toRange(fact(roundsId).value).high, fact(roundsId).display, ukraine.low, ukraine.high, toRange(fact(russiaId).value).high];
    };
    return {
      columns: [
        'Stock of 155mm rounds',
        'Rounds',
        'Rounds, as reported',
        'Days at Ukraine’s rate (low)',
        'Days at Ukraine’s rate (high)',
        'Days at Russia’s rate',
      ],
      rows: [
        row('Planned purchase from South Korean makers', 'purchase-rounds', 'days-purchase-ukraine', 'days-purchase-russia'),
        row('Sent by the US in recent months', 'us-rounds-sent', 'days-sent-ukraine', 'days-sent-russia'),
      ],
    };
  },
};
