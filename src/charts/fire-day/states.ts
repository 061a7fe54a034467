/**
 * fire-day's states: plain data with no imports, so the MDX check (src/mdx/chapter-check.ts) can
 * read the state names while chapters compile.
 */

/** How a country's marks are shown: not at all, filling in with step progress, or all of them. */
export type Fill = 'hidden' | 'filling' | 'full';

/** What the fire-day picture shows. */
export interface FireDayState {
  /** Ukraine's marks (its range of rounds a day). */
  ukraine: Fill;
  /** Russia's marks. */
  russia: Fill;
  /** Show how many times Russia's rate is Ukraine's. */
  compare: boolean;
}

/** Nothing shown but the key. */
const BLANK: FireDayState = { ukraine: 'hidden', russia: 'hidden', compare: false };

/** Named states in story order, each over the blank default. */
export const STATES = {
  'fire-ukraine': { ...BLANK, ukraine: 'filling' },
  'fire-russia': { ...BLANK, ukraine: 'full', russia: 'filling' },
  'fire-compare': { ...BLANK, ukraine: 'full', russia: 'full', compare: true },
} as const satisfies Record<string, FireDayState>;

/** Name of a fire-day state. */
export type FireDayStateName = keyof typeof STATES;

/** The state names in story order. */
export const STATE_NAMES = Object.keys(STATES) as FireDayStateName[];
