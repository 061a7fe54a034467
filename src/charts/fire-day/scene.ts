import { coord, resolveState, shownCount, unitsFor, type Scene, type SceneNode, type Size } from '../kit/scene';
import { STATES, type Fill, type FireDayState } from './states';

/** The numbers fire-day draws and its labels in words, read from the ledger at build time (see index.ts). */
export interface FireDayData {
  /** Rounds one square stands for. */
  roundsPerMark: number;
  /** Ukraine's rounds a day, as a range, with the ledger's display text. */
  ukraine: { low: number; high: number; display: string };
  /** Russia's rounds a day. */
  russia: { value: number; display: string };
  /** Display text of how many times Russia's rate is Ukraine's ("about 2.9 to 5"). */
  ratioDisplay: string;
  /** The words on the picture, in the page's language. */
  text: { key: string; ukraine: string; filled: string; outlined: string; russia: string; compare: string };
}

/**
 * Size of the drawing in viewBox units: nearly square (as calibre and drawdown are), so that on a 16:9 projector
 * slide the picture can take half of the screen, and on a phone it leaves room below it for the step's card.
 */
export const FIRE_DAY_SIZE: Size = { width: 360, height: 372 };

/** Largest distance between squares: Russia's two hundred squares then take 252 of the 360 units across. */
const MAX_PITCH = 12.6;

/** Squares per column: with 100 rounds a square, a column is 1,000 rounds. */
export const MARKS_PER_COLUMN = 10;

/** Step progress at which the filling country's squares are all shown. */
export const FILL_END = 0.5;

const PAD = 10;
const OUTLINE = 1.5;

/** marksShown(fill, total, progress) is how many of a country's `total` squares are drawn. */
export function marksShown(fill: Fill, total: number, progress: number): number {
  if (fill === 'hidden') return 0;
  if (fill === 'full') return total;
  return shownCount(total, progress, FILL_END);
}

/**
 * fireDayScene(data, state, size, progress) draws one square per `roundsPerMark` rounds fired in a
 * day: Ukraine's low end filled, the rest of its range outlined, Russia's all filled; squares
 * fill in column by column as `progress` goes from 0 to FILL_END in a "filling" state.
 */
export function fireDayScene(data: FireDayData, stateName: string, size: Size, progress: number): Scene {
  const state = resolveState<FireDayState>(STATES, stateName, 'fire-day');
  const lowMarks = unitsFor(data.ukraine.low, data.roundsPerMark);
  const highMarks = unitsFor(data.ukraine.high, data.roundsPerMark);
  const russiaMarks = unitsFor(data.russia.value, data.roundsPerMark);
  const widest = Math.ceil(Math.max(highMarks, russiaMarks) / MARKS_PER_COLUMN);
  const pitch = Math.min(MAX_PITCH, (size.width - 2 * PAD) / widest);
  const square = pitch * 0.82;
  const blockHeight = MARKS_PER_COLUMN * pitch;
  const ukraineTop = 50;
  const russiaTop = ukraineTop + blockHeight + 38;
  const ukraineShown = marksShown(state.ukraine, highMarks, progress);
  const russiaShown = marksShown(state.russia, russiaMarks, progress);

  const mark = (country: 'ukraine' | 'russia', index: number, top: number, outlined: boolean, visible: boolean): SceneNode => {
    const x = PAD + Math.floor(index / MARKS_PER_COLUMN) * pitch;
    const y = top + (index % MARKS_PER_COLUMN) * pitch;
    const inset = outlined ? OUTLINE / 2 : 0;
    return {
      id: `${country}-${index}`,
      tag: 'rect',
      className: `fd-mark fd-mark--${country}${outlined ? ' fd-mark--outline' : ''}`,
      attrs: { x: coord(x + inset), y: coord(y + inset), width: coord(square - 2 * inset), height: coord(square - 2 * inset) },
      visible,
    };
  };
  const text = (id: string, x: number, y: number, content: string, className: string, visible: boolean, label: SceneNode['label']): SceneNode => ({
    id,
    tag: 'text',
    className,
    attrs: { x: coord(x), y: coord(y) },
    text: content,
    visible,
    label,
  });

  const notesX = PAD + Math.ceil(highMarks / MARKS_PER_COLUMN) * pitch + 12;
  const filledNoteY = ukraineTop + 2 * pitch;
  const outlinedNoteY = ukraineTop + 6 * pitch;
  const filledNoteShown = ukraineShown > 0;
  const outlinedNoteShown = ukraineShown > lowMarks;
  const swatch = (id: string, y: number, outlined: boolean, visible: boolean): SceneNode => {
    const inset = outlined ? OUTLINE / 2 : 0;
    return {
      id,
      tag: 'rect',
      className: `fd-mark fd-mark--ukraine${outlined ? ' fd-mark--outline' : ''}`,
      attrs: { x: coord(notesX + inset), y: coord(y - square + 2 + inset), width: coord(square - 2 * inset), height: coord(square - 2 * inset) },
      visible,
    };
  };

  const nodes: SceneNode[] = [
    text('key', PAD, 18, data.text.key, 'fd-key', true, { kind: 'key', facts: [] }),
    text('ukraine-label', PAD, ukraineTop - 10, data.text.ukraine, 'fd-label', state.ukraine !== 'hidden', {
      kind: 'value',
      facts: ['ukraine-daily-fire'],
    }),
    swatch('filled-swatch', filledNoteY, false, filledNoteShown),
    text('filled-note', notesX + square + 6, filledNoteY, data.text.filled, 'fd-note', filledNoteShown, {
      kind: 'value',
      facts: ['ukraine-daily-fire'],
    }),
    swatch('outlined-swatch', outlinedNoteY, true, outlinedNoteShown),
    text('outlined-note', notesX + square + 6, outlinedNoteY, data.text.outlined, 'fd-note', outlinedNoteShown, {
      kind: 'value',
      facts: ['ukraine-daily-fire'],
    }),
    ...Array.from({ length: highMarks }, (_, index) => mark('ukraine', index, ukraineTop, index >= lowMarks, index < ukraineShown)),
    text('russia-label', PAD, russiaTop - 10, data.text.russia, 'fd-label', state.russia !== 'hidden', {
      kind: 'value',
      facts: ['russia-daily-fire'],
    }),
    ...Array.from({ length: russiaMarks }, (_, index) => mark('russia', index, russiaTop, false, index < russiaShown)),
    text('compare', PAD, russiaTop + blockHeight + 24, data.text.compare, 'fd-label', state.compare, {
      kind: 'value',
      facts: ['russia-to-ukraine-fire-ratio'],
    }),
  ];
  return { ...size, nodes };
}

