/**
 * The flow map's states: plain data (type-only imports), so the MDX check (src/mdx/chapter-check.ts)
 * can read the state names while chapters compile.
 */
import type { ActorId } from './actors';
import type { FlowId, NoteId } from './flows';

/** What one picture of the map shows. Every element exists in the SVG; a state says which are visible. */
export interface FlowMapState {
  /** Countries filled with their actor colour. */
  highlighted: readonly ActorId[];
  /** Countries whose names are written on the map. */
  labelled: readonly ActorId[];
  /** Arrows drawn, with their labels. */
  flows: readonly FlowId[];
  /** Notes shown. */
  notes: readonly NoteId[];
}

/** The blank map every state is spread over: land only, nothing highlighted, labelled or drawn. */
export const BLANK_STATE: FlowMapState = { highlighted: [], labelled: [], flows: [], notes: [] };

/** Every actor and every arrow, in the order of ACTOR_IDS and FLOW_IDS (tests hold them equal). */
const everyone: readonly ActorId[] = ['south-korea', 'north-korea', 'united-states', 'ukraine', 'russia', 'poland'];
const allFlows: readonly FlowId[] = ['kr-us', 'us-ua', 'kp-ru', 'kr-pl'];

/** Named states in story order; each lists only what differs from the blank map. */
export const STATES = {
  'map-overview': { highlighted: everyone, labelled: everyone },
  'map-pledge': { highlighted: ['south-korea'], labelled: ['south-korea', 'ukraine'], notes: ['pledge'] },
  'map-buyer': {
    highlighted: ['south-korea', 'united-states'],
    labelled: ['south-korea', 'united-states'],
    flows: ['kr-us'],
    notes: ['not-routes'],
  },
  'map-transfer': {
    highlighted: ['united-states', 'ukraine'],
    labelled: ['south-korea', 'united-states', 'ukraine'],
    flows: ['kr-us', 'us-ua'],
    notes: ['already-sent', 'not-routes'],
  },
  'map-other-pipeline': {
    highlighted: ['north-korea', 'russia'],
    labelled: ['north-korea', 'russia'],
    flows: ['kp-ru'],
    notes: ['not-routes'],
  },
  'map-poland': {
    highlighted: ['south-korea', 'poland'],
    labelled: ['south-korea', 'poland'],
    flows: ['kr-pl'],
    notes: ['not-routes'],
  },
  'map-everything': { highlighted: everyone, labelled: everyone, flows: allFlows, notes: ['not-routes'] },
} satisfies Record<string, Partial<FlowMapState>>;

/** A state name of the flow map. */
export type FlowMapStateName = keyof typeof STATES;

/** State names in story order; the first is the picture before any step is active. */
export const STATE_NAMES = Object.keys(STATES) as FlowMapStateName[];
