import { describe, expect, it } from 'vitest';
import { axeViolations, hasChromium, useBrowser } from '../support/browser';
import { stepIds } from '../support/story';

describe.skipIf(!hasChromium)('reading the story without scrolling effects', () => {
  const { origin, openPage } = useBrowser();

  /** What the layout is doing: sticky or fixed boxes in the story, and each step's picture and description. */
  const readLayout = (page: import('playwright-core').Page) =>
    page.evaluate(() => ({
      pinned: [...document.querySelectorAll('.scrolly *')].filter(
        (element) => element.getClientRects().length > 0 && ['sticky', 'fixed'].includes(getComputedStyle(element).position),
      ).length,
      stickyFigures: [...document.querySelectorAll('.scrolly__figure')].filter((figure) => getComputedStyle(figure).display !== 'none').length,
      steps: [...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => ({
        id: step.id,
        picture: getComputedStyle(step.querySelector('.step__static')!).display !== 'none',
        description: step.querySelector('.step__alt')!.getBoundingClientRect().width > 100,
      })),
    }));

  it('?linear lays every step’s picture and description in the text, with nothing sticky, and passes axe', async () => {
    const { page, watch, close } = await openPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/?linear`, { waitUntil: 'networkidle' });
    const layout = await readLayout(page);
    expect(layout.pinned).toBe(0);
    expect(layout.stickyFigures).toBe(0);
    expect(layout.steps.length).toBeGreaterThan(0);
    for (const step of layout.steps) expect(step, step.id).toEqual({ id: step.id, picture: true, description: true });
    expect(await page.locator('[data-linear-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('the switch sits once in the reading options, works by keyboard, is reached from every graphic block, and is remembered', async () => {
    const { page, close } = await openPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-linear-toggle]').count()).toBe(1);
    expect(await page.locator('[data-motion-toggle]').count()).toBe(1);
    expect((await readLayout(page)).stickyFigures).toBeGreaterThan(0);
    // Every block links to the one place the options live.
    const blocks = await page.locator('.scrolly').count();
    expect(await page.locator('.scrolly a[href="#reader-options"]').count()).toBe(blocks);
    await page.locator('.scrolly a[href="#reader-options"]').last().focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-linear-toggle]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-linear-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect((await readLayout(page)).stickyFigures).toBe(0);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-linear'))).toBe(true);
    await page.locator('[data-linear-toggle]').click();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-linear'))).toBe(false);
    await close();
  });

  it('keeps deep links and presentation mode working', async () => {
    const { page, close } = await openPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const ids = await (async () => {
      await page.goto(`${origin}/?linear`, { waitUntil: 'networkidle' });
      return stepIds(page);
    })();
    const target = ids[Math.floor(ids.length / 2)]!;
    await page.goto(`${origin}/?linear#${target}`, { waitUntil: 'networkidle' });
    await page.waitForFunction((id) => {
      const box = document.getElementById(id as string)!.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    }, target);
    await page.goto(`${origin}/?linear&present#${target}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-present-current]');
    const slide = await page.evaluate(() => {
      const figure = document.querySelector('[data-present-stage] .scrolly__figure');
      return { current: document.querySelector('[data-present-current]')?.id, figureShown: figure ? getComputedStyle(figure).display !== 'none' : null };
    });
    expect(slide).toEqual({ current: target, figureShown: true });
    await close();
  });
});
