import type { ActorId } from './actors';

/**
 * The two Koreas, shown close up in the map's inset: on the main map their dots are a few pixels
 * apart on a phone, so their names are written on the inset, each on its own country.
 */
export const INSET_ACTORS = ['north-korea', 'south-korea'] as const satisfies readonly ActorId[];

/** One of the two countries the inset shows. */
export type InsetActorId = (typeof INSET_ACTORS)[number];
