import type { Ledger } from '../facts/ledger';

/**
 * The build-time side of a graphic (see src/charts/registry.ts). Each graphic lives in
 * src/charts/<name>/ with pure `states.ts` and `scene.ts`, and a client-side `render.ts`;
 * its Astro component is src/components/graphics/<Name>.astro.
 */
export interface GraphicDefinition {
  /** Name used in <Scrolly graphic="…">, data-graphic="…" and /embed/<name>/. */
  name: string;
  /** Chart title (embeds, print, the accessible table's caption). */
  title: string;
  /** One-line takeaway shown under the title. */
  takeaway: string;
  /** Source line ("Source: … Derived figures: our arithmetic."). */
  sourceLine: string;
  /** State names in story order; the first is the picture before any step is active. */
  states: readonly string[];
  /**
   * Text alternative of one state's picture: one or two plain sentences generated from the
   * same scene the picture is drawn from, so the words and the picture cannot disagree.
   */
  describe: (state: string, ledger: Ledger) => string;
  /**
   * The data behind the graphic, read from the ledger: shown as an accessible table on demand
   * and served as /data/<name>.csv. Numbers are raw (not formatted); ranges get low/high columns.
   */
  table: (ledger: Ledger) => DataTable;
}

/** A small table of the data behind a graphic. */
export interface DataTable {
  /** Column headings, plain words with units ("Rounds a day (low)"). */
  columns: string[];
  /** Rows of cells; numbers stay numbers so the CSV carries the ledger's exact values. */
  rows: (string | number)[][];
}

/** Options the scroll engine passes to a graphic's client renderer. */
export interface RenderOptions {
  /** False under prefers-reduced-motion or the motion toggle: jump to the final picture. */
  animate: boolean;
}

/**
 * The client side of a graphic: draws `state` (at `progress` 0..1 through its step) into the
 * graphic's root element, which was rendered at build time with every element it needs.
 * Must be idempotent and depend only on its arguments: calling it with the same state and
 * progress always yields the same picture, whatever was shown before.
 */
export type GraphicRenderer = (root: Element, state: string, progress: number, options: RenderOptions) => void;
