/**
 * The calibre graphic's states: plain data with no imports, so the MDX check (src/mdx/chapter-check.ts)
 * can read the state names while chapters compile.
 */

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
export const STATES = {
  'calibre-soviet': { ...BLANK, soviet: true },
  'calibre-nato': { ...BLANK, soviet: true, nato: true },
} as const satisfies Record<string, CalibreState>;

/** Name of a calibre state. */
export type CalibreStateName = keyof typeof STATES;

/** The state names in story order. */
export const STATE_NAMES = Object.keys(STATES) as CalibreStateName[];

