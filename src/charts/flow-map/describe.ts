import type { Translate } from '../../i18n/translate';
import { ACTOR_IDS } from './actors';
import type { FlowMapLabels } from './labels';
import type { FlowMapLayout } from './layout';

/** listInWords(items, t) joins names as the language does: "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[], t: Translate<string>): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(t('list.comma'))}${t('list.and')}${items.at(-1)}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * describeFlowMap(layout, labels, t) is the text alternative of the picture: which countries are
 * coloured or named, each arrow with its two ends and its label's facts, and the notes shown.
 * Generated from the layout, so the words list exactly what the picture shows.
 */
export function describeFlowMap(layout: FlowMapLayout, labels: FlowMapLabels, t: Translate<string>): string {
  const sentences: string[] = [];
  const nameOf = (id: (typeof ACTOR_IDS)[number]) => labels.namesInText[id];
  const highlighted = ACTOR_IDS.filter((id) => layout.countries.some((country) => country.id === id && country.highlighted));
  const named = ACTOR_IDS.filter((id) => layout.countries.some((country) => country.id === id && country.labelled && !country.highlighted));
  const list = (ids: typeof highlighted) => listInWords(ids.map(nameOf), t);
  if (highlighted.length > 0 && named.length > 0) sentences.push(t('describe.highlightsAndNames', { highlighted: list(highlighted), named: list(named) }));
  else if (highlighted.length > 0) sentences.push(t('describe.highlights', { highlighted: list(highlighted) }));
  else if (named.length > 0) sentences.push(t('describe.names', { named: list(named) }));
  else sentences.push(t('describe.land'));
  for (const flow of layout.flows.filter((flow) => flow.visible)) {
    sentences.push(t('describe.arrow', { from: nameOf(flow.from), to: nameOf(flow.to), sentence: labels.sentences.flows[flow.id] }));
  }
  for (const note of layout.notes.filter((note) => note.visible)) sentences.push(`${capitalise(labels.sentences.notes[note.id])}.`);
  return sentences.join(' ');
}
