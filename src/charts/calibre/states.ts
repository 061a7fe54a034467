import { resolveState } from '../fire-day/scene-kit';

/** What the calibre picture shows. */
export interface CalibreState {
  /** The Soviet-era 152mm round. */
  soviet: boolean;
  /** The NATO-standard 155mm round, and the note that Ukraine was moved over to it. */
  nato: boolean;
}

/** Nothing shown but the scale note. */
const BLANK: CalibreState = { soviet: false, nato: false };

/** Named states in story order, each over the blank default. */
export const CALIBRE_STATES = {
  'calibre-soviet': { ...BLANK, soviet: true },
  'calibre-nato': { ...BLANK, soviet: true, nato: true },
} as const satisfies Record<string, CalibreState>;

/** Name of a calibre state. */
export type CalibreStateName = keyof typeof CALIBRE_STATES;

/** The state names in story order. */
export const CALIBRE_STATE_NAMES = Object.keys(CALIBRE_STATES) as CalibreStateName[];

/** calibreState(name) looks a state up, failing with the known names. */
export function calibreState(name: string): CalibreState {
  return resolveState<CalibreState>(CALIBRE_STATES, name, 'calibre');
}
