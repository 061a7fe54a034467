import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/paths';
import { clientModuleGraph, filesUnder, importsOf } from './imports';

const rel = (file: string) => relative(PROJECT_ROOT, file);

describe('client code (what the browser loads)', () => {
  const graph = clientModuleGraph();

  it('is found: the scroll engine and every graphic’s renderer are among the modules the pages can load', () => {
    const modules = [...graph.keys()].map(rel);
    expect(modules).toContain('src/scrolly/client.ts');
    for (const name of readdirSync(join(PROJECT_ROOT, 'src/charts')).filter((folder) => folder !== 'kit' && !folder.includes('.'))) {
      expect(modules).toContain(`src/charts/${name}/client.ts`);
    }
  });

  it('never imports a node: module or the ledger loader, which read files at build time', () => {
    const offences: string[] = [];
    for (const [file, { imports, via }] of graph) {
      for (const specifier of imports) {
        if (/^node:|^(fs|path|url|os|child_process)$/.test(specifier) || /facts\/ledger(\.ts)?$/.test(specifier) || specifier === 'yaml') {
          offences.push(`${rel(file)} (loaded via ${rel(via)}) imports "${specifier}"`);
        }
      }
    }
    expect(offences).toEqual([]);
  });
});

describe('declared dependencies', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const sources = [...filesUnder(join(PROJECT_ROOT, 'src')), join(PROJECT_ROOT, 'astro.config.mjs')].filter((file) => /\.(ts|mjs|astro|js)$/.test(file));
  const imported = new Set(
    sources.flatMap((file) => importsOf(readFileSync(file, 'utf8'))).map((specifier) => specifier.match(/^(@[^/]+\/[^/]+|[^/]+)/)![1]!),
  );

  it('are each imported by the site: no runtime dependency is declared and left unused', () => {
    const unused = Object.keys(manifest.dependencies).filter((name) => !imported.has(name));
    expect(unused).toEqual([]);
  });
});

describe('one graphic = one folder', () => {
  const graphics = readdirSync(join(PROJECT_ROOT, 'src/charts'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
    .map((entry) => entry.name);
  const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

  it('no file under src/ outside a graphic’s folder names it, except a page that places it with graphic="<name>"', () => {
    expect(graphics.length).toBeGreaterThan(0);
    const offences: string[] = [];
    for (const file of filesUnder(join(PROJECT_ROOT, 'src'))) {
      const path = rel(file);
      if (!/\.(ts|astro|css|json|mjs|js)$/.test(path)) continue;
      const text = withoutComments(readFileSync(file, 'utf8'));
      for (const name of graphics) {
        if (path.startsWith(`src/charts/${name}/`)) continue;
        const placing = path.startsWith('src/pages/') ? text.replaceAll(`graphic="${name}"`, '') : text;
        const named = new RegExp(`['"\`]${name}['"\`]|/${name}/|gfx-${name}\\b|#graphic-${name}\\b|\\b${name}__`).exec(placing);
        if (named) offences.push(`${path} names ${name}: …${placing.slice(Math.max(0, named.index - 30), named.index + name.length + 30).replace(/\s+/g, ' ')}…`);
      }
    }
    expect(offences).toEqual([]);
  });
});

describe('the scripts package.json runs with plain node (npm run bench, shots, classroom)', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const entries = Object.values(manifest.scripts)
    .flatMap((command) => [...command.matchAll(/(?:^|&&\s*)node\s+(\S+\.ts)\b/g)].map((match) => join(PROJECT_ROOT, match[1]!)));

  it('name every relative import by its file, extension and all: Node resolves no bare "./x" to x.ts (and such a script fails at its first line)', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const offences: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of importsOf(readFileSync(file, 'utf8')).filter((name) => name.startsWith('.'))) {
        const target = join(file, '..', specifier);
        if (!/\.(ts|mjs|js|json)$/.test(specifier) || !existsSync(target)) offences.push(`${rel(file)} imports "${specifier}"`);
        else if (target.endsWith('.ts')) visit(target);
      }
    };
    for (const entry of entries) visit(entry);
    expect(offences).toEqual([]);
  });
});
