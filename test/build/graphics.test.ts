import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/deployment';
import { DIST_DIR } from '../support/paths';

/** Splits one CSV row into cells, honouring double-quoted cells (RFC 4180). */
function parseCsvRow(row: string): string[] {
  return [...row.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2]!));
}

const html = parse(readFileSync(join(DIST_DIR, 'index.html'), 'utf8'));
const blocks = html.querySelectorAll('[data-scrolly]');

describe('graphics in the built story (dist/index.html)', () => {
  it('places graphics in the story, each step inside the block of the graphic that owns its state', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const graphic = block.getAttribute('data-scrolly');
      const steps = block.querySelectorAll('[data-step]');
      expect(steps.length, graphic).toBeGreaterThan(0);
      for (const step of steps) expect(step.getAttribute('data-step-of'), `${step.id} in ${graphic}`).toBe(graphic);
      expect(block.querySelectorAll(`[data-graphic="${graphic}"]`), `${graphic} live root`).toHaveLength(1);
    }
  });

  it('gives every step a unique id, a description in the text flow and a static picture', () => {
    const steps = html.querySelectorAll('[data-step]');
    const ids = steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of steps) {
      expect(step.querySelector('.step__alt')?.text.trim().length, step.id).toBeGreaterThan(20);
      const picture = step.querySelector('.step__static img')?.getAttribute('src') ?? '';
      expect(picture, step.id).toBe(`/graphics/${step.getAttribute('data-step-of')}/${step.getAttribute('data-step')}.svg`);
      expect(existsSync(join(DIST_DIR, picture)), `${step.id}: ${picture} is built`).toBe(true);
    }
  });

  it('offers, for each graphic, a CSV link and an embed snippet with absolute URLs for the configured site', () => {
    const site = new URL(DEFAULT_SITE_URL).origin;
    for (const block of blocks) {
      const graphic = block.getAttribute('data-scrolly')!;
      expect(block.querySelector(`a[href$="data/${graphic}.csv"]`), `${graphic} CSV link`).not.toBeNull();
      const snippet = block.querySelector('[data-embed-snippet]')?.text ?? '';
      expect(snippet).toContain(`src="${site}/embed/${graphic}/"`);
      expect(snippet).toContain(`src="${site}/embed/parent.js"`);
    }
  });

  it('generates a CSV per graphic whose numbers match the data table shown on the page', () => {
    for (const block of blocks) {
      const graphic = block.getAttribute('data-scrolly')!;
      const csv = readFileSync(join(DIST_DIR, 'data', `${graphic}.csv`), 'utf8').trimEnd().split('\r\n');
      const headers = block.querySelectorAll('table thead th').map((th) => th.text.trim());
      expect(parseCsvRow(csv[0]!)).toEqual(headers);
      const rows = block.querySelectorAll('table tbody tr');
      expect(csv.length - 1, graphic).toBe(rows.length);
    }
  });
});
