import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, useBrowser } from '../support/browser';
import { builtPages, crawlSite, htmlFileOf, isSitePage, serveBuild, type CrawlReport, type ServedBuild } from '../support/crawl';
import { buildProjectCopy } from '../support/project-copy';
import { pngSize } from '../support/png';
import { languagePrefix } from '../support/paths';

/** A newsroom's deployment: its origin and the path it serves Roundabout under. */
const SITE_URL = 'https://news.example.org';
const BASE_PATH = '/news/roundabout/';
const PUBLIC_ROOT = `${SITE_URL}${BASE_PATH}`;

/** Builds a copy of the project for the newsroom's address (a copy, so it never collides with the default build). */
function buildForNewsroom(): string {
  const { status, output, outDir } = buildProjectCopy({ name: 'subpath', env: { SITE_URL, BASE_PATH } });
  if (status !== 0) throw new Error(`astro build for ${PUBLIC_ROOT} failed (exit ${status}):\n${output}`);
  return outDir;
}

describe(`the site built for ${PUBLIC_ROOT} and served under ${BASE_PATH}`, () => {
  let served: ServedBuild;
  let report: CrawlReport;
  let outDir = '';

  beforeAll(async () => {
    outDir = buildForNewsroom();
    served = await serveBuild(outDir, BASE_PATH);
    report = await crawlSite({ localRoot: served.root, publicRoot: PUBLIC_ROOT, distDir: outDir });
  }, 180_000);

  afterAll(async () => {
    await served?.close();
  });

  it('has no broken link, asset, fragment, canonical or og:url, and nothing outside the base path', () => {
    expect(report.problems).toEqual([]);
  });

  it('crawled every page and served every file of the build', () => {
    expect(report.reachable).toEqual(expect.arrayContaining(['', 'sources/', 'credits/']));
    expect([...report.reachable, ...report.unreachable].sort()).toEqual(builtPages(outDir).sort());
    expect(report.files.length).toBeGreaterThan(report.reachable.length);
    expect(report.stylesheets.length).toBeGreaterThan(0);
  });

  it('gives every page a canonical URL under the newsroom address', () => {
    for (const [page, canonical] of Object.entries(report.canonical)) {
      if (/^\d{3}\.html$/.test(page)) continue;
      expect(canonical, page).toBe(`${PUBLIC_ROOT}${page}`);
    }
  });

  it("gives every graphic's embed code, and each embed's link back to the story, absolute URLs under the newsroom address", () => {
    const story = parse(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const snippets = story.querySelectorAll('[data-embed-snippet]').map((field) => field.text);
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) {
      expect(snippet).toMatch(new RegExp(`<iframe src="${PUBLIC_ROOT.replaceAll('.', '\\.')}embed/[a-z0-9-]+/"`));
      expect(snippet).toContain(`<script src="${PUBLIC_ROOT}embed/parent.js" async></script>`);
    }
    for (const graphic of story.querySelectorAll('[data-scrolly]').map((block) => block.getAttribute('data-scrolly')!)) {
      const embed = parse(readFileSync(join(outDir, 'embed', graphic, 'index.html'), 'utf8'));
      expect(embed.querySelector('.embed__credit a[href*="#graphic-"]')?.getAttribute('href'), graphic).toBe(`${PUBLIC_ROOT}#graphic-${graphic}`);
    }
  });

  it('points og:image and twitter:image of every site page at the built 1200×630 card, by absolute URL', () => {
    expect(pngSize(readFileSync(join(outDir, 'og.png')))).toEqual({ width: 1200, height: 630 });
    const sitePages = builtPages(outDir)
      .map((page) => ({ page, html: parse(readFileSync(join(outDir, htmlFileOf(page)), 'utf8')) }))
      .filter(({ html }) => isSitePage(html));
    expect(sitePages.length).toBeGreaterThanOrEqual(3);
    for (const { page, html } of sitePages) {
      expect(html.querySelector('meta[property="og:image"]')?.getAttribute('content'), page).toBe(`${PUBLIC_ROOT}${languagePrefix(page)}og.png`);
      expect(html.querySelector('meta[name="twitter:image"]')?.getAttribute('content'), page).toBe(`${PUBLIC_ROOT}${languagePrefix(page)}og.png`);
    }
  });

  it("lists every picture file in each language's embed/manifest.json by its address under the newsroom's path, and each embed page's og:image is one of them", () => {
    for (const prefix of ['', ...new Set(builtPages(outDir).map(languagePrefix).filter(Boolean))]) {
      const manifest = JSON.parse(readFileSync(join(outDir, prefix, 'embed/manifest.json'), 'utf8')) as { pictures: { embed: string; files: { url: string }[] }[] };
      expect(manifest.pictures.length, prefix).toBeGreaterThan(10);
      for (const picture of manifest.pictures) {
        for (const url of [picture.embed, ...picture.files.map((file) => file.url)]) {
          expect(url.startsWith(`${PUBLIC_ROOT}${prefix}embed/`), url).toBe(true);
          const file = url.slice(PUBLIC_ROOT.length);
          expect(existsSync(join(outDir, file.endsWith('/') ? `${file}index.html` : file)), url).toBe(true);
        }
        const page = parse(readFileSync(join(outDir, picture.embed.slice(PUBLIC_ROOT.length), 'index.html'), 'utf8'));
        const image = page.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
        expect(picture.files.map((file) => file.url), picture.embed).toContain(image);
      }
    }
  });

  it('redirects the base path without its trailing slash, as static hosts do', async () => {
    const response = await fetch(served.root.slice(0, -1), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(BASE_PATH);
  });

  describe.skipIf(!hasChromium)('in Chromium', () => {
    const { openPage } = useBrowser();

    it('every page loads under the sub-path with no failed request and no console error', async () => {
      expect(existsSync(outDir)).toBe(true);
      const failures: string[] = [];
      for (const page of builtPages(outDir).filter((path) => !/^\d{3}\.html$/.test(path))) {
        const { page: tab, watch, close } = await openPage();
        tab.on('response', (response) => {
          if (response.status() >= 400) failures.push(`${page || '(start page)'}: HTTP ${response.status()} ${response.url()}`);
        });
        tab.on('requestfailed', (request) => failures.push(`${page || '(start page)'}: failed ${request.url()}`));
        try {
          await tab.goto(`${served.root}${page}`, { waitUntil: 'networkidle' });
          failures.push(...watch.consoleErrors.map((error) => `${page || '(start page)'}: console: ${error}`));
          failures.push(...watch.externalRequests.map((url) => `${page || '(start page)'}: external request ${url}`));
        } finally {
          await close();
        }
      }
      expect(failures).toEqual([]);
    }, 300_000); // one visit per built page (dozens, with the embeds), each waiting for the network to settle
  });
});
