import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseBudgets, withinBudget, type Budget } from '../bench/budgets';
import { gzipBytes, graphicPathData } from '../bench/html';
import { builtPages, htmlFileOf } from '../support/crawl';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales';
import { DIST_DIR, PROJECT_ROOT, languagePrefix } from '../support/paths';

/**
 * The benchmark's size budgets, checked on every test run: sizes are exact, unlike timings, so
 * they can gate CI without noise. The limits come from the one budgets file the benchmark uses.
 */
const budgets = parseBudgets(JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/bench/budgets.json'), 'utf8')));
const budget = (metric: string, page = 'story'): Budget => {
  const found = budgets.find((entry) => entry.metric === metric && (entry.pages === undefined || entry.pages.includes(page)));
  if (!found) throw new Error(`test/bench/budgets.json has no "${metric}" budget for the ${page} page`);
  return found;
};

/** The built embed pages: each graphic's stepping page and its frozen per-state pages. */
const inLanguage = (page: string) => page.slice(languagePrefix(page).length);
const embedPages = builtPages(DIST_DIR).filter((page) => /^embed\/[^/]+\/([^/]+\/)?$/.test(inLanguage(page)));
const frozenPages = embedPages.filter((page) => /^embed\/[^/]+\/[^/]+\/$/.test(inLanguage(page)));
/** The story page of each language ("index.html", "ko/index.html"). */
const stories = LOCALES.map((locale) => (locale === DEFAULT_LOCALE ? 'index.html' : `${locale}/index.html`));
const steppingPages = embedPages.filter((page) => !frozenPages.includes(page));

const gzipOf = (files: string[]) => files.reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0);
/** gzip bytes of every JS file a page can load. */
const jsGzip = (page: string) => gzipOf(scriptsOf(join(DIST_DIR, htmlFileOf(page))));

const IMPORT = /(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/** The JS files a set of scripts pulls in: with `dynamic`, also what they import() later. */
function closure(start: string[], dynamic: boolean): string[] {
  const pending = [...start];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`a script imports ${file}, which the build does not contain`);
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(dynamic ? IMPORT : STATIC_IMPORT)) pending.push(resolve(dirname(file), match[1]!));
  }
  return [...seen];
}

/** The module scripts a page names, as files. */
function pageScripts(htmlPath: string): string[] {
  const html = parse(readFileSync(htmlPath, 'utf8'));
  return html
    .querySelectorAll('script[src], link[rel="modulepreload"]')
    .map((element) => element.getAttribute('src') ?? element.getAttribute('href')!)
    .map((url) => join(DIST_DIR, url.replace(/^\//, '')));
}

/** Every JS file a page can load: its module scripts and, transitively, what they import (statically or not). */
function scriptsOf(htmlPath: string): string[] {
  return closure(pageScripts(htmlPath), true);
}

/** Each graphic's renderer chunk, read from the built loader map ("../fire-day/client.ts": () => import(`./x.js`)). */
function rendererChunks(): Map<string, string> {
  const chunks = new Map<string, string>();
  const dir = join(DIST_DIR, '_astro');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.js'))) {
    const code = readFileSync(join(dir, name), 'utf8');
    for (const match of code.matchAll(/["'`]\.\.\/([a-z0-9-]+)\/client\.ts["'`]\s*:\s*\(\)\s*=>[^;]*?import\(\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) {
      chunks.set(match[1]!, join(dir, match[2]!));
    }
  }
  return chunks;
}

describe('size budgets of the built story (test/bench/budgets.json)', () => {
  it.each(stories.map((story) => [story]))('ships the story (%s) with at most the JS budget, gzipped, counting every module it can load', (story) => {
    const files = scriptsOf(join(DIST_DIR, story));
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0);
    const limit = budget('js-gzip');
    expect(withinBudget(total, limit), `${story}: story JS is ${total} B gzip, budget ${limit.max} B`).toBe(true);
  });

  it.each(stories.map((story) => [story]))('keeps the story’s HTML (%s) within its budget (step pictures are files, not inline SVG)', (story) => {
    const bytes = readFileSync(join(DIST_DIR, story)).length;
    const limit = budget('html-bytes');
    expect(withinBudget(bytes, limit), `${story}: story HTML is ${bytes} B, budget ${limit.max} B`).toBe(true);
  });

  it('ships each stepping embed with its own graphic’s renderer only, within its budget of JS, gzipped', () => {
    expect(steppingPages.length).toBeGreaterThan(0);
    const renderers = rendererChunks();
    expect([...renderers.keys()].sort(), 'every graphic has a renderer chunk').toEqual([...new Set(steppingPages.map((page) => inLanguage(page).split('/')[1]!))].sort());
    const limit = budget('embed-js-gzip', 'embed');
    for (const page of steppingPages) {
      const graphic = inLanguage(page).split('/')[1]!;
      const startup = closure(pageScripts(join(DIST_DIR, htmlFileOf(page))), false);
      for (const [other, chunk] of renderers) expect(startup, `${page} loads ${other}'s renderer at start`).not.toContain(chunk);
      const loads = closure([...startup, renderers.get(graphic)!], false);
      expect(withinBudget(gzipOf(loads), limit), `${page}: ${gzipOf(loads)} B gzip, budget ${limit.max} B`).toBe(true);
    }
  });

  it('ships a frozen per-state embed with no chart code: only its height reporter, within its budget', () => {
    expect(frozenPages.length).toBeGreaterThan(0);
    const limit = budget('frozen-embed-js-gzip', 'embed');
    const renderers = [...rendererChunks().values()];
    for (const page of frozenPages) {
      const loads = scriptsOf(join(DIST_DIR, htmlFileOf(page)));
      for (const chunk of renderers) expect(loads, `${page} can load ${chunk}`).not.toContain(chunk);
      expect(withinBudget(jsGzip(page), limit), `${page}: ${jsGzip(page)} B gzip, budget ${limit.max} B`).toBe(true);
      expect(readFileSync(join(DIST_DIR, htmlFileOf(page)), 'utf8'), page).not.toContain('data-scene=');
    }
  });

  it.each(stories.map((story) => [story]))('keeps the flow map path data (%s) within its budget, gzipped', (story) => {
    const data = graphicPathData(readFileSync(join(DIST_DIR, story), 'utf8'), 'flow-map');
    expect(data.paths).toBeGreaterThan(0);
    const limit = budget('map-path-gzip');
    expect(withinBudget(data.gzip, limit), `map path data is ${data.gzip} B gzip, budget ${limit.max} B`).toBe(true);
  });
});
