import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Each graphic's state names, by graphic name, as its src/charts/<name>/states.ts exports them (STATE_NAMES). */
export type GraphicStates = ReadonlyMap<string, readonly string[]>;

/**
 * loadGraphicStates(root) reads every graphic's states.ts (plain data, no runtime imports, so Node
 * can load it while the config loads), for the chapter check's <Scrolly graphic>/<Step state> test.
 * A graphic folder without states.ts, or one whose STATE_NAMES is not a list of names, is an error
 * naming the file.
 */
export async function loadGraphicStates(root: string = process.cwd()): Promise<GraphicStates> {
  const charts = join(root, 'src/charts');
  const states = new Map<string, readonly string[]>();
  for (const name of readdirSync(charts, { withFileTypes: true })) {
    if (!name.isDirectory() || name.name === 'kit') continue;
    const file = join(charts, name.name, 'states.ts');
    if (!existsSync(file)) throw new Error(`src/charts/${name.name}/states.ts: missing (every graphic exports STATE_NAMES from it)`);
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { STATE_NAMES?: unknown };
    const names = module.STATE_NAMES;
    if (!Array.isArray(names) || names.length === 0 || !names.every((state) => typeof state === 'string')) {
      throw new Error(`src/charts/${name.name}/states.ts: field "STATE_NAMES" must be a non-empty list of state names`);
    }
    states.set(name.name, names as string[]);
  }
  return states;
}
