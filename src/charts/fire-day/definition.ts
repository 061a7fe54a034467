import { toRange } from '../../facts/arithmetic';
import { requireFact, type Ledger } from '../../facts/ledger';
import { SOURCES } from '../../facts/sources';
import type { GraphicDefinition } from '../types';
import { fireDayData } from './data';
import { sentences, visibleTexts } from './scene-kit';
import { FIRE_DAY_SIZE, fireDayScene } from './scene';
import { FIRE_DAY_STATE_NAMES } from './states';

/** Source line shared by the issue-5 graphics that rest on the defence official's rates. */
export const FIRE_SOURCE_LINE = `Source: ${SOURCES.article.title}. The rates of fire are what one defence official said the week before the report. Derived figures: our arithmetic, rounded as shown.`;

/** describeFireDay(state, ledger) words the picture of `state` at the end of its step, from its scene. */
export function describeFireDay(state: string, ledger: Ledger): string {
  const scene = fireDayScene(fireDayData(ledger), state, FIRE_DAY_SIZE, 1);
  const shown = (pattern: RegExp) => scene.nodes.filter((node) => node.visible && pattern.test(node.id));
  const parts = visibleTexts(scene, 'key');
  const [ukraineLabel] = visibleTexts(scene, 'ukraine-label');
  if (ukraineLabel) {
    const marks = shown(/^ukraine-\d+$/);
    const outlined = marks.filter((node) => node.className.includes('outline')).length;
    parts.push(`${ukraineLabel}: ${marks.length - outlined} filled squares for the low end, then ${outlined} outlined squares up to the high end`);
  }
  const [russiaLabel] = visibleTexts(scene, 'russia-label');
  if (russiaLabel) parts.push(`${russiaLabel}: ${shown(/^russia-\d+$/).length} squares`);
  parts.push(...visibleTexts(scene, 'compare'));
  return sentences(parts);
}

/** A day of fire: Ukraine's range of rounds a day against Russia's, one square per 100 rounds. */
export const fireDayDefinition: GraphicDefinition = {
  name: 'fire-day',
  title: 'A day of artillery fire, in one official’s figures',
  takeaway: 'By the figures a defence official gave the week before the report, Russia was firing several times as many artillery rounds a day as Ukraine.',
  sourceLine: FIRE_SOURCE_LINE,
  states: FIRE_DAY_STATE_NAMES,
  describe: describeFireDay,
  table(ledger) {
    const row = (who: string, id: string) => {
      const fact = requireFact(ledger, id, 'graphic fire-day table');
      const { low, high } = toRange(fact.value);
      return [who, fact.display, low, high];
    };
    return {
      columns: [
        'Country',
        'Rounds a day it was firing, as the official put it',
        'Rounds a day, low end (approximate where the official said “around”)',
        'Rounds a day, high end',
      ],
      rows: [row('Ukraine', 'ukraine-daily-fire'), row('Russia', 'russia-daily-fire')],
    };
  },
};
