import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { siteWords } from '../../src/i18n/site';
import { axeViolations, hasChromium, useBrowser } from '../support/browser';
import { EDITIONS, inLanguagePath } from '../support/paths';

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
      fields.map((field) => /\/embed\/([a-z0-9-]+)\//.exec((field as HTMLTextAreaElement).value)![1]!),
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
});
