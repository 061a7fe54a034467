import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales';
import { siteWords } from '../../i18n/site';
import { factPlaceholders, translator } from '../../i18n/translate';
import { readFacts } from '../../facts/reader';
import { sourcesIn } from '../../facts/sources';
import type { AnyGraphic, ChartContext, DataTable } from './contract';
import type { Scene, SceneDef } from './scene';

/**
 * Every graphic of the site, found by its folder: src/charts/<name>/index.ts default-exports its
 * contract. Build side only (it reads the ledger); the client finds renderers in clients.ts.
 */
const modules = import.meta.glob<{ default: AnyGraphic }>('../*/index.ts', { eager: true });

function discover(): ReadonlyMap<string, AnyGraphic> {
  const graphics = new Map<string, AnyGraphic>();
  const owners = new Map<string, string>();
  for (const [path, module] of Object.entries(modules)) {
    const folder = /^\.\.\/([^/]+)\/index\.ts$/.exec(path)![1]!;
    const graphic = module.default;
    if (!graphic || typeof graphic !== 'object') throw new Error(`src/charts/${folder}/index.ts: no default export (export default defineGraphic({…}))`);
    if (graphic.name !== folder) throw new Error(`src/charts/${folder}/index.ts: field "name" is "${graphic.name}"; it must be the folder's name, "${folder}"`);
    for (const state of graphic.states) {
      const owner = owners.get(state);
      if (owner) throw new Error(`src/charts/${folder}/index.ts: state "${state}" is already a state of ${owner}; state names are step ids and must be unique`);
      owners.set(state, folder);
    }
    graphics.set(folder, graphic);
  }
  return graphics;
}

/** Every graphic by name. */
export const GRAPHICS: ReadonlyMap<string, AnyGraphic> = discover();

/** Every (graphic, state) pair, as route parameters: one per picture the site draws. */
export function graphicStates(): { graphic: string; state: string }[] {
  return [...GRAPHICS.values()].flatMap((graphic) => graphic.states.map((state) => ({ graphic: graphic.name, state })));
}

/** requireGraphic(name, where) looks a graphic up, failing with the known names. */
export function requireGraphic(name: string, where: string): AnyGraphic {
  const graphic = GRAPHICS.get(name);
  if (!graphic) throw new Error(`${where}: unknown graphic "${name}" (known: ${[...GRAPHICS.keys()].join(', ') || 'none'})`);
  return graphic;
}

/** graphicOfState(state, where) finds the graphic that owns a state name. */
export function graphicOfState(state: string, where: string): AnyGraphic {
  for (const graphic of GRAPHICS.values()) if (graphic.states.includes(state)) return graphic;
  const known = [...GRAPHICS.values()].flatMap((graphic) => graphic.states);
  throw new Error(`${where}: unknown step state "${state}" (known: ${known.join(', ') || 'none'})`);
}

/** What the build computes once per graphic and language, then reuses for every block, step and page. */
export interface BuiltGraphic {
  graphic: AnyGraphic;
  context: ChartContext<string>;
  /** Its data, with every label in this language. */
  data: unknown;
  /** title, takeaway and source line in this language. */
  title: string;
  takeaway: string;
  sourceLine: string;
  /** The picture of a state at the end of its step. */
  scene(state: string): Scene;
  /** The text alternative of a state's picture. */
  describe(state: string): string;
  /** The short name of a state's picture ("state.<state>" in its words.json). */
  stateName(state: string): string;
  /** Shapes drawn once per page. */
  defs(): SceneDef[];
  /** The data as a table. */
  table(): DataTable;
}

const built = new Map<string, BuiltGraphic>();

/** buildGraphic(name, locale) is the graphic with its data, scenes and words for one language, computed once. */
export function buildGraphic(name: string, locale: Locale = DEFAULT_LOCALE, where = `graphic ${name}`): BuiltGraphic {
  const key = `${name}\u0000${locale}`;
  const cached = built.get(key);
  if (cached) return cached;
  const graphic = requireGraphic(name, where);
  const context: ChartContext<string> = {
    locale,
    t: translator<string>(`src/charts/${name}/words.json`, graphic.words, locale),
    site: siteWords(locale),
    facts: readFacts(locale, `graphic ${name}`),
  };
  const data = graphic.data(context);
  /**
   * Title, takeaway and source line are fixed words, but may quote figures as {fact:<id>} (the
   * ledger's display text, so no number is retyped) and the source report as {source}.
   */
  const headline = (key: 'title' | 'takeaway' | 'source') => {
    const template = graphic.words[locale]?.[key] ?? '';
    const values: Record<string, string> = Object.fromEntries(factPlaceholders(template).map((id) => [`fact:${id}`, context.facts.display(id)]));
    if (template.includes('{source}')) values.source = sourcesIn(locale).article.title;
    return context.t(key, values);
  };
  const scenes = new Map<string, Scene>();
  const descriptions = new Map<string, string>();
  let defs: SceneDef[] | undefined;
  let table: DataTable | undefined;
  const requireState = (state: string) => {
    if (!graphic.states.includes(state)) throw new Error(`${where}: "${state}" is not a state of ${name} (known: ${graphic.states.join(', ')})`);
  };
  const result: BuiltGraphic = {
    graphic,
    context,
    data,
    title: headline('title'),
    takeaway: headline('takeaway'),
    sourceLine: headline('source'),
    scene(state) {
      requireState(state);
      let scene = scenes.get(state);
      if (!scene) scenes.set(state, (scene = graphic.scene(data, state, graphic.size, 1)));
      return scene;
    },
    describe(state) {
      requireState(state);
      let text = descriptions.get(state);
      if (text === undefined) descriptions.set(state, (text = graphic.describe(data, state, context, result.scene(state))));
      return text;
    },
    stateName(state) {
      requireState(state);
      return context.t(`state.${state}`);
    },
    defs: () => (defs ??= graphic.defs?.(context, graphic.size) ?? []),
    table: () => (table ??= graphic.table(data, context)),
  };
  built.set(key, result);
  return result;
}
