import { describe, expect, it } from 'vitest';
import { buildGraphic } from '../../../../src/charts/kit/graphics';
import { FILL_END, scaleScene, type ScaleData } from '../../../../src/charts/us-sent-scale/scene';
import { STATE_NAMES as SCALE_STATE_NAMES } from '../../../../src/charts/us-sent-scale/states';
import { toRange } from '../../../../src/facts/arithmetic';
import { expectDescribesLabels, expectLabelsFromLedger, expectSameNodes, expectTitleFromLedger, ledger } from '../kit/support';

const scale = buildGraphic('us-sent-scale');
const SCALE_SIZE = scale.graphic.size;
const data = scale.data as ScaleData;
const scene = (state: string, progress = 1) => scaleScene(data, state, SCALE_SIZE, progress);
const shown = (state: string, pattern: RegExp, progress = 1) => scene(state, progress).nodes.filter((n) => n.visible && pattern.test(n.id));
const node = (state: string, id: string) => scene(state).nodes.find((n) => n.id === id)!;

describe('scaleScene(data, state, size, progress)', () => {
  it('draws one square per 10,000 rounds: 10 for the purchase, 100 for nearly one million sent', () => {
    const purchase = ledger.get('purchase-rounds')!.value as number;
    const sent = ledger.get('us-rounds-sent')!.value as number;
    expect(shown('scale-purchase', /^purchase-\d+$/)).toHaveLength(purchase / data.roundsPerSquare);
    expect(shown('scale-purchase', /^sent-\d+$/)).toHaveLength(0);
    expect(shown('scale-sent', /^sent-\d+$/)).toHaveLength(sent / data.roundsPerSquare);
  });

  it('fills the shipments in with progress in "scale-sent": none at 0, half at FILL_END / 2, all at FILL_END and 1', () => {
    expect(shown('scale-sent', /^sent-\d+$/, 0)).toHaveLength(0);
    expect(shown('scale-sent', /^sent-\d+$/, FILL_END / 2)).toHaveLength(50);
    expect(shown('scale-sent', /^sent-\d+$/, FILL_END)).toHaveLength(100);
    expect(shown('scale-sent', /^ratio-/, FILL_END / 2)).toHaveLength(0);
    expect(shown('scale-sent', /^ratio-/, 1)).toHaveLength(4);
  });

  it('draws days as bars to scale, ranges as a filled bar to the low end and an outlined bar to the high end', () => {
    const width = (id: string) => Number(node('scale-days', id).attrs.width);
    const perDay = width('sent-russia-bar') / toRange(ledger.get('days-sent-russia')!.value).high;
    const ukraine = toRange(ledger.get('days-sent-ukraine')!.value);
    expect(width('sent-ukraine-bar')).toBeCloseTo(ukraine.low * perDay, 1);
    expect(width('sent-ukraine-bar') + width('sent-ukraine-range') + 1.5).toBeCloseTo(ukraine.high * perDay, 1);
    expect(width('purchase-russia-bar')).toBeCloseTo(toRange(ledger.get('days-purchase-russia')!.value).high * perDay, 1);
    expect(node('scale-days', 'purchase-russia-range').visible).toBe(false);
    expect(shown('scale-days', /^(purchase|sent)-\d+$/)).toHaveLength(0);
  });

  it('hides the bars, at zero width, until "scale-days"', () => {
    expect(node('scale-sent', 'sent-ukraine-bar').visible).toBe(false);
    expect(node('scale-sent', 'sent-ukraine-bar').attrs.width).toBe(0);
  });

  it('has the same nodes in every state and at every progress', () => {
    expectSameNodes(SCALE_STATE_NAMES.flatMap((state) => [scene(state, 0), scene(state, 0.2), scene(state, 1)]));
  });

  it('writes on its labels only numbers from the ledger displays', () => {
    for (const state of SCALE_STATE_NAMES) expectLabelsFromLedger(scene(state));
    expect(node('scale-days', 'sent-ukraine-label').text).toBe('at Ukraine’s rate: about 143 to 250 days');
    expect(node('scale-days', 'sent-russia-label').text).toBe('at Russia’s rate: about 50 days');
    expect(node('scale-sent', 'ratio-1').text).toBe('about 10 times');
  });
});

describe('the us-sent-scale graphic (src/charts/us-sent-scale/index.ts)', () => {
  it('describe(state) mentions every number the picture shows', () => {
    for (const state of SCALE_STATE_NAMES) expectDescribesLabels(scale, scene(state), state);
    expect(scale.describe('scale-sent')).toBe(
      'Each square is 10,000 rounds. Planned purchase: 100,000 rounds, 10 squares. Sent by the US: nearly one million rounds, 100 squares. About 10 times the purchase: each row is one purchase.',
    );
  });

  it('table() gives both stocks in rounds and in days at each rate, from the ledger', () => {
    const table = scale.table();
    expect(table.rows).toEqual([
      ['Planned purchase from South Korean makers', '100,000', 100000, 100000 / 7000, 25, 5],
      ['Sent by the US in recent months', 'nearly one million', 1000000, 1000000 / 7000, 250, 50],
    ]);
    expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
  });

  it('table() keeps the hedge: the raw number of rounds sent sits next to “nearly one million”, under a heading that calls it approximate', () => {
    const table = scale.table();
    const sent = table.rows.find((row) => row.includes(1000000))!;
    expect(sent[sent.indexOf(1000000) - 1]).toBe('nearly one million');
    expect(table.columns[sent.indexOf(1000000)]).toMatch(/approximate/);
  });

  it('writes no number in title or takeaway outside the ledger', () => {
    expectTitleFromLedger(scale);
  });
});
