/** Ids of the six countries the map is about, in the order they are listed in words. */
export const ACTOR_IDS = ['south-korea', 'north-korea', 'united-states', 'ukraine', 'russia', 'poland'] as const;

/** One of the six countries on the map. */
export type ActorId = (typeof ACTOR_IDS)[number];

/** Where a country's name sits relative to its anchor point, in viewBox units. */
export interface LabelPlacement {
  /** Horizontal offset from the anchor. */
  dx: number;
  /** Vertical offset from the anchor to the first line's baseline. */
  dy: number;
  /** Which end of the text sits at the offset point. */
  anchor: 'start' | 'middle' | 'end';
}

/** A country on the map: how it is found in world-atlas and where its name goes (its names are words: words.json). */
export interface Actor {
  id: ActorId;
  /** ISO 3166-1 numeric code: the feature id in world-atlas countries-110m. */
  atlasId: string;
  /** Position of the name relative to the anchor (in the map's default 600-unit frame). */
  label: LabelPlacement;
}

/** The six actors. Their colours are the --actor-<id> custom properties in src/styles/theme.css. */
export const ACTORS: Record<ActorId, Actor> = {
  'south-korea': {
    id: 'south-korea',
    atlasId: '410',
    label: { dx: 0, dy: 36, anchor: 'middle' },
  },
  'north-korea': {
    id: 'north-korea',
    atlasId: '408',
    label: { dx: 0, dy: -18, anchor: 'middle' },
  },
  'united-states': {
    id: 'united-states',
    atlasId: '840',
    // Below and right of its dot, between the arrow to Ukraine (leaving the dot downwards) and the one arriving from Korea above.
    label: { dx: 44, dy: 30, anchor: 'start' },
  },
  ukraine: {
    id: 'ukraine',
    atlasId: '804',
    label: { dx: 0, dy: 36, anchor: 'middle' },
  },
  russia: {
    id: 'russia',
    atlasId: '643',
    label: { dx: -14, dy: 8, anchor: 'end' },
  },
  poland: {
    id: 'poland',
    atlasId: '616',
    label: { dx: -12, dy: 8, anchor: 'end' },
  },
};

/** True when `id` names one of the six actors. */
export function isActorId(id: string): id is ActorId {
  return (ACTOR_IDS as readonly string[]).includes(id);
}
