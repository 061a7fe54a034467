import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/translate';
import type { SiteKey } from '../../i18n/site';
import type { FactReader } from '../../facts/reader';
import type { Scene, SceneDef, Size } from './scene';

/**
 * What a graphic's build-time functions are given: its own words and the site's in one language,
 * and the facts ledger read the one way every page reads it.
 */
export interface ChartContext<Key extends string> {
  locale: Locale;
  /** The graphic's own words (its words.json) in `locale`. */
  t: Translate<Key>;
  /** The site's words (src/i18n/<locale>.json), for what graphics share (source lines, number rules). */
  site: Translate<SiteKey>;
  /** The facts ledger: numbers, ranges and display text in `locale`. */
  facts: FactReader;
}

/** A small table of the data behind a graphic. */
export interface DataTable {
  /** Column headings, plain words with units ("Rounds a day (low)"). */
  columns: string[];
  /** Rows of cells; numbers stay numbers so the CSV carries the ledger's exact values. */
  rows: (string | number)[][];
}

/** Each language's words of one graphic: the default language's keys are the reference. */
export type GraphicWords<Key extends string> = Readonly<Record<string, Readonly<Record<Key, string>>>>;

/**
 * Everything about one graphic, declared in src/charts/<name>/index.ts and discovered by the
 * build (src/charts/kit/graphics.ts); its client renderer is src/charts/<name>/client.ts.
 * The picture is a pure function of (data, state, size, progress): the build draws it as finished
 * SVG, the client draws it again as the reader scrolls.
 */
export interface GraphicContract<State extends string, Data, Key extends string> {
  /** Name used in <Scrolly graphic="…">, data-graphic="…", /embed/<name>/ and /data/<name>.csv; the folder's name. */
  name: string;
  /** State names in story order; the first is the picture before any step is active. */
  states: readonly State[];
  /** Size of the drawing in viewBox units. */
  size: Size;
  /**
   * Its words, by language: at least `title`, `takeaway`, `source` (the source line) and `state.<state>` for
   * each state, the short name of that picture (the embed index's links, a frozen embed's title).
   */
  words: GraphicWords<Key | 'title' | 'takeaway' | 'source' | `state.${State}`>;
  /** The data the picture needs, read from the ledger, with every label already in words (serialised for the client). */
  data: (context: ChartContext<Key | 'title' | 'takeaway' | 'source'>) => Data;
  /** The picture of `state` at `progress` (0..1 through its step). Pure; bundled into the client. */
  scene: (data: Data, state: State, size: Size, progress: number) => Scene;
  /** Shapes drawn once per page and shown by the scene's `use` nodes (build time only). */
  defs?: (context: ChartContext<Key | 'title' | 'takeaway' | 'source'>, size: Size) => SceneDef[];
  /** Text alternative of the picture at the end of `state`'s step, worded from its scene (`picture`, the build's own). */
  describe: (data: Data, state: State, context: ChartContext<Key | 'title' | 'takeaway' | 'source'>, picture: Scene) => string;
  /** The data behind the graphic as a table (and /data/<name>.csv), derived from `data`. */
  table: (data: Data, context: ChartContext<Key | 'title' | 'takeaway' | 'source'>) => DataTable;
}

/** A graphic of any states, data and words, as the build and the pages handle it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyGraphic = GraphicContract<string, any, string>;

/** defineGraphic(contract) declares a graphic, checking its types (use it as index.ts's default export). */
export function defineGraphic<State extends string, Data, Key extends string>(
  contract: GraphicContract<State, Data, Key>,
): GraphicContract<State, Data, Key> {
  return contract;
}

/** Options the scroll engine passes to a graphic's client renderer. */
export interface RenderOptions {
  /** False under prefers-reduced-motion or the motion toggle: jump to the final picture. */
  animate: boolean;
}

/**
 * The client side of a graphic: draws `state` (at `progress` 0..1 through its step) into the
 * graphic's root element, which was rendered at build time with every element it needs.
 * Idempotent: the same state and progress always yield the same picture, whatever came before.
 */
export type GraphicRenderer = (root: Element, state: string, progress: number, options: RenderOptions) => void;
