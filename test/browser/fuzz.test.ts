import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { hasChromium, useBrowser } from '../support/browser';
import { EDITIONS, inLanguagePath } from '../support/paths';
import { mulberry32, pick, randomInt, type Random } from '../support/prng';
import { expectedSteps, readScrollies, settle, stepIds } from '../support/story';

/** The fixed seed: the same 200 actions on every run (FUZZ_SEED tries another sequence). */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
const ACTIONS = 200;
/**
 * The actions are shared out between the editions, each its own sequence (seed + the language's index): every
 * language's story is fuzzed, and a second language costs the run no more time.
 */
const PER_EDITION = Math.ceil(ACTIONS / LOCALES.length);
/** A phone, where most readers are. */
const VIEWPORT = { width: 390, height: 844 };

/** One random reader action, described for the failure message. */
type Action = { kind: 'jump'; top: number } | { kind: 'wheel'; deltaY: number } | { kind: 'hash'; id: string };

/** drawAction(random, maxScroll, ids) picks an instant jump, a wheel flick up or down, or a hash jump to a step. */
function drawAction(random: Random, maxScroll: number, ids: string[]): Action {
  const kind = pick(random, ['jump', 'wheel', 'hash'] as const);
  if (kind === 'jump') return { kind, top: randomInt(random, 0, maxScroll) };
  if (kind === 'wheel') return { kind, deltaY: (random() < 0.5 ? -1 : 1) * randomInt(random, 100, 2000) };
  return { kind, id: pick(random, ids) };
}

/** Performs an action in the page. */
async function perform(page: Page, action: Action): Promise<void> {
  if (action.kind === 'jump') await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), action.top);
  else if (action.kind === 'wheel') await page.mouse.wheel(0, action.deltaY);
  else await page.evaluate((id) => (window.location.hash = id), action.id);
}

const describeAction = (action: Action) =>
  action.kind === 'jump' ? `scrollTo(${action.top})` : action.kind === 'wheel' ? `wheel(${action.deltaY})` : `#${action.id}`;

describe.skipIf(!hasChromium)(`scroll fuzz (seed ${SEED})`, () => {
  const { origin, openPage } = useBrowser();
  it.each(EDITIONS)(`%s: after each of ${PER_EDITION} random jumps, wheel flicks and hash jumps, every graphic shows the step the layout puts on screen`, async (locale) => {
    const { page, watch, close } = await openPage({ viewport: VIEWPORT });
    try {
      await page.goto(`${origin}${inLanguagePath(locale, '/')}`, { waitUntil: 'networkidle' });
      const ids = await stepIds(page);
      expect(ids.length, 'The story has no [data-step] elements yet, so there is nothing to fuzz: place the <Scrolly>/<Step> graphics into the chapters.').toBeGreaterThan(0);
      await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
      const random = mulberry32(SEED + LOCALES.indexOf(locale));
      const history: string[] = [];
      const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      for (let index = 1; index <= PER_EDITION; index += 1) {
        const action = drawAction(random, maxScroll, ids);
        history.push(describeAction(action));
        await perform(page, action);
        await settle(page);
        const [shown, expected] = await Promise.all([readScrollies(page), expectedSteps(page)]);
        const wrong = expected.flatMap((want, block) => {
          const got = shown[block];
          const problems: string[] = [];
          if (got?.shownState !== want.state) problems.push(`graphic shows "${got?.shownState}", expected "${want.state}"`);
          if (got?.currentStepId !== want.stepId) problems.push(`aria-current step is "${got?.currentStepId}", expected "${want.stepId}"`);
          return problems.map((problem) => `scrolly ${block + 1} (${want.graphic}): ${problem}`);
        });
        const scrollY = wrong.length > 0 ? await page.evaluate(() => Math.round(window.scrollY)) : 0;
        expect(
          wrong,
          `${locale}, seed ${SEED + LOCALES.indexOf(locale)}, action ${index} of ${PER_EDITION} (${history.at(-1)}, now at scrollY ${scrollY}); last actions: ${history.slice(-8).join(', ')}`,
        ).toEqual([]);
      }
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  }, 240_000);
});
