import { join } from 'node:path';
import { expect } from 'vitest';
import { loadLedger, type Ledger } from '../../../../src/facts/ledger';
import type { Scene } from '../../../../src/charts/kit/scene';
import type { BuiltGraphic } from '../../../../src/charts/kit/graphics';
import { PROJECT_ROOT } from '../../../support/paths';

/** The real ledger, as the build reads it. */
export const ledger: Ledger = loadLedger(join(PROJECT_ROOT, 'content/facts.yaml'));

/** Digit runs in a text ("4,000", "2.9"). */
export function numbersIn(text: string): string[] {
  return text.match(/\d[\d,.]*\d|\d/g) ?? [];
}

/**
 * expectLabelsFromLedger(scene) asserts that every number on a value label is written in the
 * display text of a fact the label names, and that no other text carries a number unless it is
 * an axis tick or a key.
 */
export function expectLabelsFromLedger(scene: Scene): void {
  for (const node of scene.nodes) {
    if (node.tag !== 'text') continue;
    const numbers = numbersIn(node.text ?? '');
    expect(node.label, `label info of ${node.id}`).toBeDefined();
    const kind = node.label!.kind;
    if (kind === 'tick' || kind === 'key') continue;
    if (kind === 'name') {
      expect(numbers, `name label ${node.id} "${node.text}" carries no number`).toEqual([]);
      continue;
    }
    expect(node.label!.facts.length, `value label ${node.id} names its facts`).toBeGreaterThan(0);
    const displays = node.label!.facts.map((id) => ledger.get(id)?.display ?? '');
    for (const number of numbers) {
      expect(displays.some((display) => numbersIn(display).includes(number)), `${node.id} "${node.text}": ${number} in ${displays.join(' | ')}`).toBe(true);
    }
  }
}

/** expectSameNodes(scenes) asserts that every scene has the same node ids in the same order. */
export function expectSameNodes(scenes: Scene[]): void {
  const ids = scenes.map((scene) => scene.nodes.map((node) => node.id));
  for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
  expect(new Set(ids[0]).size, 'node ids are unique').toBe(ids[0]!.length);
}

/** expectDescribesLabels(built, scene, state) asserts describe(state) repeats every number on the visible value labels. */
export function expectDescribesLabels(built: BuiltGraphic, scene: Scene, state: string): void {
  const text = built.describe(state);
  for (const node of scene.nodes) {
    if (node.tag !== 'text' || !node.visible || node.label?.kind !== 'value') continue;
    for (const number of numbersIn(node.text ?? '')) expect(text, `${state}: ${node.id}`).toContain(number);
  }
}

/** expectTitleFromLedger(built) asserts any number in the title and takeaway is a ledger display. */
export function expectTitleFromLedger(built: BuiltGraphic): void {
  const all = [...ledger.values()].flatMap((fact) => numbersIn(fact.display));
  for (const number of numbersIn(`${built.title} ${built.takeaway}`)) expect(all).toContain(number);
}
