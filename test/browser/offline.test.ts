import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sirv from 'sirv';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOfflineFiles } from '../../src/integrations/offline';
import { siteWords } from '../../src/i18n/site';
import { resolveDeployment } from '../../src/lib/deployment';
import { SITE } from '../../src/site';
import { axeViolations, hasChromium, useBrowser } from '../support/browser';
import { builtPages, filesIn, htmlFileOf, isSitePage, serveBuild, type ServedBuild } from '../support/crawl';
import { DIST_DIR, PROJECT_ROOT, TMP_DIR } from '../support/paths';
import { buildProjectCopy } from '../support/project-copy';

const t = siteWords();

/** The default build's base path (the global setup builds with the environment's SITE_URL and BASE_PATH). */
const { base: DEFAULT_BASE } = resolveDeployment(process.env);

/** A newsroom's deployment, as in test/build/subpath.test.ts. */
const SITE_URL = 'https://news.example.org';
const BASE_PATH = '/news/roundabout/';

/**
 * The teacher's guide with the offline panel at the end of its main content, as src/pages/[...locale]/teachers.astro is
 * to carry it (left as it is once it does).
 */
function withOfflinePanel(page: string): string {
  if (page.includes('<OfflineStatus')) return page;
  if (!page.startsWith('---\n') || !page.includes('</article>')) throw new Error('src/pages/[...locale]/teachers.astro: no frontmatter or </article> to place <OfflineStatus /> in');
  return page
    .replace('---\n', "---\nimport OfflineStatus from '../components/OfflineStatus.astro';\n")
    .replace('</article>', '  <OfflineStatus />\n  </article>');
}

/**
 * Every file the worker must keep: the whole build except the worker itself, its Workbox runtime and the picture
 * files newsrooms download (embed/<graphic>/<state>.svg|png, in any language: a lesson shows pages, not these).
 */
function filesToPrecache(distDir: string): string[] {
  return filesIn(distDir).filter((file) => file !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(file) && !/^(?:[a-z]{2}\/)?embed\/[^/]+\/[^/]+\.(?:png|svg)$/.test(file));
}

/** The <title> of a built page, read from its file. */
function builtTitle(distDir: string, page: string): string {
  return parse(readFileSync(join(distDir, htmlFileOf(page)), 'utf8')).querySelector('title')?.text ?? '';
}

/**
 * Waits until the page's worker is active, scoped to `root` and controlling the page, and returns what its
 * caches hold, as site paths with Workbox's revision parameter removed.
 */
async function waitUntilSaved(page: Page, root: string): Promise<string[]> {
  const { scope, urls } = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    const names = await caches.keys();
    const lists = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)));
    return { scope: registration.scope, urls: lists.flat() };
  });
  expect(scope).toBe(root);
  return urls
    .map((url) => {
      const parsed = new URL(url);
      parsed.searchParams.delete('__WB_REVISION__');
      expect(parsed.href.startsWith(root), parsed.href).toBe(true);
      return decodeURI(parsed.href.slice(root.length));
    })
    .sort();
}

/**
 * serveChangingBuild(distDir, base, holds) serves a build whose files change while it is served, as a host does
 * after a deploy (serveBuild's server reads each file's size and ETag once, at start). A request whose path
 * (under `base`, query left off) `holds` names gets no answer until the server closes: a stalled network.
 */
async function serveChangingBuild(distDir: string, base: string, holds: (path: string) => boolean = () => false): Promise<ServedBuild> {
  const serve = sirv(distDir, { dev: true, etag: true });
  const held = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const notFound = () => {
      response.writeHead(404).end();
    };
    const url = request.url ?? '/';
    if (!url.startsWith(base)) return notFound();
    request.url = `/${url.slice(base.length)}`;
    if (holds(request.url.split('?')[0]!)) return void held.add(response);
    serve(request, response, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    root: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of held) response.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Takes the network away: the server stops and the browser context is offline. */
async function goOffline(context: BrowserContext, served: ServedBuild): Promise<void> {
  await served.close();
  await context.setOffline(true);
}

/** Loads every built page in turn; each must come from the worker, be the right page and need nothing it lacks. */
async function expectEveryPageOffline(page: Page, root: string, distDir: string): Promise<void> {
  const problems: string[] = [];
  // Chromium fetches favicons itself, never through a service worker, so the icon alone may fail offline.
  // Requests the next page.goto() cuts short (lazy frames, late chunks) end "aborted": not a failure to load.
  const icon = `${root}favicon.svg`;
  const onFailed = (request: Request) => {
    const error = request.failure()?.errorText ?? '';
    if (request.url() !== icon && error !== 'net::ERR_ABORTED') problems.push(`request failed (${error}): ${request.url()}`);
  };
  page.on('requestfailed', onFailed);
  const pages = builtPages(distDir);
  expect(pages).toContain('sources/');
  for (const path of pages) {
    const response = await page.goto(`${root}${path}`).catch((error: Error) => error);
    if (response instanceof Error || response === null) {
      problems.push(`${path || '(start page)'}: ${response?.message ?? 'no response'}`);
      continue;
    }
    if (response.status() !== 200) problems.push(`${path || '(start page)'}: HTTP ${response.status()}`);
    if (!response.fromServiceWorker()) problems.push(`${path || '(start page)'}: not served by the worker`);
    const title = await page.title();
    if (title !== builtTitle(distDir, path)) problems.push(`${path || '(start page)'}: title "${title}", expected "${builtTitle(distDir, path)}"`);
  }
  page.off('requestfailed', onFailed);
  expect(problems).toEqual([]);
}

/** Offline, the story scrolls with its graphics: scrolling to a step with another picture changes the graphic's data-state. */
async function expectStoryScrollsOffline(page: Page, root: string): Promise<void> {
  await page.goto(root);
  const target = await page.evaluate(() => {
    const block = document.querySelector<HTMLElement>('[data-scrolly]')!;
    const shown = block.querySelector<HTMLElement>('.scrolly__figure [data-graphic]')!.dataset.state;
    const step = [...block.querySelectorAll<HTMLElement>('[data-step]')].find((candidate) => candidate.dataset.step !== shown)!;
    step.scrollIntoView({ block: 'center' });
    return { id: step.id, state: step.dataset.step, shown };
  });
  expect(target.state).not.toBe(target.shown);
  // The engine reacts on the next intersection report; on a loaded 2-core CI machine that has taken over a second.
  await expect.poll(() => page.getAttribute('[data-scrolly] .scrolly__figure [data-graphic]', 'data-state'), { timeout: 10_000 }).toBe(target.state);
  expect(await page.getAttribute(`[id="${target.id}"]`, 'aria-current')).toBe('step');
}

/** Offline, /?present opens presentation mode at the title slide, and the next key moves to the next slide. */
async function expectPresentationOffline(page: Page, root: string): Promise<void> {
  const response = await page.goto(`${root}?present`);
  expect(response?.fromServiceWorker()).toBe(true);
  const current = () => page.evaluate(() => [...document.querySelectorAll('[data-present-current]')].map((element) => element.id));
  await expect.poll(() => page.getAttribute('html', 'data-mode')).toBe('present');
  expect(await current()).toEqual(['present-title']);
  expect(await page.locator('#present-title').isVisible()).toBe(true);
  await page.keyboard.press('ArrowRight');
  const next = await current();
  expect(next).toHaveLength(1);
  expect(next[0]).not.toBe('present-title');
}

/** Offline, an embed page with ?step=<state> shows that picture (the query does not stop the worker finding the page). */
async function expectFrozenEmbedOffline(page: Page, root: string, distDir: string): Promise<void> {
  const story = parse(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const graphic = story.querySelector('[data-scrolly]')!.getAttribute('data-scrolly')!;
  const embed = parse(readFileSync(join(distDir, 'embed', graphic, 'index.html'), 'utf8'));
  const state = embed.querySelectorAll('[data-embed-states] [data-state]').at(-1)!.getAttribute('data-state')!;
  const response = await page.goto(`${root}embed/${graphic}/?step=${state}`);
  expect(response?.fromServiceWorker()).toBe(true);
  // The stepper applies the step once its renderer has arrived, which may be after the load event.
  await expect.poll(() => page.getAttribute(`[data-graphic="${graphic}"]`, 'data-state'), { timeout: 10_000 }).toBe(state);
}

describe.skipIf(!hasChromium)('offline after the first visit', () => {
  const { browser } = useBrowser();

  describe('the default build', () => {
    let served: ServedBuild;
    let context: BrowserContext;
    beforeAll(async () => {
      served = await serveBuild(DIST_DIR, DEFAULT_BASE);
      context = await browser().newContext();
    });
    afterAll(async () => {
      await context?.close();
      await served?.close();
    });

    it('links the web app manifest from every site page, scoped to the base path and named after the site', async () => {
      const sitePages = builtPages(DIST_DIR).filter((page) => isSitePage(parse(readFileSync(join(DIST_DIR, htmlFileOf(page)), 'utf8'))));
      expect(sitePages.length).toBeGreaterThanOrEqual(3);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const missing: string[] = [];
      for (const path of sitePages) {
        await page.goto(`${served.root}${path}`);
        const { url, errors } = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
        if (url !== `${served.root}manifest.webmanifest` || errors.length > 0) missing.push(`${path || '(start page)'}: "${url}" ${errors.map((e) => e.message).join('; ')}`);
      }
      expect(missing).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
      expect(manifest).toMatchObject({ name: SITE.title, start_url: DEFAULT_BASE, scope: DEFAULT_BASE });
      expect(manifest.icons).toEqual([expect.objectContaining({ src: `${DEFAULT_BASE}favicon.svg`, type: 'image/svg+xml' })]);
      await page.close();
    });

    it('after one visit to the story, with the network gone, every page loads, the story scrolls with its graphics and presentation mode works', async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(served.root);
      expect(await waitUntilSaved(page, served.root)).toEqual(filesToPrecache(DIST_DIR));
      await goOffline(context, served);
      await expectEveryPageOffline(page, served.root, DIST_DIR);
      await expectStoryScrollsOffline(page, served.root);
      await expectPresentationOffline(page, served.root);
      await expectFrozenEmbedOffline(page, served.root, DIST_DIR);
      expect(errors).toEqual([]);
    });
  });

  describe(`the site built for ${SITE_URL}${BASE_PATH}, served under ${BASE_PATH}`, () => {
    let served: ServedBuild;
    let outDir = '';
    beforeAll(async () => {
      const built = buildProjectCopy({ name: 'offline-subpath', env: { SITE_URL, BASE_PATH }, files: { 'src/pages/[...locale]/teachers.astro': withOfflinePanel } });
      if (built.status !== 0) throw new Error(`astro build for ${SITE_URL}${BASE_PATH} failed (exit ${built.status}):\n${built.output}`);
      outDir = built.outDir;
      served = await serveBuild(outDir, BASE_PATH);
    }, 180_000);
    afterAll(async () => {
      await served?.close();
    });

    it("the teacher's guide says when the site is ready offline, Save for class works by keyboard, then every page works offline under the sub-path", async () => {
      const context = await browser().newContext();
      try {
        // Records each state the panel announces, from before its script runs.
        await context.addInitScript(() => {
          const record = window as unknown as { offlineStates: string[] };
          record.offlineStates = [];
          document.addEventListener('readystatechange', () => {
            const panel = document.querySelector<HTMLElement>('[data-offline-status]');
            if (document.readyState !== 'interactive' || !panel) return;
            new MutationObserver(() => record.offlineStates.push(panel.dataset.offlineState ?? '')).observe(panel, {
              attributes: true,
              attributeFilter: ['data-offline-state'],
            });
          });
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        const states = () => page.evaluate(() => (window as unknown as { offlineStates: string[] }).offlineStates);
        const files = filesToPrecache(outDir);
        const ready = t('offline.ready', { count: files.length });
        const message = page.locator('[data-offline-status] [data-offline-message]');

        await page.goto(`${served.root}teachers/`);
        expect(await message.getAttribute('aria-live')).toBe('polite');
        // First visit: the panel shows it is saving, then that the whole build is kept.
        await expect.poll(() => message.innerText(), { timeout: 20_000 }).toBe(ready);
        expect(await states()).toEqual(['saving', 'ready']);
        expect(await axeViolations(page)).toEqual([]);

        // The teacher tabs to Save for class and presses Enter: it checks again and says so.
        const save = page.getByRole('button', { name: t('offline.save') });
        for (let presses = 0; presses < 400 && !(await save.evaluate((button) => button === document.activeElement)); presses += 1) {
          await page.keyboard.press('Tab');
        }
        expect(await save.evaluate((button) => button === document.activeElement), 'Save for class reached by Tab').toBe(true);
        await page.keyboard.press('Enter');
        // The second save asks the browser for a newer version, which the panel waits ten seconds for at most.
        await expect.poll(states, { timeout: 60_000 }).toEqual(['saving', 'ready', 'saving', 'ready']);
        expect(await message.innerText()).toBe(ready);
        expect(await waitUntilSaved(page, served.root)).toEqual(files);

        await goOffline(context, served);
        await expectEveryPageOffline(page, served.root, outDir);
        await expectStoryScrollsOffline(page, served.root);
        await expectPresentationOffline(page, served.root);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
      // Its own poll for the second save may take 60 s on a loaded 2-core machine; the whole walk needs room beyond that.
    }, 180_000);
  });

  describe('Save for class when the check for a newer version never answers', () => {
    let served: ServedBuild;
    let stalled = false;
    beforeAll(async () => {
      served = await serveChangingBuild(DIST_DIR, DEFAULT_BASE, (path) => stalled && path === '/sw.js');
    });
    afterAll(async () => {
      await served?.close();
    });

    it('ends on "ready" with the copy already kept, and says in the console why it stopped waiting', async () => {
      const context = await browser().newContext();
      try {
        const page = await context.newPage();
        const messages: string[] = [];
        page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
        const ready = t('offline.ready', { count: filesToPrecache(DIST_DIR).length });
        const panel = page.locator('[data-offline-status]');
        await page.goto(`${served.root}teachers/`);
        await expect.poll(() => panel.locator('[data-offline-message]').innerText(), { timeout: 20_000 }).toBe(ready);

        stalled = true;
        await page.getByRole('button', { name: t('offline.save') }).click();
        await expect.poll(() => panel.getAttribute('data-offline-state')).toBe('saving');
        // The panel gives the check ten seconds; the poll allows room beyond that on a loaded machine.
        await expect.poll(() => panel.getAttribute('data-offline-state'), { timeout: 30_000 }).toBe('ready');
        expect(await panel.locator('[data-offline-message]').innerText()).toBe(ready);
        expect(messages.filter((message) => message.startsWith('warning:') && message.includes('check for a newer version'))).toHaveLength(1);
        expect(messages.filter((message) => message.startsWith('error:'))).toEqual([]);
      } finally {
        await context.close();
      }
    }, 90_000);
  });

  describe('a new version published while a lesson is open', () => {
    let served: ServedBuild;
    let copy = '';
    beforeAll(async () => {
      copy = join(TMP_DIR, 'offline-update');
      rmSync(copy, { recursive: true, force: true });
      cpSync(DIST_DIR, copy, { recursive: true });
      served = await serveChangingBuild(copy, DEFAULT_BASE);
    });
    afterAll(async () => {
      await served?.close();
      rmSync(copy, { recursive: true, force: true });
    });

    it('is offered with an "Update available" Reload button, never loaded by itself; Reload then shows it', async () => {
      const context = await browser().newContext();
      try {
        const page = await context.newPage();
        await page.goto(served.root);
        await waitUntilSaved(page, served.root);

        // Publish a new version: the story changes, and sw.js is regenerated as a build would.
        const story = join(copy, 'index.html');
        writeFileSync(story, readFileSync(story, 'utf8').replace('<html ', '<html data-test-version="2" '));
        const oldWorker = readFileSync(join(copy, 'sw.js'), 'utf8');
        await writeOfflineFiles({ outDir: copy, base: DEFAULT_BASE, root: PROJECT_ROOT });
        expect(readFileSync(join(copy, 'sw.js'), 'utf8')).not.toBe(oldWorker);

        // The class comes back to the story: the browser finds the new worker while the old version is shown.
        let loads = 0;
        page.on('load', () => {
          loads += 1;
        });
        await page.goto(served.root);
        await page.evaluate(() => {
          (window as unknown as { sameLesson: boolean }).sameLesson = true;
        });
        const reload = page.getByRole('button', { name: t('offline.reload') });
        await reload.waitFor({ state: 'visible', timeout: 20_000 });
        await expect.poll(() => page.locator('[data-offline-update] [role="status"]').innerText()).toBe(t('offline.updateAvailable'));
        expect(await page.evaluate(() => (window as unknown as { sameLesson?: boolean }).sameLesson), 'the page was reloaded').toBe(true);
        expect(loads).toBe(1);
        expect(await page.getAttribute('html', 'data-test-version'), 'the new version is not shown yet').toBeNull();
        expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), 'the new worker waits').toBe(true);
        // The offer itself (it floats over the page, which the other suites check without it).
        const offerAxe = await new AxeBuilder({ page }).include('[data-offline-update]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(offerAxe.violations.map((violation) => violation.id)).toEqual([]);
        expect(await page.getAttribute('html', 'data-offline-offer'), 'focus scrolls clear of the offer').toBe('');

        await Promise.all([page.waitForEvent('load'), reload.click()]);
        expect(await page.getAttribute('html', 'data-test-version')).toBe('2');
        expect(await page.locator('[data-offline-update]').count()).toBe(0);
        expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
      } finally {
        await context.close();
      }
    });
  });
});
