/**
 * The scene format shared by the four graphics of issue 5 (fire-day, drawdown, us-sent-scale,
 * calibre). A scene is a flat list of SVG nodes with stable ids: every state of a graphic yields
 * the same ids, so the build-time SVG holds every node and the client only moves and shows them.
 * Pure: no DOM, no Node modules (the client bundles it).
 */

/** The SVG elements a scene may use. */
export type SceneTag = 'rect' | 'path' | 'line' | 'circle' | 'text';

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
  const state = table[name];
  if (!state) throw new RangeError(`${graphic}: unknown state "${name}" (known: ${Object.keys(table).join(', ')})`);
  return state;
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
 * tickValues(max, maxTicks) lists round axis ticks from 0 to `max`: multiples of the smallest step
 * of 1, 2 or 5 times a power of ten that needs no more than `maxTicks` intervals.
 */
export function tickValues(max: number, maxTicks = 5): number[] {
  if (!(max > 0)) return [0];
  let power = 10 ** Math.floor(Math.log10(max / maxTicks));
  let step = power;
  for (;;) {
    step = [1, 2, 5].map((factor) => factor * power).find((candidate) => max / candidate <= maxTicks) ?? 0;
    if (step > 0) break;
    power *= 10;
  }
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step * 1e-9; tick += step) ticks.push(Math.round(tick * 1e9) / 1e9);
  return ticks;
}
