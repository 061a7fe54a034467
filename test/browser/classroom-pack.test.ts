import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PACK_FOLDER, writeClassroomPack } from '../../src/classroom/pack';
import { resolveDeployment } from '../../src/lib/deployment';
import { hasChromium, useBrowser } from '../support/browser';
import { DIST_DIR, TMP_DIR } from '../support/paths';
import { LOCALES, DEFAULT_LOCALE } from '../../src/i18n/locales';

/**
 * The classroom pack (npm run classroom): the zip unzipped into a temporary folder, as onto a USB stick, and crawled
 * over file:// in Chromium from its index.html, following links, with no server. Every page it reaches must load
 * with every request inside the pack, nothing failing and nothing logged; every link and asset must name a file
 * of the pack; every story step must show its picture; and the story, guide, handout, glossary and sources of
 * every language must be reached.
 */
describe.skipIf(!hasChromium)('the classroom pack, unzipped and opened from file://', () => {
  const { openPage } = useBrowser();

  it('links its story, guide, handout, glossary and sources in every language, every asset inside the pack, every step with its picture', async () => {
    const folder = join(TMP_DIR, 'classroom-pack');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const zipFile = join(folder, 'roundabout-classroom.zip');
    writeClassroomPack(DIST_DIR, resolveDeployment(process.env).base, zipFile);
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), bytes);
    }
    const root = pathToFileURL(join(folder, PACK_FOLDER)).href + '/';
    expect(existsSync(fileURLToPath(`${root}index.html`))).toBe(true);

    const { page, watch, close } = await openPage({ viewport: { width: 1024, height: 800 } });
    const problems: string[] = [];
    let current = '';
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(root) && !url.startsWith('data:')) problems.push(`${current}: a request outside the pack: ${url}`);
    });
    // A request cut short by the next navigation (the favicon, often) is not a missing file: every file a page names
    // is checked on disk below.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${current}: failed to load ${request.url()} (${request.failure()?.errorText})`);
    });
    const queue = ['index.html'];
    const seen = new Set(queue);
    try {
      while (queue.length > 0) {
        current = queue.shift()!;
        const errorsBefore = watch.consoleErrors.length;
        await page.goto(`${root}${current}`, { waitUntil: 'load' });
        const found = await page.evaluate(() => ({
          links: [...document.querySelectorAll('a[href]')].map((link) => (link as HTMLAnchorElement).href),
          assets: [...document.querySelectorAll('[src], link[href]')].map((element) => (element as HTMLImageElement).src || (element as HTMLLinkElement).href),
          steps: document.querySelectorAll('article [data-step]').length,
          pictures: [...document.querySelectorAll('article [data-step] .step__static img')].filter((image) => (image as HTMLImageElement).naturalWidth > 0 && image.getBoundingClientRect().height > 0).length,
        }));
        for (const error of watch.consoleErrors.slice(errorsBefore)) problems.push(`${current}: console: ${error}`);
        if (found.steps > 0 && found.pictures !== found.steps) problems.push(`${current}: ${found.pictures} of ${found.steps} steps show their picture`);
        for (const url of [...found.links, ...found.assets]) {
          if (!url.startsWith('file:')) continue;
          const path = url.replace(/[?#].*$/, '');
          if (!path.startsWith(root)) problems.push(`${current}: links outside the pack: ${url}`);
          else if (!existsSync(fileURLToPath(path))) problems.push(`${current}: links to a missing file: ${path.slice(root.length)}`);
        }
        for (const url of found.links) {
          const path = url.replace(/[?#].*$/, '');
          if (!path.startsWith(root) || !path.endsWith('.html')) continue;
          const next = decodeURI(path.slice(root.length));
          if (!seen.has(next) && existsSync(fileURLToPath(path))) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
    } finally {
      await close();
    }
    expect(problems).toEqual([]);
    for (const locale of LOCALES) {
      const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
      for (const page of ['index.html', 'teachers/index.html', 'handout/index.html', 'glossary/index.html', 'sources/index.html']) {
        expect(seen, `${prefix}${page} reached by links`).toContain(page === 'index.html' ? `${prefix}index.html` : `${prefix}${page}`);
      }
    }
  }, 240_000);
});
