import { describe, expect, it } from 'vitest';
import { buildGraphic } from '../../../../src/charts/kit/graphics';
import { FILL_END, fireDayScene, marksShown, type FireDayData } from '../../../../src/charts/fire-day/scene';
import { STATE_NAMES as FIRE_DAY_STATE_NAMES } from '../../../../src/charts/fire-day/states';
import { toRange } from '../../../../src/facts/arithmetic';
import { expectDescribesLabels, expectLabelsFromLedger, expectSameNodes, expectTitleFromLedger, ledger } from '../kit/support';

const fireDay = buildGraphic('fire-day');
const FIRE_DAY_SIZE = fireDay.graphic.size;
const data = fireDay.data as FireDayData;
const scene = (state: string, progress = 1) => fireDayScene(data, state, FIRE_DAY_SIZE, progress);
const marks = (state: string, country: string, progress = 1) =>
  scene(state, progress).nodes.filter((node) => new RegExp(`^${country}-\\d+$`).test(node.id));
const visible = <T extends { visible: boolean }>(nodes: T[]) => nodes.filter((node) => node.visible);

describe('fireDayScene(data, state, size, progress)', () => {
  it('draws one square per 100 rounds: Ukraine 4,000 filled then up to 7,000 outlined, Russia 20,000', () => {
    const ukraine = toRange(ledger.get('ukraine-daily-fire')!.value);
    const russia = toRange(ledger.get('russia-daily-fire')!.value);
    const ukraineMarks = marks('fire-compare', 'ukraine');
    expect(ukraineMarks).toHaveLength(ukraine.high / data.roundsPerMark);
    expect(ukraineMarks.filter((node) => !node.className.includes('outline'))).toHaveLength(ukraine.low / data.roundsPerMark);
    expect(ukraineMarks.filter((node) => node.className.includes('outline'))).toHaveLength((ukraine.high - ukraine.low) / data.roundsPerMark);
    expect(visible(marks('fire-compare', 'russia'))).toHaveLength(russia.high / data.roundsPerMark);
  });

  it('fills Ukraine in with progress in "fire-ukraine": none at 0, half at FILL_END / 2, all from FILL_END to 1', () => {
    expect(visible(marks('fire-ukraine', 'ukraine', 0))).toHaveLength(0);
    expect(visible(marks('fire-ukraine', 'ukraine', FILL_END / 2))).toHaveLength(35);
    expect(visible(marks('fire-ukraine', 'ukraine', FILL_END))).toHaveLength(70);
    expect(visible(marks('fire-ukraine', 'ukraine', 1))).toHaveLength(70);
    expect(visible(marks('fire-ukraine', 'russia', 1))).toHaveLength(0);
  });

  it('fills in squares in order, so the filled low end comes before the outlined high end', () => {
    const shown = visible(marks('fire-ukraine', 'ukraine', FILL_END * (40 / 70)));
    expect(shown).toHaveLength(40);
    expect(shown.every((node) => !node.className.includes('outline'))).toBe(true);
  });

  it('keeps Ukraine whole and fills Russia in with progress in "fire-russia"', () => {
    expect(visible(marks('fire-russia', 'ukraine', 0))).toHaveLength(70);
    expect(visible(marks('fire-russia', 'russia', 0))).toHaveLength(0);
    expect(visible(marks('fire-russia', 'russia', 0.1))).toHaveLength(40);
    expect(visible(marks('fire-russia', 'russia', 1))).toHaveLength(200);
  });

  it('shows the ratio only in "fire-compare", whatever the progress', () => {
    const ratio = (state: string, progress: number) => scene(state, progress).nodes.find((node) => node.id === 'compare')!;
    expect(ratio('fire-compare', 0).visible).toBe(true);
    expect(ratio('fire-compare', 0).text).toBe('Russia’s rate ÷ Ukraine’s: about 2.9 to 5');
    expect(ratio('fire-russia', 1).visible).toBe(false);
  });

  it('has the same nodes in every state and at every progress', () => {
    expectSameNodes(FIRE_DAY_STATE_NAMES.flatMap((state) => [scene(state, 0), scene(state, 0.3), scene(state, 1)]));
  });

  it('writes on its labels only numbers from the ledger displays', () => {
    for (const state of FIRE_DAY_STATE_NAMES) expectLabelsFromLedger(scene(state));
    const texts = scene('fire-compare').nodes.map((node) => node.text);
    expect(texts).toContain('Ukraine: 4,000 to 7,000 rounds a day');
    expect(texts).toContain('Russia: around 20,000 rounds a day');
  });

  it('stays inside its viewBox', () => {
    for (const node of scene('fire-compare').nodes) {
      const { x = 0, y = 0, width = 0, height = 0 } = node.attrs as Record<string, number>;
      expect(x + width).toBeLessThanOrEqual(FIRE_DAY_SIZE.width);
      expect(y + height).toBeLessThanOrEqual(FIRE_DAY_SIZE.height);
    }
  });

  it('refuses an unknown state, naming the known ones', () => {
    expect(() => scene('fire-nope')).toThrow(/fire-ukraine/);
  });
});

describe('marksShown(fill, total, progress)', () => {
  it('shows none when hidden and all when full, whatever the progress', () => {
    expect(marksShown('hidden', 70, 1)).toBe(0);
    expect(marksShown('full', 70, 0)).toBe(70);
  });
});

describe('the fire-day graphic (src/charts/fire-day/index.ts)', () => {
  it('describe(state) mentions every number the picture shows', () => {
    for (const state of FIRE_DAY_STATE_NAMES) expectDescribesLabels(fireDay, scene(state), state);
    expect(fireDay.describe('fire-ukraine')).toBe(
      'Each square is 100 rounds. Ukraine: 4,000 to 7,000 rounds a day: 40 filled squares for the low end, then 30 outlined squares up to the high end.',
    );
  });

  it('table() gives each country’s rounds a day as low and high columns, from the ledger', () => {
    expect(fireDay.table()).toEqual({
      columns: [
        'Country',
        'Rounds a day it was firing, as the official put it',
        'Rounds a day, low end (approximate where the official said “around”)',
        'Rounds a day, high end',
      ],
      rows: [
        ['Ukraine', '4,000 to 7,000', 4000, 7000],
        ['Russia', 'around 20,000', 20000, 20000],
      ],
    });
  });

  it('gives the rates as one defence official’s figures, in the past tense, never as a timeless “fires”', () => {
    expect(fireDay.takeaway).toMatch(/defence official/);
    expect(fireDay.takeaway).toMatch(/was firing/);
    const words = [fireDay.title, fireDay.takeaway, ...FIRE_DAY_STATE_NAMES.map((state) => fireDay.describe(state))];
    for (const text of words) expect(text).not.toMatch(/\bfires\b/);
  });

  it('lists its states in story order and writes no number in title or takeaway outside the ledger', () => {
    expect(fireDay.graphic.states).toEqual(['fire-ukraine', 'fire-russia', 'fire-compare']);
    expectTitleFromLedger(fireDay);
  });
});
