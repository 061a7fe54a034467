import { coord, resolveState, textNode, type Scene, type SceneNode, type Size } from '../kit/scene';
import { STATES, type CalibreState } from './states';

/** The numbers the calibre diagram draws and its labels in words, read from the ledger at build time (see index.ts). */
export interface CalibreData {
  /** The words on the picture, in the page's language. */
  text: { sovietHeading: string; sovietNote: string; natoHeading: string; natoNote: string; moved: string; scale: string };
  /** Calibre of the Soviet-era guns, in mm. */
  soviet: { value: number; display: string };
  /** Calibre of the NATO-standard howitzers, in mm. */
  nato: { value: number; display: string };
  /** How many 155mm howitzers the US has sent, and its display ("142"). */
  howitzers: number;
  howitzersDisplay: string;
}

/** Size of the drawing in viewBox units. */
export const CALIBRE_SIZE: Size = { width: 360, height: 364 };

/** Drawing units per millimetre of calibre: the one dimension drawn to scale. */
export const UNITS_PER_MM = 0.62;

/** Schematic proportions of the shell outline, as multiples of its diameter (not real dimensions: the source gives none). */
const BODY = 1.4;
const NOSE = 0.9;
const BASE_Y = 274;

/** shellWidth(calibre) is the drawn diameter of a round of `calibre` mm. */
export function shellWidth(calibre: number): number {
  return calibre * UNITS_PER_MM;
}

/**
 * shellOutline(cx, baseY, width) is a schematic shell outline standing on (cx, baseY): straight
 * body, rounded nose. Only its width means anything; the shape is scaled from it.
 */
export function shellOutline(cx: number, baseY: number, width: number): string {
  const half = width / 2;
  const shoulder = baseY - BODY * width;
  const nose = shoulder - NOSE * width;
  const c = (x: number, y: number) => `${coord(x)},${coord(y)}`;
  return [
    `M${c(cx - half, baseY)}`,
    `L${c(cx - half, shoulder)}`,
    `C${c(cx - half, shoulder - 0.55 * NOSE * width)} ${c(cx - 0.18 * width, nose + 0.1 * NOSE * width)} ${c(cx, nose)}`,
    `C${c(cx + 0.18 * width, nose + 0.1 * NOSE * width)} ${c(cx + half, shoulder - 0.55 * NOSE * width)} ${c(cx + half, shoulder)}`,
    `L${c(cx + half, baseY)}Z`,
  ].join('');
}

/** dimensionLine(cx, y, width) is a measured span across `width` at height y, with end stops. */
export function dimensionLine(cx: number, y: number, width: number): string {
  const left = coord(cx - width / 2);
  const right = coord(cx + width / 2);
  return `M${left},${y - 6}V${y + 6}M${left},${y}H${right}M${right},${y - 6}V${y + 6}`;
}

/**
 * calibreScene(data, state, size, progress) draws the two rounds side by side, diameters to scale
 * by calibre (152 : 155), shapes schematic; progress does not change this picture.
 */
/** A right-pointing arrow centred on (x, y): a shaft and an open head, stroked. */
function arrowPath(x: number, y: number): string {
  return `M${x - 15},${y}H${x + 13}M${x + 4},${y - 8}L${x + 14},${y}L${x + 4},${y + 8}`;
}

export function calibreScene(data: CalibreData, stateName: string, size: Size, _progress: number): Scene {
  const state = resolveState<CalibreState>(STATES, stateName, 'calibre');
  const name = { kind: 'name', facts: [] } as const;
  const value = (...facts: string[]) => ({ kind: 'value', facts }) as const;
  const round = (id: 'soviet' | 'nato', cx: number, calibre: { value: number; display: string }, heading: string, note: string, noteLabel: SceneNode['label'], visible: boolean): SceneNode[] => {
    const width = shellWidth(calibre.value);
    return [
      textNode(`${id}-heading`, cx, 20, heading, 'cb-heading', visible, name, 'middle'),
      textNode(`${id}-note`, cx, 39, note, 'cb-note', visible, noteLabel!, 'middle'),
      { id: `${id}-shell`, tag: 'path', className: `cb-shell cb-shell--${id}`, attrs: { d: shellOutline(cx, BASE_Y, width) }, visible },
      { id: `${id}-dimension`, tag: 'path', className: 'cb-dimension', attrs: { d: dimensionLine(cx, BASE_Y + 14, width) }, visible },
      textNode(`${id}-calibre`, cx, BASE_Y + 38, calibre.display, 'cb-calibre', visible, value(`calibre-${id}`), 'middle'),
    ];
  };
  const left = size.width / 4 + 5;
  const right = (3 * size.width) / 4 - 5;
  const nodes: SceneNode[] = [
    ...round('soviet', left, data.soviet, data.text.sovietHeading, data.text.sovietNote, name, state.soviet),
    ...round('nato', right, data.nato, data.text.natoHeading, data.text.natoNote, value('us-howitzers-sent'), state.nato),
    // Drawn, not a text glyph: the same arrow in every font, and in picture files drawn without system fonts.
    { id: 'arrow', tag: 'path', className: 'cb-arrow', attrs: { d: arrowPath(size.width / 2, BASE_Y - 102) }, visible: state.nato },
    textNode('moved', size.width / 2, size.height - 28, data.text.moved, 'cb-heading', state.nato, value('calibre-nato'), 'middle'),
    textNode('scale-note', size.width / 2, size.height - 8, data.text.scale, 'cb-scale', true, name, 'middle'),
  ];
  return { ...size, nodes };
}
