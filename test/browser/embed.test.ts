import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { siteWords } from '../../src/i18n/site';
import { axeViolations, hasChromium, recordCspViolations, useBrowser } from '../support/browser';
import { EDITIONS, PROJECT_ROOT, inLanguagePath } from '../support/paths';

/**
 * The page background and text colours of each theme, as src/styles/theme.css writes them (its first :root block is
 * light, the :root inside `prefers-color-scheme: dark` is dark), as the rgb() a browser computes.
 */
function themeColours(): Record<'light' | 'dark', { bg: string; text: string }> {
  const css = readFileSync(join(PROJECT_ROOT, 'src/styles/theme.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const light = /:root\s*\{([^}]*)\}/.exec(css)![1]!;
  const dark = /prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)![1]!;
  const rgb = (block: string, name: string) => {
    const hex = new RegExp(`--${name}:\\s*#([0-9a-f]{6})`, 'i').exec(block)![1]!;
    return `rgb(${[0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
  };
  return { light: { bg: rgb(light, 'color-bg'), text: rgb(light, 'color-text') }, dark: { bg: rgb(dark, 'color-bg'), text: rgb(dark, 'color-text') } };
}

/** A newsroom article page hosting one embed with our parent script, as the snippet suggests. */
const hostPage = (origin: string, graphic: string, wrapper = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title></head>
<body><p>A newsroom article.</p>${wrapper ? `<div id="tab" hidden>` : ''}
<iframe id="embed" src="${origin}/embed/${graphic}/" title="embed" width="100%" height="150" data-roundabout-embed></iframe>
${wrapper ? '</div>' : ''}<script src="${origin}/embed/parent.js"></script></body></html>`;

/**
 * An AMP article page: no script of ours, only what amp-iframe does on an "embed-size" request
 * from the iframe's own document (sentinel "amp", type "embed-size", height in pixels).
 */
const ampHostPage = (origin: string, graphic: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>AMP article</title></head>
<body><p>An AMP article.</p>
<iframe id="embed" src="${origin}/embed/${graphic}/" title="embed" width="100%" height="150"></iframe>
<script>
  const iframe = document.getElementById('embed');
  addEventListener('message', (event) => {
    if (event.source !== iframe.contentWindow) return;
    if (!event.data || event.data.sentinel !== 'amp' || event.data.type !== 'embed-size') return;
    iframe.height = String(event.data.height);
  });
</script></body></html>`;

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#embed', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no embed frame');
  await frame.waitForLoadState('load');
  return frame;
}

/** Waits until the host's iframe height matches the embed's own content height (to a pixel). */
async function expectSized(page: Page, frame: Frame, context: string): Promise<number> {
  const content = async () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await expect
    .poll(async () => Math.abs(Number(await page.getAttribute('#embed', 'height')) - (await content())), { timeout: 5000, message: context })
    .toBeLessThanOrEqual(1);
  return Number(await page.getAttribute('#embed', 'height'));
}

describe.skipIf(!hasChromium)('embeddable graphics', () => {
  const { origin, openPage } = useBrowser();
  let graphics: string[] = [];
  beforeAll(async () => {
    const { page, close } = await openPage();
    await page.goto(`${origin}/embed/`);
    graphics = await page.$$eval('[data-embed-snippet]', (fields) =>
      fields.map((field) => /\/embed\/([a-z0-9-]+)\//.exec(field.textContent!)![1]!),
    );
    await close();
  });

  it.each(EDITIONS)('%s: lists every graphic of the story on /embed/ with a preview and a snippet', async (locale) => {
    const { page, close } = await openPage();
    await page.goto(`${origin}${inLanguagePath(locale, '/')}`);
    const inStory = await page.$$eval('[data-scrolly]', (blocks) => blocks.map((b) => (b as HTMLElement).dataset.scrolly!));
    expect(inStory.length).toBeGreaterThan(0);
    for (const graphic of inStory) expect(graphics).toContain(graphic);
    await page.goto(`${origin}${inLanguagePath(locale, '/embed/')}`);
    expect(await page.locator('iframe[data-roundabout-embed]').count()).toBe(graphics.length);
    await close();
  });

  it.each(EDITIONS)('%s: serves each embed with its graphic, title, takeaway, credit and a link back to the story; clean in axe and console', async (locale) => {
    for (const graphic of graphics) {
      const { page, watch, close } = await openPage({ viewport: { width: 400, height: 700 } });
      await page.goto(`${origin}${inLanguagePath(locale, `/embed/${graphic}/`)}`, { waitUntil: 'networkidle' });
      expect(await page.locator(`[data-graphic="${graphic}"]`).count(), graphic).toBe(1);
      expect(await page.locator('h1').innerText()).not.toBe('');
      expect(await page.locator('.embed__takeaway').innerText()).not.toBe('');
      expect(await page.locator('.embed__credit').innerText()).toMatch(/Roundabout/);
      expect(await page.locator('a', { hasText: siteWords(locale)('embed.readStory') }).getAttribute('href')).toMatch(new RegExp(`${inLanguagePath(locale, '/')}#graphic-${graphic}$`));
      expect(await page.locator('header.site-header').count(), 'no site chrome').toBe(0);
      expect(await axeViolations(page), graphic).toEqual([]);
      expect(watch.consoleErrors, graphic).toEqual([]);
      expect(watch.externalRequests, graphic).toEqual([]);
      await close();
    }
  });

  it('?step=<unknown> shows the first picture and a visible note, with no console error', async () => {
    const graphic = graphics[0]!;
    const { page, watch, close } = await openPage();
    await page.goto(`${origin}/embed/${graphic}/?step=no-such-step`, { waitUntil: 'networkidle' });
    const states = await page.$$eval('[data-embed-states] [data-state]', (items) => items.map((i) => (i as HTMLElement).dataset.state!));
    expect(await page.getAttribute(`[data-graphic="${graphic}"]`, 'data-state')).toBe(states[0]);
    expect(await page.locator('[data-embed-unknown-step]').isVisible()).toBe(true);
    expect(await page.locator('.embed__controls').isVisible()).toBe(false);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('?plain drops the title and takeaway, keeps the credit, on stepping and frozen embeds alike', async () => {
    const graphic = graphics[0]!;
    const { page, close } = await openPage();
    const state = (await page.goto(`${origin}/embed/${graphic}/`), await page.$$eval('[data-embed-states] [data-state]', (items) => (items[0] as HTMLElement).dataset.state!));
    for (const url of [`/embed/${graphic}/?plain`, `/embed/${graphic}/${state}/?plain`]) {
      await page.goto(`${origin}${url}`, { waitUntil: 'networkidle' });
      expect(await page.locator('.embed__title').isVisible(), url).toBe(false);
      expect(await page.locator('.embed__takeaway').isVisible(), url).toBe(false);
      expect(await page.locator('.embed__credit').isVisible(), url).toBe(true);
      expect(await page.locator('svg[data-graphic]').isVisible(), url).toBe(true);
    }
    await page.goto(`${origin}/embed/${graphic}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('.embed__title').isVisible()).toBe(true);
    await close();
  });

  it('steps through the states in place, and ?step=<state> freezes one picture', async () => {
    const graphic = graphics[0]!;
    const { page, close } = await openPage();
    await page.goto(`${origin}/embed/${graphic}/`);
    const states = await page.$$eval('[data-embed-states] [data-state]', (items) => items.map((i) => (i as HTMLElement).dataset.state!));
    const shown = () => page.getAttribute(`[data-graphic="${graphic}"]`, 'data-state');
    expect(await shown()).toBe(states[0]);
    if (states.length > 1) {
      await page.click('[data-embed-nav="1"]');
      expect(await shown()).toBe(states[1]);
      expect(await page.locator('[data-embed-description]').innerText()).toBe(
        await page.locator(`[data-embed-states] [data-state="${states[1]}"]`).textContent(),
      );
    }
    await page.goto(`${origin}/embed/${graphic}/?step=${states.at(-1)}`);
    expect(await shown()).toBe(states.at(-1));
    expect(await page.locator('.embed__controls').isVisible()).toBe(false);
    await page.goto(`${origin}/embed/${graphic}/${states.at(-1)}/`);
    expect(await shown()).toBe(states.at(-1));
    await close();
  });

  it('reports its height to a host page with our parent script, growing, shrinking and following resizes', async () => {
    const { page, close } = await openPage({ viewport: { width: 900, height: 700 } });
    await page.setContent(hostPage(origin, graphics[0]!));
    const frame = await embedFrame(page);
    const first = await expectSized(page, frame, 'initial height');
    expect(first).toBeGreaterThan(150);
    await frame.evaluate(() => {
      const extra = document.createElement('div');
      extra.id = 'extra';
      extra.style.height = '400px';
      document.querySelector('main')!.append(extra);
    });
    const grown = await expectSized(page, frame, 'after the content grew');
    expect(grown).toBeGreaterThanOrEqual(first + 399);
    await frame.evaluate(() => document.getElementById('extra')!.remove());
    const shrunk = await expectSized(page, frame, 'after the content shrank');
    expect(Math.abs(shrunk - first)).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 360, height: 700 });
    const narrow = await expectSized(page, frame, 'after the host narrowed');
    expect(narrow).not.toBe(first);
    await close();
  });

  it('sizes an embed first laid out in a hidden tab once the tab is shown', async () => {
    const { page, close } = await openPage({ viewport: { width: 900, height: 700 } });
    await page.setContent(hostPage(origin, graphics[0]!, 'hidden'));
    const frame = await embedFrame(page);
    await page.evaluate(() => document.getElementById('tab')!.removeAttribute('hidden'));
    expect(await expectSized(page, frame, 'after the hidden tab was shown')).toBeGreaterThan(150);
    await close();
  });

  it('sizes itself on an AMP page from amp-iframe\'s embed-size messages, and follows when content grows', async () => {
    const { page, close } = await openPage({ viewport: { width: 900, height: 700 } });
    await page.setContent(ampHostPage(origin, graphics[0]!));
    const frame = await embedFrame(page);
    const first = await expectSized(page, frame, 'initial height on the AMP host');
    expect(first).toBeGreaterThan(150);
    await frame.evaluate(() => {
      const extra = document.createElement('div');
      extra.style.height = '400px';
      document.querySelector('main')!.append(extra);
    });
    const grown = await expectSized(page, frame, 'after the content grew on the AMP host');
    expect(grown).toBeGreaterThanOrEqual(first + 399);
    await close();
  });

  it('speaks the pym.js message format to a pym parent (childId echoed, height as a number)', async () => {
    const { page, close } = await openPage();
    await page.setContent(`<!doctype html><html lang="en"><head><title>pym host</title></head><body>
      <iframe id="embed" src="${origin}/embed/${graphics[0]}/?childId=newsroom-7&initialWidth=600" title="embed" width="600" height="100"></iframe>
      <script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));</script></body></html>`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { messages: string[] }).messages.find((m) => typeof m === 'string' && m.startsWith('pymxPYMx'))), { timeout: 5000 })
      .toMatch(/^pymxPYMxnewsroom-7xPYMxheightxPYMx\d+$/);
    await close();
  });
  it('?theme=light|dark sets the colours from the theme tokens whatever the reader prefers; auto and unknown values follow the reader, with no console or CSP message', async () => {
    const colours = themeColours();
    expect(colours.light.bg).not.toBe(colours.dark.bg);
    const graphic = graphics[0]!;
    for (const reader of ['light', 'dark'] as const) {
      const { page, watch, close } = await openPage({ colorScheme: reader });
      const csp = await recordCspViolations(page);
      const state = (await page.goto(`${origin}/embed/${graphic}/`), await page.$$eval('[data-embed-states] [data-state]', (items) => (items[0] as HTMLElement).dataset.state!));
      for (const [query, expected] of [
        ['?theme=dark', 'dark'],
        ['?theme=light', 'light'],
        ['?theme=auto', reader],
        ['?theme=sepia', reader],
        ['?theme=dark&plain&step=' + state, 'dark'],
      ] as const) {
        for (const path of [`/embed/${graphic}/`, `/embed/${graphic}/${state}/`, `/ko/embed/${graphic}/`]) {
          await page.goto(`${origin}${path}${query}`, { waitUntil: 'networkidle' });
          const seen = await page.evaluate(() => ({
            bg: getComputedStyle(document.body).backgroundColor,
            text: getComputedStyle(document.querySelector('.embed__credit')!).color,
            graphicText: getComputedStyle(document.querySelector('svg[data-graphic] text')!).fill,
          }));
          const where = `${path}${query} with the reader in ${reader}`;
          expect(seen.bg, where).toBe(colours[expected].bg);
          expect(seen.graphicText, `${where}: the graphic's labels`).toBe(colours[expected].text);
          expect(seen.text, `${where}: the credit`).not.toBe(colours[expected === 'dark' ? 'light' : 'dark'].text);
        }
      }
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(csp).toEqual([]);
      await close();
    }
  });

  it.each(EDITIONS)('%s: ?static stacks every state of every graphic in order with its text and nothing to click, loading nothing the stepping embed does not; clean in axe', async (locale) => {
    for (const graphic of graphics) {
      const { page, watch, close } = await openPage({ viewport: { width: 390, height: 800 } });
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${origin}${inLanguagePath(locale, `/embed/${graphic}/`)}`, { waitUntil: 'networkidle' });
      const byDefault = new Set(requested.splice(0));
      const states = await page.$$eval('[data-embed-states] [data-state]', (items) => items.map((item) => ({ state: (item as HTMLElement).dataset.state!, text: item.textContent!.trim() })));
      for (const query of ['?static', '?static&plain&theme=dark']) {
        await page.goto(`${origin}${inLanguagePath(locale, `/embed/${graphic}/`)}${query}`, { waitUntil: 'networkidle' });
        const where = `${locale} ${graphic}${query}`;
        const stacked = await page.$$eval('[data-embed-stack] > li', (items) =>
          items.map((item) => ({
            state: item.querySelector('svg')?.getAttribute('data-state'),
            label: item.querySelector('svg')?.getAttribute('aria-label'),
            text: item.querySelector('figcaption')?.textContent?.trim(),
            visible: (item.querySelector('svg')?.getBoundingClientRect().height ?? 0) > 100,
          })),
        );
        expect(stacked, where).toEqual(states.map(({ state, text }) => ({ state, label: text, text, visible: true })));
        // Each picture is that state's: the stack's pictures differ from each other where the states do.
        const pictures = await page.$$eval('[data-embed-stack] svg', (svgs) => svgs.map((svg) => [...svg.querySelectorAll('[data-node]')].filter((node) => node.getAttribute('opacity') !== '0').length));
        if (graphic !== 'drawdown') expect(new Set(pictures).size, `${where}: visible nodes per picture ${pictures.join(', ')}`).toBeGreaterThan(1);
        expect(await page.locator('button:visible').count(), `${where}: nothing to click`).toBe(0);
        expect(await page.locator('.embed__credit').isVisible(), where).toBe(true);
        expect(await page.locator('.embed__title').isVisible(), where).toBe(!query.includes('plain'));
        const extra = requested.splice(0).filter((path) => !byDefault.has(path) && !path.endsWith('/'));
        expect(extra, `${where}: requests the stepping embed does not make`).toEqual([]);
        expect(await axeViolations(page), where).toEqual([]);
      }
      expect(watch.consoleErrors, graphic).toEqual([]);
      await close();
    }
  });

  it.each(EDITIONS)('%s: a graphic\'s embed code in the story is selected whole by a click, and its button copies it and says so', async (locale) => {
    const { page, watch, close } = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${origin}${inLanguagePath(locale, '/')}`, { waitUntil: 'networkidle' });
    const details = page.locator('[data-scrolly] details.embed-code').first();
    await details.scrollIntoViewIfNeeded();
    await details.locator('summary').click();
    const code = details.locator('[data-embed-snippet]');
    const snippet = (await code.textContent())!;
    expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/[a-z0-9-]+\/"[^>]*><\/iframe>\n<script src="[^"]+\/embed\/parent\.js" async><\/script>$/);
    await code.click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(snippet);
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await details.getByRole('button', { name: siteWords(locale)('embed.copy') }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(await details.locator('[data-copy-status]').textContent()).toBe(siteWords(locale)('embed.copied'));
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('the embed code offers the flags: choosing colours, no title and stacked steps writes them into the iframe address, which opens that way', async () => {
    const { page, close } = await openPage({ colorScheme: 'light' });
    await page.goto(`${origin}/embed/`, { waitUntil: 'networkidle' });
    const details = page.locator('details.embed-code').first();
    await details.locator('summary').click();
    const code = async () => (await details.locator('[data-embed-snippet]').textContent())!;
    const src = async () => /<iframe src="([^"]+)"/.exec(await code())![1]!.replaceAll('&amp;', '&');
    expect(await src()).toMatch(/\/embed\/[a-z0-9-]+\/$/);
    await details.locator('[data-embed-option="theme"]').selectOption('dark');
    await details.getByRole('checkbox').nth(0).check();
    await details.getByRole('checkbox').nth(1).check();
    const chosen = await src();
    expect(chosen).toMatch(/\/embed\/[a-z0-9-]+\/\?theme=dark&plain&static$/);
    await details.getByRole('checkbox').nth(1).uncheck();
    await details.locator('[data-embed-option="theme"]').selectOption('auto');
    expect(await src()).toMatch(/\/embed\/[a-z0-9-]+\/\?plain$/);
    // The address the code names opens as chosen (served here rather than at the build's public site).
    const { pathname, search } = new URL(chosen);
    await page.goto(`${origin}${pathname}${search}`, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-embed-stack] > li').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(themeColours().dark.bg);
    expect(await page.locator('.embed__title').isVisible()).toBe(false);
    await close();
  });
});
