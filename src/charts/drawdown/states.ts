/**
 * The drawdown's states: plain data with no imports, so the MDX check (src/mdx/chapter-check.ts) can
 * read the state names while chapters compile.
 */

/** Which day the drawdown shows: before the first, the day step progress has reached, or the last. */
export type Clock = 'start' | 'progress' | 'end';

/** What the drawdown picture shows. */
export interface DrawdownState {
  clock: Clock;
}

/** Day 0: every stock full. */
const BLANK: DrawdownState = { clock: 'start' };

/** Named states in story order, each over the blank default. */
export const STATES = {
  'drawdown-start': { ...BLANK },
  'drawdown-run': { ...BLANK, clock: 'progress' },
  'drawdown-end': { ...BLANK, clock: 'end' },
} as const satisfies Record<string, DrawdownState>;

/** Name of a drawdown state. */
export type DrawdownStateName = keyof typeof STATES;

/** The state names in story order. */
export const STATE_NAMES = Object.keys(STATES) as DrawdownStateName[];
