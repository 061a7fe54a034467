import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium, useBrowser } from '../support/browser';
import { builtPages } from '../support/crawl';
import { ALLOWED_NAMES, ORIGINALITY_LIMITS, originalityMeasure } from '../support/originality';
import { DIST_DIR, PROJECT_ROOT } from '../support/paths';

/** Every page of the build, found on disk, so a new page or language is covered without editing this file. */
const PAGES = builtPages(DIST_DIR).map((page) => `/${page}`);
const SOURCE = readFileSync(join(PROJECT_ROOT, 'content/sources/article.txt'), 'utf8');
const measure = originalityMeasure(SOURCE, { ...ORIGINALITY_LIMITS, allowed: ALLOWED_NAMES });

describe.skipIf(!hasChromium)('originality: every page tells the story in its own words', () => {
  const { origin, openPage } = useBrowser();

  it('the build has pages to read', () => {
    expect(PAGES).toContain('/');
  });

  for (const path of PAGES) {
    it(`${path}: no run of ${ORIGINALITY_LIMITS.maxRun} words shared with the source outside quotes, at most ${ORIGINALITY_LIMITS.maxShare * 100}% of words in shared ${ORIGINALITY_LIMITS.shareRun}-word runs`, async () => {
      const { page, close } = await openPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        // Everything a reader can get to: closed <details> opened, <q> with the marks the browser draws,
        // SVG labels, text alternatives and the words in the head that hosts and search engines show.
        const text = await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
          for (const quote of document.querySelectorAll('q')) quote.textContent = `“${quote.textContent}”`;
          const blocks = [document.title, document.body.innerText];
          for (const node of document.querySelectorAll('svg text, svg title, svg desc')) blocks.push(node.textContent ?? '');
          for (const node of document.querySelectorAll('[aria-label], img[alt]')) {
            blocks.push(node.getAttribute('aria-label') ?? node.getAttribute('alt') ?? '');
          }
          for (const meta of document.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')) {
            if (!/url|image/.test(meta.getAttribute('property') ?? meta.getAttribute('name') ?? '')) blocks.push(meta.getAttribute('content') ?? '');
          }
          return blocks.join('\n\u0000\n');
        });
        const report = measure(text);
        const lines = [
          `${path}: ${(report.share * 100).toFixed(1)}% of ${report.words} words sit in ${ORIGINALITY_LIMITS.shareRun}-word runs shared with the source`,
          ...report.longRuns.map((run) => `  run of ${run.split(' ').length} words: “${run}”`),
          ...(report.share > ORIGINALITY_LIMITS.maxShare ? report.runs.map((run) => `  shared: “${run}”`) : []),
        ];
        expect(report.ok, lines.join('\n')).toBe(true);
      } finally {
        await close();
      }
    });
  }
});
