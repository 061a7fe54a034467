import { resolveState } from './scene-kit';

/** How a country's marks are shown: not at all, filling in with step progress, or all of them. */
export type Fill = 'hidden' | 'filling' | 'full';

/** What the fire-day picture shows. */
export interface FireDayState {
  /** Ukraine's marks (4,000 to 7,000 rounds a day). */
  ukraine: Fill;
  /** Russia's marks (around 20,000 rounds a day). */
  russia: Fill;
  /** Show how many times Russia's rate is Ukraine's. */
  compare: boolean;
}

/** Nothing shown but the key. */
const BLANK: FireDayState = { ukraine: 'hidden', russia: 'hidden', compare: false };

/** Named states in story order, each over the blank default. */
export const FIRE_DAY_STATES = {
  'fire-ukraine': { ...BLANK, ukraine: 'filling' },
  'fire-russia': { ...BLANK, ukraine: 'full', russia: 'filling' },
  'fire-compare': { ...BLANK, ukraine: 'full', russia: 'full', compare: true },
} as const satisfies Record<string, FireDayState>;

/** Name of a fire-day state. */
export type FireDayStateName = keyof typeof FIRE_DAY_STATES;

/** The state names in story order. */
export const FIRE_DAY_STATE_NAMES = Object.keys(FIRE_DAY_STATES) as FireDayStateName[];

/** fireDayState(name) looks a state up, failing with the known names. */
export function fireDayState(name: string): FireDayState {
  return resolveState<FireDayState>(FIRE_DAY_STATES, name, 'fire-day');
}
