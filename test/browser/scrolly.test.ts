import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, hasChromium, useBrowser, type WatchedPage } from '../support/browser';
import { expectedSteps, readScrollies, settle, stepIds } from '../support/story';
import type { Locale } from '../../src/i18n/locales';
import { EDITIONS, inLanguagePath } from '../support/paths';

/** Asserts the DOM contract: every graphic shows the picture of the step the layout puts on screen. */
async function expectPictureMatchesLayout(page: Page, context: string): Promise<void> {
  await settle(page);
  const expected = await expectedSteps(page);
  const shown = await readScrollies(page);
  expect(shown.map((s) => [s.graphic, s.currentStepId, s.shownState]), context).toEqual(
    expected.map((e) => [e.graphic, e.stepId, e.state]),
  );
}

describe.skipIf(!hasChromium)('the scroll engine on the story page', () => {
  const { origin, openPage } = useBrowser();
  let opened: WatchedPage;
  let page: Page;

  const openStory = async (path = '/', options: BrowserContextOptions = {}) => {
    opened = await openPage({ viewport: { width: 390, height: 740 }, ...options });
    page = opened.page;
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    return opened;
  };
  /** The story page of a language: "/", "/ko/". */
  const story = (locale: Locale) => inLanguagePath(locale, '/');
  const close = async () => {
    expect(opened.watch.consoleErrors).toEqual([]);
    await opened.close();
  };

  it('has graphics and steps that honour the DOM contract (unique ids, data-step, data-graphic, data-state)', async () => {
    await openStory();
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    const blocks = await readScrollies(page);
    for (const block of blocks) {
      expect(block.shownState, block.graphic).toBeTruthy();
      expect(block.currentStepId, block.graphic).toBeTruthy();
    }
    await close();
  });

  it.each(EDITIONS)('%s: walks every step (scrolled to the middle of the screen): aria-current, data-state and the URL hash follow', async (locale) => {
    await openStory(story(locale));
    for (const id of await stepIds(page)) {
      await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'center' }), id);
      await expectPictureMatchesLayout(page, `step ${id}`);
      const current = await page.evaluate(() => document.querySelector('[aria-current="step"][id]') && location.hash);
      expect(current).toBe(`#${id}`);
    }
    await close();
  });

  it('follows slow scrolling in small increments through the whole story', async () => {
    await openStory();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 240) {
      await page.mouse.wheel(0, 240);
      if (y % 960 === 0) await expectPictureMatchesLayout(page, `wheel at ${y}px`);
    }
    await expectPictureMatchesLayout(page, 'end of story');
    await close();
  });

  it('ends on the right picture after fast jumps and flicks that skip steps, and after scrolling back up', async () => {
    await openStory();
    const ids = await stepIds(page);
    const targets = [ids.at(-1)!, ids[0]!, ids[Math.floor(ids.length / 2)]!, ids[1] ?? ids[0]!];
    for (const id of targets) {
      await page.evaluate((stepId) => {
        const box = document.getElementById(stepId)!.getBoundingClientRect();
        window.scrollTo({ top: window.scrollY + box.top + box.height / 2 - window.innerHeight / 2, behavior: 'instant' });
      }, id);
      await expectPictureMatchesLayout(page, `jump to ${id}`);
    }
    await page.mouse.wheel(0, 5000);
    await expectPictureMatchesLayout(page, 'flick down');
    await page.mouse.wheel(0, -3000);
    await expectPictureMatchesLayout(page, 'flick up');
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expectPictureMatchesLayout(page, 'back to the top');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await close();
  });

  it.each(EDITIONS)('%s: opens a deep link to a step with that step on screen, its picture shown and its link kept, also on reload', async (locale) => {
    await openStory(story(locale));
    const ids = await stepIds(page);
    // A step inside a block (centred when opened) and the first step of the last block (brought to the top).
    const lastBlockStart = await page.evaluate(() => [...document.querySelectorAll('[data-scrolly]')].at(-1)!.querySelector('[data-step]')!.id);
    const targets = [ids[Math.min(2, ids.length - 1)]!, lastBlockStart];
    await opened.close();
    for (const target of targets) {
      await openStory(`${story(locale)}#${target}`);
      for (const how of ['opened', 'reloaded']) {
        if (how === 'reloaded') await page.reload({ waitUntil: 'networkidle' });
        await expectPictureMatchesLayout(page, `${how} at #${target}`);
        expect((await readScrollies(page)).some((s) => s.currentStepId === target), `${how} at #${target}: its step is current`).toBe(true);
        expect(await page.evaluate(() => location.hash), `${how} at #${target}: the link is kept`).toBe(`#${target}`);
      }
      await close();
    }
  });

  it.each(EDITIONS)('%s: a link followed on the page, to a chapter or to a step far below, ends on its target, though the blocks on the way change height as they are drawn', async (locale) => {
    await openStory(story(locale));
    // A chapter several graphic blocks down, from the contents: its heading at the top, where scroll-margin puts it.
    const links = await page.$$eval('.toc a[href^="#"]', (anchors) => anchors.map((a) => a.getAttribute('href')!.slice(1)));
    const chapter = links[Math.min(4, links.length - 1)]!;
    await page.click(`.toc a[href="#${chapter}"]`);
    const offTarget = () =>
      page.evaluate((id) => {
        const target = document.getElementById(id)!;
        return Math.abs(target.getBoundingClientRect().top - parseFloat(getComputedStyle(target).scrollMarginTop || '0'));
      }, chapter);
    await expect.poll(offTarget, { timeout: 10_000, message: `#${chapter}: px from its place` }).toBeLessThanOrEqual(2);
    // The first step of the last block, followed from the top: its step current, its picture shown, its link kept.
    const target = await page.evaluate(() => [...document.querySelectorAll('[data-scrolly]')].at(-1)!.querySelector('[data-step]')!.id);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await settle(page);
    await page.evaluate((id) => (window.location.hash = id), target);
    const atTrigger = () =>
      page.evaluate((id) => {
        const box = document.getElementById(id)!.getBoundingClientRect();
        return box.top <= window.innerHeight / 2 && box.bottom >= window.innerHeight / 2;
      }, target);
    await expect.poll(atTrigger, { timeout: 10_000, message: `#${target}: the step on the trigger line` }).toBe(true);
    await expectPictureMatchesLayout(page, `followed to #${target}`);
    expect((await readScrollies(page)).some((s) => s.currentStepId === target), `#${target}: its step is current`).toBe(true);
    expect(await page.evaluate(() => location.hash), `#${target}: the link is kept`).toBe(`#${target}`);
    await close();
  });

  it('keeps the right picture after resizing and rotating the viewport', async () => {
    await openStory();
    const ids = await stepIds(page);
    const target = ids[Math.floor(ids.length / 2)]!;
    await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'center' }), target);
    await expectPictureMatchesLayout(page, 'before resize');
    for (const viewport of [{ width: 740, height: 390 }, { width: 1280, height: 800 }, { width: 320, height: 640 }]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(100);
      await expectPictureMatchesLayout(page, `resized to ${viewport.width}x${viewport.height}`);
    }
    await close();
  });

  it('steps with the keyboard while focus is in a graphic block, and the buttons are reachable by Tab', async () => {
    await openStory('/', { viewport: { width: 1280, height: 800 } });
    const ids = await stepIds(page);
    await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'center' }), ids[0]!);
    await settle(page);
    await page.focus(`#${ids[0]}`);
    await page.keyboard.press('ArrowDown');
    await settle(page);
    const sameBlock = await page.evaluate((first) => {
      const block = document.getElementById(first)!.closest('[data-scrolly]')!;
      return [...block.querySelectorAll('[data-step]')].map((s) => s.id);
    }, ids[0]!);
    if (sameBlock.length > 1) {
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(sameBlock[1]);
      await expectPictureMatchesLayout(page, 'after ArrowDown');
      await page.keyboard.press('ArrowUp');
      await settle(page);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(sameBlock[0]);
    }
    // Arrow keys outside the graphic blocks are left alone: they scroll the page as usual.
    await page.evaluate(() => {
      window.scrollTo({ top: 0, behavior: 'instant' });
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await settle(page);
    await page.keyboard.press('ArrowDown');
    await settle(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-step]') ?? false)).toBe(false);
    // The next-step button works from the keyboard.
    const next = page.locator('[data-step-nav="1"]').first();
    await next.focus();
    await page.keyboard.press('Enter');
    await settle(page);
    await expectPictureMatchesLayout(page, 'after the next-step button');
    await close();
  });

  it('with reduced motion, jumps straight to each final picture and does not scroll smoothly', async () => {
    await openStory('/', { reducedMotion: 'reduce' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    for (const id of await stepIds(page)) {
      const [now, later] = await page.evaluate(async (stepId) => {
        document.getElementById(stepId)!.scrollIntoView({ block: 'center' });
        await new Promise((resolve) => setTimeout(resolve, 250));
        const root = document.getElementById(stepId)!.closest('[data-scrolly]')!.querySelector('[data-graphic]')!;
        const first = root.innerHTML;
        await new Promise((resolve) => setTimeout(resolve, 900));
        return [first, root.innerHTML];
      }, id);
      expect(now === later, `picture of ${id} still changing after it was shown`).toBe(true);
    }
    await close();
  });

  it('has a motion toggle that switches animation off, remembers it, and says so', async () => {
    await openStory();
    const toggle = page.locator('[data-motion-toggle]').first();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduce');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.motion)).toBe('reduce');
    await expect(page.locator('[data-motion-toggle]').first().getAttribute('aria-pressed')).resolves.toBe('true');
    await close();
  });

  it.each(EDITIONS)('%s: has no horizontal overflow at 320 px, anywhere in the story', async (locale) => {
    await openStory(story(locale), { viewport: { width: 320, height: 640 } });
    for (const id of await stepIds(page)) {
      await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'center' }), id);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `at ${id}`).toBeLessThanOrEqual(320);
    }
    await close();
  });

  it.each(EDITIONS)('%s: passes axe with each graphic on screen', async (locale) => {
    await openStory(story(locale));
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((b) => b.querySelector<HTMLElement>('[data-step]')!.id),
    );
    for (const id of blocks) {
      await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'center' }), id);
      await settle(page);
      expect(await axeViolations(page), `with ${id} on screen`).toEqual([]);
    }
    await close();
  }, 120_000);

  it.each(EDITIONS)('%s: without JavaScript, shows every step with a finished static picture and its description', async (locale) => {
    await openStory(story(locale), { javaScriptEnabled: false });
    // Each step's picture is a file, loaded lazily: bring each into view and wait until it has loaded.
    const pictures = page.locator('.step__static img');
    for (let index = 0; index < (await pictures.count()); index += 1) {
      await pictures.nth(index).scrollIntoViewIfNeeded();
      await page.waitForFunction((i) => {
        const img = document.querySelectorAll<HTMLImageElement>('.step__static img')[i as number]!;
        return img.complete;
      }, index);
    }
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => {
        const figure = step.querySelector('.step__static');
        const img = figure?.querySelector<HTMLImageElement>(`img[src$="/${step.dataset.stepOf}/${step.dataset.step}.svg"]`);
        const box = img?.getBoundingClientRect();
        return {
          id: step.id,
          figureShown: figure ? getComputedStyle(figure).display !== 'none' : false,
          drawn: Boolean(img && box && box.width > 100 && box.height > 50 && img.complete && img.naturalWidth > 0),
          description: step.querySelector('.step__alt')?.textContent?.trim() ?? '',
        };
      }),
    );
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      expect(step, step.id).toMatchObject({ figureShown: true, drawn: true });
      expect(step.description.length, step.id).toBeGreaterThan(20);
    }
    const sticky = await page.evaluate(() => [...document.querySelectorAll('.scrolly__figure')].map((f) => getComputedStyle(f).display));
    expect(sticky.every((display) => display === 'none')).toBe(true);
    await close();
  });
});
