import type { ActorId, LabelPlacement } from './actors';

/** Ids of the four arrows, named after the ISO codes of their ends. */
export const FLOW_IDS = ['kr-us', 'us-ua', 'kp-ru', 'kr-pl'] as const;

/** One of the arrows on the map. */
export type FlowId = (typeof FLOW_IDS)[number];

/** An arrow: who sells or hands over to whom (not a shipping route), and where its label sits. */
export interface Flow {
  id: FlowId;
  from: ActorId;
  to: ActorId;
  /** Where along the great circle (0 at `from`, 1 at `to`) the label is pinned. */
  labelAt: number;
  /** Label position relative to that point (in the map's default 600-unit frame). */
  label: LabelPlacement;
}

/** The four arrows the story names, in story order. */
export const FLOWS: Record<FlowId, Flow> = {
  'kr-us': { id: 'kr-us', from: 'south-korea', to: 'united-states', labelAt: 0.7, label: { dx: -18, dy: -52, anchor: 'middle' } },
  'us-ua': { id: 'us-ua', from: 'united-states', to: 'ukraine', labelAt: 0.45, label: { dx: -14, dy: 0, anchor: 'end' } },
  'kp-ru': { id: 'kp-ru', from: 'north-korea', to: 'russia', labelAt: 0.5, label: { dx: -30, dy: -40, anchor: 'end' } },
  'kr-pl': { id: 'kr-pl', from: 'south-korea', to: 'poland', labelAt: 0.7, label: { dx: 18, dy: 24, anchor: 'start' } },
};

/** Ids of the notes the map can show besides arrow labels. */
export const NOTE_IDS = ['pledge', 'already-sent', 'not-routes'] as const;

/** A note on the map: Seoul's pledge, what the US has already sent, or how to read the arrows. */
export type NoteId = (typeof NOTE_IDS)[number];
