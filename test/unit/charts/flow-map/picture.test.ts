import { describe, expect, it } from 'vitest';
import { flowMapScene, flowMapState, type FlowMapData } from '../../../../src/charts/flow-map/scene';
import { STATE_NAMES } from '../../../../src/charts/flow-map/states';
import { expectSameNodes } from '../kit/support';
import { flowMap } from './fixtures';

const data = flowMap.data as FlowMapData;
const size = flowMap.graphic.size;
const picture = (state: string) => flowMapScene(data, state, size, 1);
const shown = (state: string, prefix: string) =>
  picture(state)
    .nodes.filter((node) => node.visible && node.id.startsWith(prefix))
    .map((node) => node.id.slice(prefix.length));

describe('flowMapScene(data, state, size, progress)', () => {
  it('has the same nodes, in the same order, in every state', () => {
    expectSameNodes(STATE_NAMES.map(picture));
  });

  it('draws exactly the arrows, highlights, names and notes the state lists', () => {
    for (const state of STATE_NAMES) {
      const listed = flowMapState(state);
      expect(shown(state, 'arc-').filter((id) => !id.startsWith('halo-')), state).toEqual([...listed.flows]);
      expect(shown(state, 'arc-halo-'), state).toEqual([...listed.flows]);
      expect(shown(state, 'head-'), state).toEqual([...listed.flows]);
      expect(shown(state, 'highlight-').sort(), state).toEqual([...listed.highlighted].sort());
      expect(shown(state, 'name-').sort(), state).toEqual([...listed.labelled].sort());
      expect(shown(state, 'note-').sort(), state).toEqual([...listed.notes].sort());
    }
  });

  it('draws an arrow in along its line (dash offset 0) and rewinds a hidden one (offset 1)', () => {
    const arc = (state: string) => picture(state).nodes.find((node) => node.id === 'arc-kr-us')!;
    expect(arc('map-buyer').attrs['stroke-dashoffset']).toBe(0);
    expect(arc('map-pledge').attrs['stroke-dashoffset']).toBe(1);
  });

  it('fills a Korea in the inset exactly when it fills it on the main map', () => {
    for (const state of STATE_NAMES) expect(shown(state, 'inset-highlight-').sort(), state).toEqual(shown(state, 'highlight-').filter((id) => id.endsWith('korea')).sort());
  });

  it('marks every country it names and both ends of every arrow it draws', () => {
    expect(shown('map-transfer', 'mark-').sort()).toEqual(['south-korea', 'ukraine', 'united-states']);
  });

  it('refuses a size it was not laid out for, naming both', () => {
    expect(() => flowMapScene(data, 'map-buyer', { width: 300, height: 300 }, 1)).toThrow(/laid out at 600×600, asked for 300×300/);
  });

  it('is what the build draws: its basemap shapes are the defs its `use` nodes point to', () => {
    const defs = new Set(flowMap.defs().map((def) => `#${def.id}`));
    const uses = picture('map-everything').nodes.filter((node) => node.tag === 'use');
    // Land, six countries and six highlights on the main map; land, two countries and two highlights in the inset.
    expect(uses.length).toBe(18);
    for (const node of uses) expect(defs.has(String(node.attrs.href)), node.id).toBe(true);
  });
});
