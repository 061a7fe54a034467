import { describe, expect, it } from 'vitest';
import { buildGraphic } from '../../../../src/charts/kit/graphics';
import { calibreScene, dimensionLine, shellOutline, shellWidth, type CalibreData } from '../../../../src/charts/calibre/scene';
import { STATE_NAMES as CALIBRE_STATE_NAMES } from '../../../../src/charts/calibre/states';
import { expectDescribesLabels, expectLabelsFromLedger, expectSameNodes, expectTitleFromLedger, ledger } from '../kit/support';

const calibre = buildGraphic('calibre');
const CALIBRE_SIZE = calibre.graphic.size;
const data = calibre.data as CalibreData;
const scene = (state: string, progress = 1) => calibreScene(data, state, CALIBRE_SIZE, progress);
const node = (state: string, id: string) => scene(state).nodes.find((n) => n.id === id)!;
/** Leftmost and rightmost x of a path's points. */
const span = (d: string) => {
  const xs = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
  return Math.max(...xs) - Math.min(...xs);
};

describe('shellWidth(calibre)', () => {
  it('draws diameters in the ratio of the calibres, 152 : 155', () => {
    expect(shellWidth(152) / shellWidth(155)).toBeCloseTo(152 / 155, 12);
  });
});

describe('shellOutline(cx, baseY, width) and dimensionLine(cx, y, width)', () => {
  it('are exactly `width` across', () => {
    expect(span(shellOutline(100, 200, 90))).toBeCloseTo(90, 2);
    expect(span(dimensionLine(100, 200, 90))).toBeCloseTo(90, 2);
  });
});

describe('calibreScene(data, state, size, progress)', () => {
  it('draws the two rounds with diameters to scale from the ledger calibres', () => {
    const soviet = span(String(node('calibre-nato', 'soviet-shell').attrs.d));
    const nato = span(String(node('calibre-nato', 'nato-shell').attrs.d));
    expect(soviet / nato).toBeCloseTo((ledger.get('calibre-soviet')!.value as number) / (ledger.get('calibre-nato')!.value as number), 3);
    expect(node('calibre-nato', 'soviet-calibre').text).toBe('152mm');
    expect(node('calibre-nato', 'nato-calibre').text).toBe('155mm');
  });

  it('shows the Soviet-era round alone first, then the NATO round, the arrow between them and that Ukraine was moved to 155mm', () => {
    expect(node('calibre-soviet', 'soviet-shell').visible).toBe(true);
    expect(node('calibre-soviet', 'nato-shell').visible).toBe(false);
    expect(node('calibre-soviet', 'moved').visible).toBe(false);
    expect(node('calibre-soviet', 'arrow').visible).toBe(false);
    expect(node('calibre-nato', 'nato-shell').visible).toBe(true);
    expect(node('calibre-nato', 'moved').visible).toBe(true);
    expect(node('calibre-nato', 'arrow').visible).toBe(true);
    expect(node('calibre-nato', 'moved').text).toBe('The West moved Ukraine to 155mm guns.');
  });

  it('says its shapes are schematic in every state', () => {
    for (const state of CALIBRE_STATE_NAMES) expect(node(state, 'scale-note').text).toBe('Widths to scale by calibre; shapes only a sketch.');
  });

  it('is the same picture at any progress', () => {
    expect(scene('calibre-nato', 0)).toEqual(scene('calibre-nato', 1));
  });

  it('has the same nodes in every state', () => {
    expectSameNodes(CALIBRE_STATE_NAMES.map((state) => scene(state)));
  });

  it('writes on its labels only numbers from the ledger displays', () => {
    for (const state of CALIBRE_STATE_NAMES) expectLabelsFromLedger(scene(state));
    expect(node('calibre-nato', 'nato-note').text).toBe('142 sent by the US');
  });
});

describe('the calibre graphic (src/charts/calibre/index.ts)', () => {
  it('describe(state) mentions every number the picture shows', () => {
    for (const state of CALIBRE_STATE_NAMES) expectDescribesLabels(calibre, scene(state), state);
    expect(calibre.describe('calibre-soviet')).toBe(
      'Soviet-era guns (ammunition ran short): 152mm rounds. Widths to scale by calibre; shapes only a sketch.',
    );
  });

  it('table() gives both calibres and the howitzers sent, from the ledger', () => {
    expect(calibre.table().rows).toEqual([
      ['Soviet-era artillery Ukraine relied on before', 152, ''],
      ['NATO-standard 155mm howitzers', 155, 142],
    ]);
  });

  it('writes no number in title or takeaway outside the ledger', () => {
    expectTitleFromLedger(calibre);
  });
});
