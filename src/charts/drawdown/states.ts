import { resolveState } from '../fire-day/scene-kit';

/** Which day the drawdown shows: before the first, the day step progress has reached, or the last. */
export type Clock = 'start' | 'progress' | 'end';

/** What the drawdown picture shows. */
export interface DrawdownState {
  clock: Clock;
}

/** Day 0: every stock full. */
const BLANK: DrawdownState = { clock: 'start' };

/** Named states in story order, each over the blank default. */
export const DRAWDOWN_STATES = {
  'drawdown-start': { ...BLANK },
  'drawdown-run': { ...BLANK, clock: 'progress' },
  'drawdown-end': { ...BLANK, clock: 'end' },
} as const satisfies Record<string, DrawdownState>;

/** Name of a drawdown state. */
export type DrawdownStateName = keyof typeof DRAWDOWN_STATES;

/** The state names in story order. */
export const DRAWDOWN_STATE_NAMES = Object.keys(DRAWDOWN_STATES) as DrawdownStateName[];

/** drawdownState(name) looks a state up, failing with the known names. */
export function drawdownState(name: string): DrawdownState {
  return resolveState<DrawdownState>(DRAWDOWN_STATES, name, 'drawdown');
}
