import { resolveState } from '../fire-day/scene-kit';

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
export const SCALE_STATES = {
  'scale-purchase': { ...BLANK, purchase: true },
  'scale-sent': { ...BLANK, purchase: true, sent: true },
  'scale-days': { ...BLANK, days: true },
} as const satisfies Record<string, ScaleState>;

/** Name of a us-sent-scale state. */
export type ScaleStateName = keyof typeof SCALE_STATES;

/** The state names in story order. */
export const SCALE_STATE_NAMES = Object.keys(SCALE_STATES) as ScaleStateName[];

/** scaleState(name) looks a state up, failing with the known names. */
export function scaleState(name: string): ScaleState {
  return resolveState<ScaleState>(SCALE_STATES, name, 'us-sent-scale');
}
