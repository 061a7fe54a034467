import { coord, formatTick, resolveState, shownCount, textNode, tickValues, unitsFor, type NumberMarks, type Scene, type SceneNode, type Size } from '../kit/scene';
import { STATES, type ScaleState } from './states';

/** A number of days, as a range (equal ends for a single figure), with its ledger display. */
export interface DaysFigure {
  low: number;
  high: number;
  display: string;
}

/** The numbers us-sent-scale draws and its labels in words, read from the ledger at build time (see index.ts). */
export interface ScaleData {
  /** How the page's language writes the axis numbers (numberMarks, at build). */
  marks: NumberMarks;
  /** The words on the picture, in the page's language. */
  text: {
    key: string;
    purchase: string;
    sent: string;
    ratio: [string, string, string, string];
    daysKey: string;
    daysPurchase: string;
    daysSent: string;
    purchaseUkraine: string;
    purchaseRussia: string;
    sentUkraine: string;
    sentRussia: string;
    daysTitle: string;
  };
  /** Rounds one square stands for. */
  roundsPerSquare: number;
  purchase: { value: number; display: string };
  sent: { value: number; display: string };
  /** Display of how many times the purchase the US shipments are ("about 10"). */
  ratioDisplay: string;
  /** Days each stock lasts at each country's rate. */
  days: { purchaseUkraine: DaysFigure; purchaseRussia: DaysFigure; sentUkraine: DaysFigure; sentRussia: DaysFigure };
}

/** Size of the drawing in viewBox units. */
export const SCALE_SIZE: Size = { width: 360, height: 326 };

/** Squares per row: a row of the grid is as big as the purchase when a square is 10,000 rounds. */
export const SQUARES_PER_ROW = 10;

/** Step progress at which the grid of rounds sent is filled in. */
export const FILL_END = 0.5;

const PAD = 10;
const PITCH = 20;
const SQUARE = 16.4;
const AXIS = { left: PAD, right: 340, y: 275 };

/**
 * scaleScene(data, state, size, progress) draws the purchase and the US shipments as squares of
 * `roundsPerSquare` rounds (the shipments filling in with progress in "scale-sent"), or, in
 * "scale-days", as bars of the days each lasts at each country's rate, ranges as filled-then-outlined bars.
 */
export function scaleScene(data: ScaleData, stateName: string, size: Size, progress: number): Scene {
  const state = resolveState<ScaleState>(STATES, stateName, 'us-sent-scale');
  const purchaseSquares = unitsFor(data.purchase.value, data.roundsPerSquare);
  const sentSquares = unitsFor(data.sent.value, data.roundsPerSquare);
  const sentShown = state.sent ? shownCount(sentSquares, progress, FILL_END) : 0;
  const square = (id: string, index: number, top: number, className: string, visible: boolean): SceneNode => ({
    id: `${id}-${index}`,
    tag: 'rect',
    className,
    attrs: {
      x: PAD + (index % SQUARES_PER_ROW) * PITCH,
      y: top + Math.floor(index / SQUARES_PER_ROW) * PITCH,
      width: SQUARE,
      height: SQUARE,
    },
    visible,
  });
  const value = (...facts: string[]) => ({ kind: 'value', facts }) as const;
  const gridRight = PAD + SQUARES_PER_ROW * PITCH;
  const ratioShown = sentShown === sentSquares && sentSquares > 0;

  const lastDay = Math.max(...Object.values(data.days).map((figure) => figure.high));
  const dayX = (day: number) => AXIS.left + (day / lastDay) * (AXIS.right - AXIS.left);
  const bar = (id: string, figure: DaysFigure, country: 'ukraine' | 'russia', labelY: number, text: string, fact: string): SceneNode[] => {
    const top = labelY + 7;
    const width = (day: number) => (state.days ? dayX(day) - AXIS.left : 0);
    const outline = figure.high > figure.low;
    return [
      textNode(`${id}-label`, PAD, labelY, text, 'sc-row', state.days, value(fact)),
      {
        id: `${id}-bar`,
        tag: 'rect',
        className: `sc-bar sc-bar--${country}`,
        attrs: { x: AXIS.left, y: top, width: coord(width(figure.low)), height: 14 },
        visible: state.days,
      },
      {
        id: `${id}-range`,
        tag: 'rect',
        className: `sc-bar sc-bar--${country} sc-bar--outline`,
        attrs: { x: coord(AXIS.left + width(figure.low) + 0.75), y: top + 0.75, width: coord(Math.max(0, width(figure.high) - width(figure.low) - 1.5)), height: 12.5 },
        visible: state.days && outline,
      },
    ];
  };
  const { purchaseUkraine, purchaseRussia, sentUkraine, sentRussia } = data.days;

  const nodes: SceneNode[] = [
    textNode('key', PAD, 18, data.text.key, 'sc-key', state.purchase || state.sent, { kind: 'key', facts: [] }),
    textNode('purchase-label', PAD, 46, data.text.purchase, 'sc-label', state.purchase, value('purchase-rounds')),
    ...Array.from({ length: purchaseSquares }, (_, index) => square('purchase', index, 56, 'sc-square sc-square--purchase', state.purchase)),
    textNode('sent-label', PAD, 106, data.text.sent, 'sc-label', state.sent, value('us-rounds-sent')),
    ...Array.from({ length: sentSquares }, (_, index) => square('sent', index, 116, 'sc-square sc-square--sent', index < sentShown)),
    textNode('ratio-1', gridRight + 16, 140, data.text.ratio[0], 'sc-label', ratioShown, value('sent-to-purchase-ratio')),
    textNode('ratio-2', gridRight + 16, 158, data.text.ratio[1], 'sc-label', ratioShown, { kind: 'name', facts: [] }),
    textNode('ratio-3', gridRight + 16, 180, data.text.ratio[2], 'sc-note', ratioShown, { kind: 'name', facts: [] }),
    textNode('ratio-4', gridRight + 16, 197, data.text.ratio[3], 'sc-note', ratioShown, { kind: 'name', facts: [] }),
    textNode('days-key', PAD, 18, data.text.daysKey, 'sc-key', state.days, { kind: 'name', facts: [] }),
    textNode('days-purchase', PAD, 46, data.text.daysPurchase, 'sc-group', state.days, value('purchase-rounds')),
    ...bar('purchase-ukraine', purchaseUkraine, 'ukraine', 70, data.text.purchaseUkraine, 'days-purchase-ukraine'),
    ...bar('purchase-russia', purchaseRussia, 'russia', 112, data.text.purchaseRussia, 'days-purchase-russia'),
    textNode('days-sent', PAD, 166, data.text.daysSent, 'sc-group', state.days, value('us-rounds-sent')),
    ...bar('sent-ukraine', sentUkraine, 'ukraine', 190, data.text.sentUkraine, 'days-sent-ukraine'),
    ...bar('sent-russia', sentRussia, 'russia', 232, data.text.sentRussia, 'days-sent-russia'),
    {
      id: 'days-axis',
      tag: 'line',
      className: 'sc-axis',
      attrs: { x1: AXIS.left, y1: AXIS.y, x2: AXIS.right, y2: AXIS.y },
      visible: state.days,
    },
    ...tickValues(lastDay, 5).map((day) =>
      textNode(`days-tick-${day}`, dayX(day), AXIS.y + 18, formatTick(day, data.marks), 'sc-tick', state.days, { kind: 'tick', facts: [] }, 'middle'),
    ),
    textNode('days-title', AXIS.right, AXIS.y + 40, data.text.daysTitle, 'sc-tick', state.days, { kind: 'name', facts: [] }, 'end'),
  ];
  return { ...size, nodes };
}
