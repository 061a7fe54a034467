import { describe, expect, it } from 'vitest';
import { buildGraphic } from '../../../../src/charts/kit/graphics';
import { daysUntilEmpty } from '../../../../src/charts/drawdown/arithmetic';
import { dayShown, drawdownScene, type DrawdownData } from '../../../../src/charts/drawdown/scene';
import { STATE_NAMES as DRAWDOWN_STATE_NAMES } from '../../../../src/charts/drawdown/states';
import { toRange } from '../../../../src/facts/arithmetic';
import { expectDescribesLabels, expectLabelsFromLedger, expectSameNodes, expectTitleFromLedger, ledger } from '../kit/support';

const drawdown = buildGraphic('drawdown');
const DRAWDOWN_SIZE = drawdown.graphic.size;
const data = drawdown.data as DrawdownData;
const scene = (state: string, progress = 1) => drawdownScene(data, state, DRAWDOWN_SIZE, progress);
const node = (state: string, id: string, progress = 1) => scene(state, progress).nodes.find((n) => n.id === id)!;
/** The rounds left that a dot shows, read back from its height on the plot. */
const roundsAt = (state: string, id: string, progress: number) => {
  const top = Number(node(state, 'grid-100000').attrs.y1);
  const bottom = Number(node(state, 'grid-0').attrs.y1);
  return ((bottom - Number(node(state, id, progress).attrs.cy)) / (bottom - top)) * data.stock.value;
};

describe('dayShown(state, progress, lastDay)', () => {
  it('is day 0 in "drawdown-start" and the last day in "drawdown-end", whatever the progress', () => {
    expect(dayShown('drawdown-start', 0.7, 25)).toBe(0);
    expect(dayShown('drawdown-end', 0, 25)).toBe(25);
  });

  it('follows progress through "drawdown-run": 0, 0.2, 0.5 and 1 are days 0, 5, 12.5 and 25', () => {
    expect([0, 0.2, 0.5, 1].map((progress) => dayShown('drawdown-run', progress, 25))).toEqual([0, 5, 12.5, 25]);
  });
});

describe('drawdownScene(data, state, size, progress)', () => {
  it('ends the day axis where the purchase runs out at Ukraine’s low rate (the ledger’s days-purchase-ukraine high end)', () => {
    const ukraineDays = toRange(ledger.get('days-purchase-ukraine')!.value);
    expect(data.ukraineDays.high).toBe(ukraineDays.high);
    expect(daysUntilEmpty(data.stock.value, data.ukraineRate.low)).toBe(ukraineDays.high);
    expect(daysUntilEmpty(data.stock.value, data.ukraineRate.high)).toBe(ukraineDays.low);
    expect(daysUntilEmpty(data.stock.value, data.russiaRate.value)).toBe(toRange(ledger.get('days-purchase-russia')!.value).high);
  });

  it('starts every stock full at progress 0 of "drawdown-run", as in "drawdown-start"', () => {
    for (const dot of ['russia-dot', 'ukraine-fast-dot', 'ukraine-slow-dot']) {
      expect(roundsAt('drawdown-run', dot, 0)).toBeCloseTo(100000, 0);
      expect(node('drawdown-run', dot, 0).attrs).toEqual(node('drawdown-start', dot).attrs);
    }
  });

  it('draws the stock left on the day progress reaches: day 2.5 at progress 0.1', () => {
    expect(roundsAt('drawdown-run', 'russia-dot', 0.1)).toBeCloseTo(50000, 0);
    expect(roundsAt('drawdown-run', 'ukraine-fast-dot', 0.1)).toBeCloseTo(82500, 0);
    expect(roundsAt('drawdown-run', 'ukraine-slow-dot', 0.1)).toBeCloseTo(90000, 0);
  });

  it('empties Russia’s stock on day 5 (progress 0.2) and keeps it empty after', () => {
    expect(roundsAt('drawdown-run', 'russia-dot', 0.2)).toBeCloseTo(0, 0);
    expect(roundsAt('drawdown-run', 'russia-dot', 0.6)).toBeCloseTo(0, 0);
    expect(node('drawdown-run', 'russia-lasts', 0.19).visible).toBe(false);
    expect(node('drawdown-run', 'russia-lasts', 0.2).visible).toBe(true);
  });

  it('empties both ends of Ukraine’s range at the end of the step, as in "drawdown-end"', () => {
    for (const dot of ['ukraine-fast-dot', 'ukraine-slow-dot']) {
      expect(roundsAt('drawdown-run', dot, 1)).toBeCloseTo(0, 0);
      expect(node('drawdown-run', dot, 1).attrs).toEqual(node('drawdown-end', dot).attrs);
    }
    expect(node('drawdown-run', 'ukraine-lasts', 0.99).visible).toBe(false);
    expect(node('drawdown-end', 'ukraine-lasts').visible).toBe(true);
  });

  it('keeps every path’s shape (number of points) at any progress, so transitions interpolate cleanly', () => {
    const shape = (progress: number) =>
      scene('drawdown-run', progress)
        .nodes.filter((n) => n.tag === 'path')
        .map((n) => String(n.attrs.d).replace(/[\d.-]+/g, '#'));
    expect(shape(0)).toEqual(shape(0.37));
    expect(shape(0.37)).toEqual(shape(1));
  });

  it('has the same nodes in every state and at every progress', () => {
    expectSameNodes(DRAWDOWN_STATE_NAMES.flatMap((state) => [scene(state, 0), scene(state, 0.5), scene(state, 1)]));
  });

  it('writes on its labels only numbers from the ledger displays', () => {
    for (const state of DRAWDOWN_STATE_NAMES) expectLabelsFromLedger(scene(state));
    expect(node('drawdown-end', 'ukraine-lasts').text).toBe('would last about 14 to 25 days');
    expect(node('drawdown-end', 'russia-lasts').text).toBe('would last about 5 days');
  });
});

describe('the drawdown graphic (src/charts/drawdown/index.ts)', () => {
  it('describe(state) mentions every number the picture shows', () => {
    for (const state of DRAWDOWN_STATE_NAMES) expectDescribesLabels(drawdown, scene(state), state);
    expect(drawdown.describe('drawdown-end')).toBe(
      'Rounds left of the planned 100,000, day by day. At Russia’s rate, around 20,000 a day: the rounds would last about 5 days. At Ukraine’s rate, 4,000 to 7,000 a day: the rounds would last about 14 to 25 days.',
    );
  });

  it('table() gives rates and days as low and high columns, from the ledger', () => {
    const table = drawdown.table();
    expect(table.rows).toEqual([
      ['Ukraine', 100000, 4000, 7000, 100000 / 7000, 25, 'about 14 to 25'],
      ['Russia', 100000, 20000, 20000, 5, 5, 'about 5'],
    ]);
    expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
  });

  it('writes no number in title or takeaway outside the ledger', () => {
    expectTitleFromLedger(drawdown);
  });
});
