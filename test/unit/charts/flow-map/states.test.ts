import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../../../src/charts/flow-map/actors';
import { FLOWS, FLOW_IDS, NOTE_IDS } from '../../../../src/charts/flow-map/flows';
import { BLANK_STATE, STATE_NAMES, STATES } from '../../../../src/charts/flow-map/states';
import { flowMapState } from '../../../../src/charts/flow-map/scene';

describe('flowMapState(name)', () => {
  it('spreads each state over a blank default', () => {
    expect(BLANK_STATE).toEqual({ highlighted: [], labelled: [], flows: [], notes: [] });
    expect(flowMapState('map-pledge').flows).toEqual([]);
    expect(flowMapState('map-pledge').highlighted).toEqual(['south-korea']);
  });

  it('lists the states in story order, each prefixed map-', () => {
    expect(STATE_NAMES).toEqual(['map-overview', 'map-pledge', 'map-buyer', 'map-transfer', 'map-other-pipeline', 'map-poland', 'map-everything']);
    for (const name of STATE_NAMES) expect(name).toMatch(/^map-[a-z-]+$/);
  });

  it('references only known actors, arrows and notes', () => {
    for (const name of STATE_NAMES) {
      const state = flowMapState(name);
      for (const id of [...state.highlighted, ...state.labelled]) expect(ACTOR_IDS, `${name}: ${id}`).toContain(id);
      for (const id of state.flows) expect(FLOW_IDS, `${name}: ${id}`).toContain(id);
      for (const id of state.notes) expect(NOTE_IDS, `${name}: ${id}`).toContain(id);
      expect(Object.keys(STATES[name]).every((key) => key in BLANK_STATE), name).toBe(true);
    }
  });

  it('names both ends of every arrow it draws', () => {
    for (const name of STATE_NAMES) {
      const state = flowMapState(name);
      for (const id of state.flows) {
        expect(state.labelled, `${name}: ${id}`).toEqual(expect.arrayContaining([FLOWS[id].from, FLOWS[id].to]));
      }
    }
  });

  it('shows the actors first, then the pledge with no arrow to Ukraine, then one arrow per step, then everything', () => {
    expect(flowMapState('map-overview').labelled).toEqual(ACTOR_IDS);
    expect(flowMapState('map-pledge').flows.some((id) => FLOWS[id].to === 'ukraine')).toBe(false);
    expect(flowMapState('map-buyer').flows).toEqual(['kr-us']);
    expect(flowMapState('map-transfer').flows).toContain('us-ua');
    expect(flowMapState('map-transfer').notes).toContain('already-sent');
    expect(flowMapState('map-other-pipeline').flows).toEqual(['kp-ru']);
    expect(flowMapState('map-poland').flows).toEqual(['kr-pl']);
    expect(flowMapState('map-everything').flows).toEqual(FLOW_IDS);
  });

  it('throws, naming the known states, for an unknown name', () => {
    expect(() => flowMapState('map-nowhere')).toThrow(/unknown state "map-nowhere" \(known: map-overview, map-pledge/);
    expect(() => flowMapState('toString')).toThrow(/unknown state/);
  });
});
