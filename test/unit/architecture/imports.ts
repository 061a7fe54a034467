import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../support/paths';

/** Every file under a folder, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\.meta\.glob(?:<[^>]*>)?\(\s*\[?\s*['"]([^'"]+)['"]/g;

/** The module specifiers a TypeScript or JavaScript text imports, type-only imports excluded. */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    if (/^\s*(?:import|export)\s+type\s/.test(match[0].trimStart())) continue;
    out.push((match[1] ?? match[2] ?? match[3])!);
  }
  // A package file resolved by name (a font read at build time) is a use of that package too.
  for (const match of text.matchAll(/\brequire\.resolve\(\s*['"]([^'"]+)['"]/g)) out.push(match[1]!);
  return out;
}

/** The body of each client <script> (not is:inline, not type="application/…") of an .astro file. */
export function clientScriptsOf(astro: string): string[] {
  return [...astro.matchAll(/<script(?![^>]*\bis:inline)(?![^>]*type="application)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/** Resolves a relative specifier from a file to a file on disk (.ts, .js, /index.ts), or undefined for a package. */
export function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${relative(PROJECT_ROOT, from)}: cannot resolve import "${specifier}"`);
}

/** expandGlob(from, pattern) lists the files an import.meta.glob pattern with one star segment matches (a chart folder, say). */
export function expandGlob(from: string, pattern: string): string[] {
  const [before, after] = pattern.split('*') as [string, string];
  const dir = resolve(dirname(from), before);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name + after))
    .filter((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every module the browser loads: client scripts of .astro files and all they import, with who imported each. */
export function clientModuleGraph(): Map<string, { imports: string[]; via: string }> {
  const graph = new Map<string, { imports: string[]; via: string }>();
  const queue: [file: string, via: string, text: string][] = [];
  for (const file of filesUnder(join(PROJECT_ROOT, 'src')).filter((f) => f.endsWith('.astro'))) {
    clientScriptsOf(readFileSync(file, 'utf8')).forEach((script, index) => queue.push([`${file}#script${index}`, file, script]));
  }
  while (queue.length > 0) {
    const [file, via, text] = queue.shift()!;
    if (graph.has(file)) continue;
    const imports = importsOf(text);
    graph.set(file, { imports, via });
    const from = file.replace(/#script\d+$/, '');
    for (const specifier of imports) {
      const targets = specifier.includes('*') ? expandGlob(from, specifier) : [resolveLocal(from, specifier)];
      for (const target of targets) {
        if (target && !graph.has(target) && /\.(ts|js)$/.test(target)) queue.push([target, file, readFileSync(target, 'utf8')]);
      }
    }
  }
  return graph;
}
