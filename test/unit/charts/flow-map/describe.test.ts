import { describe, expect, it } from 'vitest';
import { describeFlowMap, listInWords } from '../../../../src/charts/flow-map/describe';
import { flowMapLabels } from '../../../../src/charts/flow-map/labels';
import { flowMapLayout } from '../../../../src/charts/flow-map/layout';
import { STATE_NAMES } from '../../../../src/charts/flow-map/states';
import { flowMap, geo, ledger, readerOf, t } from './fixtures';

const labels = flowMapLabels(readerOf(ledger), t);
const figures = (lines: string[]) => lines.join(' ').match(/\d[\d,]*(?:mm)?|nearly one million/g) ?? [];

describe('describeFlowMap(layout, labels, t)', () => {
  it('names both ends of each visible arrow and the figures on its label', () => {
    for (const state of STATE_NAMES) {
      const scene = flowMapLayout(geo, labels, state);
      const text = describeFlowMap(scene, labels, t);
      for (const flow of scene.flows.filter((f) => f.visible)) {
        expect(text, state).toContain(`from ${labels.namesInText[flow.from]} to ${labels.namesInText[flow.to]}`);
        for (const figure of figures(flow.label.lines)) expect(text, `${state}: ${flow.id}`).toContain(figure);
      }
      for (const note of scene.notes.filter((n) => n.visible)) {
        for (const figure of figures(note.label.lines)) expect(text, `${state}: ${note.id}`).toContain(figure);
      }
    }
  });

  it('mentions no arrow the picture does not draw', () => {
    const text = describeFlowMap(flowMapLayout(geo, labels, 'map-pledge'), labels, t);
    expect(text).not.toContain('arrow');
    expect(text).toBe(
      'The map, seen from above the North Pole, highlights South Korea and names Ukraine. South Korea has promised in public not to give Ukraine lethal aid, meaning arms that can kill.',
    );
  });

  it('describes the buyer step as the brief sketches it', () => {
    expect(describeFlowMap(flowMapLayout(geo, labels, 'map-buyer'), labels, t)).toBe(
      'The map, seen from above the North Pole, highlights South Korea and the United States. ' +
        'An arrow runs from South Korea to the United States: under a plan still being negotiated, South Korean companies would sell 100,000 155mm rounds (the figure a US official gave) to the United States, which South Korea’s defence ministry said was “the end user”. ' +
        'Each arrow points from a supplier to a receiver; it is not a shipping route.',
    );
  });

  it('is what the graphic’s describe(state) returns', () => {
    expect(flowMap.describe('map-transfer')).toBe(describeFlowMap(flowMapLayout(geo, labels, 'map-transfer'), labels, t));
  });
});

describe('listInWords(items, t)', () => {
  it('joins with commas and a final "and"', () => {
    expect(listInWords([], t)).toBe('');
    expect(listInWords(['A'], t)).toBe('A');
    expect(listInWords(['A', 'B'], t)).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'], t)).toBe('A, B and C');
  });
});
