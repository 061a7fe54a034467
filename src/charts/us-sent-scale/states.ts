/**
 * us-sent-scale's states: plain data with no imports, so the MDX check (src/mdx/chapter-check.ts) can
 * read the state names while chapters compile.
 */

/** What the us-sent-scale picture shows. */
export interface ScaleState {
  /** The purchase as a row of squares. */
  purchase: boolean;
  /** What the US has sent as a grid of squares, filling in with step progress. */
  sent: boolean;
  /** Both stocks as bars of days of firing at each country's rate. */
  days: boolean;
}

/** Nothing shown. */
const BLANK: ScaleState = { purchase: false, sent: false, days: false };

/** Named states in story order, each over the blank default. */
export const STATES = {
  'scale-purchase': { ...BLANK, purchase: true },
  'scale-sent': { ...BLANK, purchase: true, sent: true },
  'scale-days': { ...BLANK, days: true },
} as const satisfies Record<string, ScaleState>;

/** Name of a us-sent-scale state. */
export type ScaleStateName = keyof typeof STATES;

/** The state names in story order. */
export const STATE_NAMES = Object.keys(STATES) as ScaleStateName[];

