import { ticks } from 'd3-array';

/**
 * The scene format every graphic draws in. A scene is a flat list of SVG nodes with stable ids:
 * every state of a graphic yields the same ids, so the build-time SVG holds every node and the
 * client only moves and shows them. Pure: no DOM, no Node modules (the client bundles it).
 */

/** The SVG elements a scene may use (`use` refers to one of the scene's `defs`). */
export type SceneTag = 'rect' | 'path' | 'line' | 'circle' | 'text' | 'use';

/**
 * What a text node says, for the tests that tie every number on a graphic to the ledger:
 * `value` labels show ledger displays (their `facts`); `tick` and `key` labels show the
 * graphic's own scale (axis ticks, "each square is 100 rounds"); `name` labels carry no number.
 */
export interface LabelInfo {
  kind: 'value' | 'name' | 'tick' | 'key';
  /** Ledger ids whose display text this label repeats (value labels only). */
  facts: readonly string[];
}

/** One element of a scene. */
export interface SceneNode {
  /** Stable id, unique within the graphic; written as data-node="…". */
  id: string;
  tag: SceneTag;
  /** CSS classes (colour, line style); the same in every state. */
  className: string;
  /** Geometry as SVG presentation attributes (x, y, width, d, …). */
  attrs: Readonly<Record<string, number | string>>;
  /** Text content of a text node; the same in every state. */
  text?: string;
  /** Whether the node is shown in this state (hidden nodes keep their place at opacity 0). */
  visible: boolean;
  /** For text nodes: what kind of label it is and which facts it shows. */
  label?: LabelInfo;
  /** For a text node of several lines: each line as a <tspan> (the node's `text` is then their words joined). */
  lines?: readonly TextLine[];
  /** How its change is animated, when it is: after `delay` ms, over `duration` ms (defaults: 0, TRANSITION_MS). */
  timing?: { delay?: number; duration?: number };
}

/** One line of a multi-line text node. */
export interface TextLine {
  text: string;
  x: number;
  /** Offset from the line before (0 for the first). */
  dy: number;
  className?: string;
}

/** A shape drawn once per page and shown by `use` nodes (a basemap, say), so its path data is not repeated. */
export interface SceneDef {
  /** Element id, unique on the page ("flow-map-land"). */
  id: string;
  /** Path data. */
  d: string;
}

/** Size of a graphic's drawing, in viewBox units. */
export interface Size {
  width: number;
  height: number;
}

/** A graphic's picture for one state and progress. */
export interface Scene extends Size {
  nodes: SceneNode[];
}

/** Length of a transition between two states, in milliseconds, unless a node says otherwise. */
export const TRANSITION_MS = 450;

/** clamp01(x) limits x to 0..1 (NaN becomes 0). */
export function clamp01(x: number): number {
  if (!(x > 0)) return 0;
  return x > 1 ? 1 : x;
}

/**
 * shownCount(total, progress, fillEnd) is how many of `total` units are filled in at `progress`
 * through a step when filling completes at `fillEnd`: 0 at progress 0, all from fillEnd on,
 * rounded to the nearest whole unit in between.
 */
export function shownCount(total: number, progress: number, fillEnd: number): number {
  return Math.round(total * clamp01(progress / fillEnd));
}

/**
 * unitsFor(amount, perUnit) is how many marks of `perUnit` each draw `amount`; it refuses
 * amounts that are not a whole number of marks, since a rounded count would misstate the figure.
 */
export function unitsFor(amount: number, perUnit: number): number {
  const units = amount / perUnit;
  if (!Number.isInteger(units)) {
    throw new RangeError(`${amount} is not a whole number of marks of ${perUnit}; choose another unit`);
  }
  return units;
}

/** Rounds a coordinate to hundredths of a unit, so paths stay short and identical on every run. */
export function coord(value: number): number {
  return Math.round(value * 100) / 100;
}

/** resolveState(table, name, graphic) returns a named state, failing with the known names otherwise. */
export function resolveState<State>(table: Readonly<Record<string, State>>, name: string, graphic: string): State {
  if (!Object.hasOwn(table, name)) throw new RangeError(`${graphic}: unknown state "${name}" (known: ${Object.keys(table).join(', ')})`);
  return table[name]!;
}

/** Texts of the visible text nodes whose id starts with `prefix`, in scene order. */
export function visibleTexts(scene: Scene, prefix = ''): string[] {
  return scene.nodes
    .filter((node) => node.tag === 'text' && node.visible && node.id.startsWith(prefix))
    .map((node) => node.text ?? '');
}

/** Joins sentences, adding a full stop to each that lacks one. */
export function sentences(parts: readonly string[]): string {
  return parts
    .filter((part) => part.length > 0)
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/** textNode(id, x, y, text, className, visible, label) builds a text node at (x, y). */
export function textNode(
  id: string,
  x: number,
  y: number,
  text: string,
  className: string,
  visible: boolean,
  label: LabelInfo,
  anchor: 'start' | 'middle' | 'end' = 'start',
): SceneNode {
  const attrs: Record<string, number | string> = { x: coord(x), y: coord(y) };
  if (anchor !== 'start') attrs['text-anchor'] = anchor;
  return { id, tag: 'text', className, attrs, text, visible, label };
}

/**
 * tickValues(max, count) lists round axis ticks from 0 to `max`, about `count` intervals of 1, 2 or 5
 * times a power of ten (d3-array's ticks).
 */
export function tickValues(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  return ticks(0, max, count);
}

/** How a language writes an axis number: its digit-group and decimal marks, read at build by numberMarks(). */
export interface NumberMarks {
  group: string;
  decimal: string;
}

/**
 * numberMarks(lang) reads a language's marks (`lang`: a BCP 47 tag) from Intl, at build, for a graphic's data.
 * The client then writes axis numbers with formatTick and never constructs an Intl.NumberFormat: the first
 * one a page makes costs about 80 ms on a phone six times slower than our machines (ICU starting up), a
 * long task by itself.
 */
export function numberMarks(lang: string): NumberMarks {
  const parts = new Intl.NumberFormat(lang).formatToParts(1234.5);
  const mark = (type: Intl.NumberFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return { group: mark('group'), decimal: mark('decimal') };
}

/** formatTick(value, marks) writes an axis number (a round tick value) with the page's language's marks. */
export function formatTick(value: number, marks: NumberMarks): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, marks.group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? marks.decimal + fraction : ''}`;
}
