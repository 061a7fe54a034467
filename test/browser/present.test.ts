import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium, useBrowser, type WatchedPage } from '../support/browser';
import { siteWords } from '../../src/i18n/site';
import { readChapters } from '../support/content';
import { EDITIONS, inLanguagePath } from '../support/paths';

/** Projector screens presentation mode is laid out for: 720p and 1080p, both 16:9. */
const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** The slides presentation mode should offer, read from the story's DOM: title, then chapters and steps in order. */
async function expectedSlides(page: Page): Promise<{ id: string; kind: 'title' | 'chapter' | 'step' }[]> {
  const items = await page.locator('article[data-story]').evaluate((story) =>
    [...story.querySelectorAll<HTMLElement>('[data-chapter], [data-step]')].map((element) => ({
      id: element.id,
      kind: element.matches('[data-step]') ? ('step' as const) : ('chapter' as const),
    })),
  );
  return [{ id: 'present-title', kind: 'title' }, ...items];
}

/** What is on screen in presentation mode. */
async function screen(page: Page) {
  return page.evaluate(() => {
    const current = [...document.querySelectorAll<HTMLElement>('[data-present-current]')];
    const visible = (element: Element | null) => {
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    return {
      mode: document.documentElement.dataset.mode ?? null,
      current: current.map((element) => element.id),
      currentVisible: current.every(visible),
      counter: document.querySelector('[data-present-counter]')?.textContent ?? '',
      progress: (document.querySelector('[data-present-progress]') as HTMLProgressElement | null)?.value ?? -1,
      search: location.search,
      hash: location.hash,
      // Slides on screen, other than the blocks that hold the current one (a step's chapter).
      visibleSlides: [...document.querySelectorAll<HTMLElement>('#present-title, [data-chapter], [data-step]')]
        .filter((element) => visible(element) && !current.some((c) => c !== element && element.contains(c)))
        .map((element) => element.id),
      siteHeaderVisible: visible(document.querySelector('.site-header')),
      storyHeaderVisible: visible(document.querySelector('.story-header')),
    };
  });
}

describe.skipIf(!hasChromium)('presentation mode', () => {
  const { origin, openPage } = useBrowser();
  let open: WatchedPage[] = [];
  /** A projector-sized page (1280×720 unless `screen` says otherwise) with motion reduced, so scrolling back is instant. */
  async function projector(path: string, screen: { width: number; height: number } = PROJECTORS[0]): Promise<WatchedPage> {
    const watched = await openPage({ viewport: screen, reducedMotion: 'reduce' });
    open.push(watched);
    await watched.page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    return watched;
  }

  async function closeAll() {
    await Promise.all(open.map((watched) => watched.close()));
    open = [];
  }

  it.each(EDITIONS)('%s: the Present button enters at the title slide, with only that slide and the controls on screen', async (locale) => {
    try {
      const { page, watch } = await projector(inLanguagePath(locale, '/'));
      const slides = await expectedSlides(page);
      expect(slides.length).toBe(1 + readChapters(locale).length + slides.filter((s) => s.kind === 'step').length);
      expect((await screen(page)).mode).toBeNull();
      await page.getByRole('button', { name: siteWords(locale)('present.enter') }).click();
      const shown = await screen(page);
      expect(shown.mode).toBe('present');
      expect(shown.current).toEqual(['present-title']);
      expect(shown.visibleSlides).toEqual(['present-title']);
      expect(shown.siteHeaderVisible).toBe(false);
      expect(shown.storyHeaderVisible).toBe(false);
      expect(shown.counter).toBe(`1 / ${slides.length}`);
      expect(shown.search).toBe('?present');
      // The title slide: the story's name, its one-line summary and an inline QR code of the site address.
      const title = page.locator('#present-title');
      await expect.poll(() => title.innerText()).toContain('Roundabout');
      expect(await title.locator('svg[role="img"] path').count()).toBe(1);
      // The address it gives (and encodes) is this edition's story.
      expect(await title.innerText()).toMatch(new RegExp(`https?://\\S+${inLanguagePath(locale, '/').replace(/\//g, '\\/')}(\\s|$)`));
      expect(await title.locator('svg [style]').count()).toBe(0);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await closeAll();
    }
  });

  it('each key moves as documented and the counter and progress bar follow', async () => {
    try {
      const { page } = await projector('/?present');
      const slides = await expectedSlides(page);
      const last = slides.length - 1;
      expect(last).toBeGreaterThanOrEqual(3);
      const at = async (index: number) => {
        const shown = await screen(page);
        expect(shown.current).toEqual([slides[index]!.id]);
        expect(shown.currentVisible).toBe(true);
        expect(shown.counter).toBe(`${index + 1} / ${slides.length}`);
        expect(shown.progress).toBe(index);
        expect(shown.hash).toBe(index === 0 ? '' : `#${slides[index]!.id}`);
      };
      await at(0);
      const moves: [string, number][] = [
        ['ArrowRight', 1],
        ['PageDown', 2],
        ['Space', 3],
        ['Shift+Space', 2],
        ['PageUp', 1],
        ['ArrowLeft', 0],
        ['ArrowLeft', 0],
        ['End', last],
        ['ArrowRight', last],
        ['Home', 0],
      ];
      for (const [key, index] of moves) {
        await page.keyboard.press(key);
        await at(index);
      }
    } finally {
      await closeAll();
    }
  });

  it.each(EDITIONS)('%s: walking every slide shows exactly one slide, and each step with its graphic at that step’s state', async (locale) => {
    try {
      const { page, watch } = await projector(`${inLanguagePath(locale, '/')}?present`);
      const slides = await expectedSlides(page);
      for (const [index, slide] of slides.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        const shown = await screen(page);
        expect(shown.visibleSlides, slide.id).toEqual([slide.id]);
        if (slide.kind !== 'step') continue;
        const step = await page.locator(`[id="${slide.id}"]`).evaluate((element) => {
          const scrolly = element.closest('[data-scrolly]')!;
          const graphic = scrolly.querySelector('.scrolly__figure [data-graphic]')!;
          return {
            state: (element as HTMLElement).dataset.step,
            shown: graphic.getAttribute('data-state'),
            current: element.getAttribute('aria-current'),
          };
        });
        expect(step.shown, slide.id).toBe(step.state);
        expect(step.current, slide.id).toBe('step');
        // How large the graphic is, and where, is the next test's business, at every projector size.
      }
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await closeAll();
    }
  });

  it.each(EDITIONS.flatMap(([locale]) => PROJECTORS.map((screen) => [locale, screen.width, screen.height] as const)))(
    '%s at %i×%i: on every step slide the picture covers at least half of the screen, and the picture, the words and the controls are all on screen, side by side',
    async (locale, width, height) => {
      try {
        const problems: string[] = [];
        const { page } = await projector(`${inLanguagePath(locale, '/')}?present`, { width, height });
        const slides = await expectedSlides(page);
        expect(slides.filter((slide) => slide.kind === 'step').length).toBeGreaterThan(0);
        for (const [index, slide] of slides.entries()) {
          if (index > 0) await page.keyboard.press('ArrowRight');
          const layout = await page.evaluate(() => {
            type Box = { left: number; top: number; right: number; bottom: number };
            const boxOf = (element: Element): Box => {
              const { left, top, right, bottom } = element.getBoundingClientRect();
              return { left, top, right, bottom };
            };
            const current = document.querySelector<HTMLElement>('[data-present-current]')!;
            // What the room sees of the graphic: its viewBox fitted into the <svg> box (xMidYMid meet), not the box.
            const svg = current.matches('[data-step]') ? current.closest('[data-scrolly]')!.querySelector<SVGSVGElement>('.scrolly__figure [data-graphic]')! : null;
            let picture: Box | null = null;
            if (svg) {
              const box = boxOf(svg);
              const { width: viewWidth, height: viewHeight } = svg.viewBox.baseVal;
              const scale = Math.min((box.right - box.left) / viewWidth, (box.bottom - box.top) / viewHeight);
              const [drawnWidth, drawnHeight] = [viewWidth * scale, viewHeight * scale];
              const left = (box.left + box.right - drawnWidth) / 2;
              const top = (box.top + box.bottom - drawnHeight) / 2;
              picture = { left, top, right: left + drawnWidth, bottom: top + drawnHeight };
            }
            // The slide's words: the step's card, or each element of a title or chapter slide that holds words itself.
            const words = current.matches('[data-step]')
              ? [current.querySelector('.step__card')!]
              : [...current.querySelectorAll<HTMLElement>('*')].filter(
                  (element) =>
                    element.checkVisibility({ visibilityProperty: true }) &&
                    !element.closest('[data-teacher-notes], .visually-hidden') &&
                    [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
                );
            const controls = [...document.querySelectorAll('[data-present-ui] > *')].filter((element) => element.checkVisibility({ visibilityProperty: true }));
            return {
              picture,
              words: words.map((element) => ({ name: element.className || element.tagName, box: boxOf(element) })),
              controls: controls.map((element) => ({ name: element.className, box: boxOf(element) })),
              screen: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
            };
          });
          type Box = typeof layout.screen;
          const inside = (box: Box) => box.left >= -1 && box.top >= -1 && box.right <= layout.screen.right + 1 && box.bottom <= layout.screen.bottom + 1;
          const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (slide.kind === 'step') {
            const picture = layout.picture!;
            const share = ((picture.right - picture.left) * (picture.bottom - picture.top)) / (width * height);
            if (share < 0.5) problems.push(`${slide.id}: the picture covers ${share.toFixed(3)} of the screen, under half`);
            if (!inside(picture)) problems.push(`${slide.id}: the picture runs off the screen`);
            for (const { name, box } of layout.words) if (overlap(box, picture)) problems.push(`${slide.id}: the picture lies over ${name}`);
            for (const { name, box } of layout.controls) if (overlap(box, picture)) problems.push(`${slide.id}: ${name} lies over the picture`);
          }
          for (const { name, box } of layout.words) {
            if (!inside(box)) problems.push(`${slide.id}: ${name} runs off the screen`);
            for (const control of layout.controls) if (overlap(box, control.box)) problems.push(`${slide.id}: ${control.name} lies over ${name}`);
          }
          for (const { name, box } of layout.controls) if (!inside(box)) problems.push(`${slide.id}: ${name} is off the screen`);
        }
        expect(problems).toEqual([]);
      } finally {
        await closeAll();
      }
    },
    120_000,
  );

  it.each(EDITIONS)('%s: text is projector-sized (at least 28 px at 1280×720) and every slide fits the screen', async (locale) => {
    try {
      const { page } = await projector(`${inLanguagePath(locale, '/')}?present`);
      const slides = await expectedSlides(page);
      for (const [index, slide] of slides.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        if (slide.kind === 'title') continue;
        const measured = await page.evaluate(() => {
          const current = document.querySelector<HTMLElement>('[data-present-current]')!;
          const stage = document.querySelector<HTMLElement>('[data-present-stage]')!;
          // Every element that holds words of the slide directly (a step's own words may sit in the card itself).
          const holders = current.matches('[data-step]')
            ? [...current.querySelectorAll<HTMLElement>('.step__card, .step__card *')].filter((element) => !element.closest('.step__alt'))
            : [...current.querySelectorAll<HTMLElement>(':scope > .present-summary')];
          const text = holders.filter((element) =>
            [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
          );
          return {
            sizes: text.filter((element) => element.getClientRects().length > 0).map((element) => parseFloat(getComputedStyle(element).fontSize)),
            overflow: stage.scrollHeight - stage.clientHeight,
          };
        });
        expect(measured.sizes.length, slide.id).toBeGreaterThan(0);
        for (const size of measured.sizes) expect(size, slide.id).toBeGreaterThanOrEqual(28);
        expect(measured.overflow, `${slide.id} overflows the screen`).toBeLessThanOrEqual(1);
      }
    } finally {
      await closeAll();
    }
  });

  it('Esc leaves at the same slide: the page is scrolled to it and the address loses ?present', async () => {
    try {
      const { page } = await projector('/?present');
      const slides = await expectedSlides(page);
      // A slide deep in the story: the last step if there is one, else the last chapter.
      const target = slides.findLastIndex((slide) => slide.kind === 'step') > 0
        ? slides.findLastIndex((slide) => slide.kind === 'step')
        : slides.length - 1;
      await page.keyboard.press('End');
      for (let index = slides.length - 1; index > target; index -= 1) await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Escape');
      const shown = await screen(page);
      expect(shown.mode).toBeNull();
      expect(shown.search).toBe('');
      expect(shown.hash).toBe(`#${slides[target]!.id}`);
      expect(shown.siteHeaderVisible).toBe(true);
      await expect
        .poll(() =>
          page.locator(`[id="${slides[target]!.id}"]`).evaluate((element) => {
            const box = element.getBoundingClientRect();
            return box.top < innerHeight && box.bottom > 0;
          }),
        )
        .toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(720);
      // Keys are the page's again: End no longer jumps slides or re-enters the mode.
      await page.keyboard.press('ArrowLeft');
      expect((await screen(page)).mode).toBeNull();
    } finally {
      await closeAll();
    }
  });

  it('the Leave button, like Esc, returns to reading at the slide on screen', async () => {
    try {
      const { page } = await projector('/');
      const slides = await expectedSlides(page);
      await page.getByRole('button', { name: 'Present' }).click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('button', { name: /^Leave/ }).click();
      const shown = await screen(page);
      expect(shown.mode).toBeNull();
      expect(shown.hash).toBe(`#${slides[2]!.id}`);
      await expect.poll(() => page.locator(`[id="${slides[2]!.id}"]`).evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(720);
    } finally {
      await closeAll();
    }
  });

  it('?present#<id> opens presentation mode at that slide, for the last slide and a chapter', async () => {
    try {
      const probe = await projector('/');
      const slides = await expectedSlides(probe.page);
      for (const index of [slides.length - 1, 2]) {
        const { page } = await projector(`/?present#${slides[index]!.id}`);
        const shown = await screen(page);
        expect(shown.mode).toBe('present');
        expect(shown.current).toEqual([slides[index]!.id]);
        expect(shown.counter).toBe(`${index + 1} / ${slides.length}`);
      }
    } finally {
      await closeAll();
    }
  });

  it.each(EDITIONS)('%s: teacher’s notes are hidden until N or the Notes button, and show the current chapter’s notes', async (locale) => {
    try {
      const chapter = readChapters(locale).find((c) => Array.isArray(c.frontmatter.teacherNotes));
      expect(chapter, 'a chapter with teacherNotes').toBeDefined();
      const notes = chapter!.frontmatter.teacherNotes as string[];
      const { page } = await projector(`${inLanguagePath(locale, '/')}?present#${chapter!.slug}`);
      const panel = page.locator(`#${chapter!.slug} > [data-teacher-notes]`);
      const button = page.getByRole('button', { name: new RegExp(`^${siteWords(locale)('present.notes')}`) });
      expect(await panel.isVisible()).toBe(false);
      expect(await page.locator('[data-teacher-notes]:visible').count()).toBe(0);
      await page.keyboard.press('n');
      expect(await panel.isVisible()).toBe(true);
      // A note as written, its inline marks ([[ours|original]], [[en:words]]) aside.
      expect(await panel.innerText()).toContain(notes[0]!.split('[[')[0]!.trim());
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('[data-teacher-notes]:visible').count()).toBe(1);
      await page.keyboard.press('n');
      expect(await panel.isVisible()).toBe(false);
      await button.click();
      expect(await panel.isVisible()).toBe(true);
      // Notes stay on while moving: the next chapter's slide shows the next chapter's notes.
      await page.keyboard.press('End');
      const lastChapterNotes = page.locator('[data-present-current]').locator('xpath=ancestor-or-self::section[@data-chapter]').locator(':scope > [data-teacher-notes]');
      if ((await lastChapterNotes.count()) > 0) expect(await lastChapterNotes.isVisible()).toBe(true);
      expect(await panel.isVisible()).toBe(false);
      // Leaving hides them, and reading mode shows none.
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-teacher-notes]:visible').count()).toBe(0);
    } finally {
      await closeAll();
    }
  });

  it('keys typed in an input, textarea, select or editable region never move slides', async () => {
    try {
      const { page } = await projector('/?present');
      await page.keyboard.press('ArrowRight');
      const before = await screen(page);
      for (const html of ['<input type="text" aria-label="test">', '<textarea aria-label="test"></textarea>', '<select aria-label="test"><option>a</option><option>b</option></select>', '<div contenteditable="true" aria-label="test">x</div>']) {
        await page.evaluate((markup) => {
          const holder = document.querySelector('[data-present-ui]')!;
          holder.querySelector('[data-test-field]')?.remove();
          const wrapper = document.createElement('span');
          wrapper.dataset.testField = '';
          wrapper.innerHTML = markup;
          holder.append(wrapper);
          (wrapper.firstElementChild as HTMLElement).focus();
        }, html);
        for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'Space', 'End', 'Home', 'n', 'Escape']) {
          await page.keyboard.press(key);
          const now = await screen(page);
          expect(now.mode, `${key} in ${html}`).toBe('present');
          expect(now.current, `${key} in ${html}`).toEqual(before.current);
          expect(await page.locator('[data-teacher-notes]:visible').count(), `${key} in ${html}`).toBe(0);
        }
      }
    } finally {
      await closeAll();
    }
  });

  it('outside presentation mode no key is captured page-wide', async () => {
    try {
      const { page } = await projector('/');
      await page.evaluate(() => {
        (window as unknown as { prevented: string[] }).prevented = [];
        window.addEventListener('keydown', (event) => {
          if (event.defaultPrevented) (window as unknown as { prevented: string[] }).prevented.push(event.key);
        });
      });
      for (const key of ['PageDown', 'Space', 'End', 'Home', 'n', 'Escape', 'ArrowRight']) await page.keyboard.press(key);
      expect(await page.evaluate(() => (window as unknown as { prevented: string[] }).prevented)).toEqual([]);
      expect((await screen(page)).mode).toBeNull();
      expect(await page.locator('[data-teacher-notes]:visible').count()).toBe(0);
    } finally {
      await closeAll();
    }
  });

  // Opens the whole story once per link in the guide (about ten fresh loads): a minute on a loaded 2-core machine.
  it.each(EDITIONS)('%s: presentation mode passes axe, and the guide’s every “present” link opens an existing slide', async (locale) => {
    try {
      const { page } = await projector(`${inLanguagePath(locale, '/')}?present`);
      expect(await axeViolations(page)).toEqual([]);
      const guide = await projector(inLanguagePath(locale, '/teachers/'));
      const links = await guide.page.locator('a[data-present-link]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
      expect(links.length).toBeGreaterThanOrEqual(readChapters(locale).length);
      for (const href of links) {
        const id = decodeURIComponent(new URL(href, origin).hash.slice(1));
        const { page: presented } = await projector(new URL(href, origin).pathname + new URL(href, origin).search + new URL(href, origin).hash);
        expect((await screen(presented)).current, href).toEqual([id]);
      }
    } finally {
      await closeAll();
    }
  }, 120_000);

  for (const path of ['/teachers/', '/handout/']) {
    it(`${path} loads cleanly and passes axe, light and dark`, async () => {
      try {
        for (const colorScheme of ['light', 'dark'] as const) {
          const watched = await openPage({ colorScheme });
          open.push(watched);
          const response = await watched.page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
          expect(response?.status()).toBe(200);
          expect(await axeViolations(watched.page)).toEqual([]);
          expect(watched.watch.consoleErrors).toEqual([]);
          expect(watched.watch.cspViolations).toEqual([]);
        }
      } finally {
        await closeAll();
      }
    });
  }
});
