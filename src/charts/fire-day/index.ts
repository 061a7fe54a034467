import './style.css';
import { formatNumber } from '../../facts/format';
import { defineGraphic } from '../kit/contract';
import { sentences, visibleTexts } from '../kit/scene';
import { FIRE_DAY_SIZE, fireDayScene, type FireDayData } from './scene';
import { STATE_NAMES } from './states';
import words from './words.json';

/** Rounds one square stands for: small enough to count, large enough to fit Russia's day. */
export const ROUNDS_PER_MARK = 100;

/** A day of fire: Ukraine's range of rounds a day against Russia's, one square per 100 rounds. */
export default defineGraphic({
  name: 'fire-day',
  states: STATE_NAMES,
  size: FIRE_DAY_SIZE,
  words,
  data({ t, facts, locale }): FireDayData {
    const ukraine = facts.range('ukraine-daily-fire');
    const russia = facts.range('russia-daily-fire').high;
    const number = (value: number) => formatNumber(value, 0, locale);
    return {
      roundsPerMark: ROUNDS_PER_MARK,
      ukraine: { ...ukraine, display: facts.display('ukraine-daily-fire') },
      russia: { value: russia, display: facts.display('russia-daily-fire') },
      ratioDisplay: facts.display('russia-to-ukraine-fire-ratio'),
      text: {
        key: t('key', { rounds: number(ROUNDS_PER_MARK) }),
        ukraine: t('label.ukraine', { display: facts.display('ukraine-daily-fire') }),
        filled: t('note.filled', { low: number(ukraine.low) }),
        outlined: t('note.outlined', { high: number(ukraine.high) }),
        russia: t('label.russia', { display: facts.display('russia-daily-fire') }),
        compare: t('compare', { ratio: facts.display('russia-to-ukraine-fire-ratio') }),
      },
    };
  },
  scene: fireDayScene,
  describe(_data, _state, { t }, scene) {
    const shown = (pattern: RegExp) => scene.nodes.filter((node) => node.visible && pattern.test(node.id));
    const parts = visibleTexts(scene, 'key');
    const [ukraineLabel] = visibleTexts(scene, 'ukraine-label');
    if (ukraineLabel) {
      const marks = shown(/^ukraine-\d+$/);
      const outlined = marks.filter((node) => node.className.includes('outline')).length;
      parts.push(t('describe.ukraine', { label: ukraineLabel, filled: marks.length - outlined, outlined }));
    }
    const [russiaLabel] = visibleTexts(scene, 'russia-label');
    if (russiaLabel) parts.push(t('describe.russia', { label: russiaLabel, count: shown(/^russia-\d+$/).length }));
    parts.push(...visibleTexts(scene, 'compare'));
    return sentences(parts);
  },
  table(data, { t }) {
    return {
      columns: [t('table.country'), t('table.reported'), t('table.low'), t('table.high')],
      rows: [
        [t('country.ukraine'), data.ukraine.display, data.ukraine.low, data.ukraine.high],
        [t('country.russia'), data.russia.display, data.russia.value, data.russia.value],
      ],
    };
  },
});
