import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseBudgets, withinBudget, type Budget } from '../bench/budgets';
import { gzipBytes, graphicPathData } from '../bench/html';
import { DIST_DIR, PROJECT_ROOT } from '../support/paths';

/**
 * The benchmark's size budgets, checked on every test run: sizes are exact, unlike timings, so
 * they can gate CI without noise. The limits come from the one budgets file the benchmark uses.
 */
const budgets = parseBudgets(JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/bench/budgets.json'), 'utf8')));
const budget = (metric: string): Budget => {
  const found = budgets.find((entry) => entry.metric === metric && (entry.pages === undefined || entry.pages.includes('story')));
  if (!found) throw new Error(`test/bench/budgets.json has no "${metric}" budget for the story`);
  return found;
};

/** Every JS file a page loads: its module scripts and, transitively, what they import (statically or not). */
function scriptsOf(htmlPath: string): string[] {
  const html = parse(readFileSync(htmlPath, 'utf8'));
  const pending = html
    .querySelectorAll('script[src], link[rel="modulepreload"]')
    .map((element) => element.getAttribute('src') ?? element.getAttribute('href')!)
    .map((url) => join(DIST_DIR, url.replace(/^\//, '')));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${htmlPath} loads ${file}, which the build does not contain`);
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      pending.push(resolve(dirname(file), match[1]!));
    }
  }
  return [...seen];
}

describe('size budgets of the built story (test/bench/budgets.json)', () => {
  it('ships the story with at most the JS budget, gzipped, counting every module it can load', () => {
    const files = scriptsOf(join(DIST_DIR, 'index.html'));
    expect(files.length).toBeGreaterThan(0);
    const total = files.reduce((sum, file) => sum + gzipBytes(readFileSync(file)), 0);
    const limit = budget('js-gzip');
    expect(withinBudget(total, limit), `story JS is ${total} B gzip, budget ${limit.max} B`).toBe(true);
  });

  it('keeps the flow map path data within its budget, gzipped', () => {
    const data = graphicPathData(readFileSync(join(DIST_DIR, 'index.html'), 'utf8'), 'flow-map');
    expect(data.paths).toBeGreaterThan(0);
    const limit = budget('map-path-gzip');
    expect(withinBudget(data.gzip, limit), `map path data is ${data.gzip} B gzip, budget ${limit.max} B`).toBe(true);
  });
});
