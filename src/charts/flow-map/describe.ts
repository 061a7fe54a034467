import { ACTORS, ACTOR_IDS, type ActorId } from './actors';
import type { FlowMapLabels } from './labels';
import type { FlowMapScene } from './scene';

/** Joins names as English does: "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const nameOf = (id: ActorId) => ACTORS[id].nameInText;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * describeFlowMap(scene, labels) is the text alternative of the scene's picture: which countries
 * are coloured or named, each arrow with its two ends and its label's facts, and the notes shown.
 * Generated from the scene, so the words list exactly what the picture shows.
 */
export function describeFlowMap(scene: FlowMapScene, labels: FlowMapLabels): string {
  const sentences: string[] = [];
  const highlighted = ACTOR_IDS.filter((id) => scene.countries.some((country) => country.id === id && country.highlighted));
  const namedOnly = ACTOR_IDS.filter((id) => scene.countries.some((country) => country.id === id && country.labelled && !country.highlighted));
  if (highlighted.length > 0) {
    sentences.push(`The map, seen from above the North Pole, highlights ${listInWords(highlighted.map(nameOf))}${namedOnly.length > 0 ? ` and names ${listInWords(namedOnly.map(nameOf))}` : ''}.`);
  } else if (namedOnly.length > 0) {
    sentences.push(`The map, seen from above the North Pole, names ${listInWords(namedOnly.map(nameOf))}.`);
  } else {
    sentences.push('The map, seen from above the North Pole, shows land only.');
  }
  const flows = scene.flows.filter((flow) => flow.visible);
  for (const flow of flows) {
    sentences.push(`An arrow runs from ${nameOf(flow.from)} to ${nameOf(flow.to)}: ${labels.sentences.flows[flow.id]}.`);
  }
  for (const note of scene.notes.filter((note) => note.visible)) {
    sentences.push(`${capitalise(labels.sentences.notes[note.id])}.`);
  }
  return sentences.join(' ');
}
