import type { Page } from 'playwright-core';

/** What the page shows for one scrolly block: the active step and the graphic's state. */
export interface ScrollyReading {
  graphic: string;
  shownState: string | null;
  currentStepId: string | null;
  currentStepState: string | null;
}

/** Reads every scrolly block's graphic state and aria-current step. */
export function readScrollies(page: Page): Promise<ScrollyReading[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((block) => {
      const current = block.querySelector<HTMLElement>('[data-step][aria-current="step"]');
      return {
        graphic: block.dataset.scrolly!,
        shownState: block.querySelector('[data-graphic]')?.getAttribute('data-state') ?? null,
        currentStepId: current?.id ?? null,
        currentStepState: current?.dataset.step ?? null,
      };
    }),
  );
}

/**
 * The step the layout says is on screen: for each scrolly, the last step whose top has passed
 * the middle of the viewport (the first step when none has). Computed in the page, independently
 * of the engine's code, so tests compare the engine against the geometry.
 */
export function expectedSteps(page: Page): Promise<{ graphic: string; stepId: string; state: string }[]> {
  return page.evaluate(() => {
    const trigger = window.innerHeight / 2;
    return [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((block) => {
      const steps = [...block.querySelectorAll<HTMLElement>('[data-step]')];
      let chosen = steps[0]!;
      for (const step of steps) if (step.getBoundingClientRect().top <= trigger) chosen = step;
      return { graphic: block.dataset.scrolly!, stepId: chosen.id, state: chosen.dataset.step! };
    });
  });
}

/** Waits until scrolling has stopped and two animation frames have passed. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 6) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Lists every step id in document order. */
export function stepIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => step.id));
}
