import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { loadLedger } from '../../src/facts/ledger';
import { toRange } from '../../src/facts/arithmetic';
import { EDITIONS, PROJECT_ROOT, inLanguagePath } from '../support/paths';
import { hasChromium, useBrowser } from '../support/browser';
import { settle } from '../support/story';

const ledger = loadLedger(join(PROJECT_ROOT, 'content/facts.yaml'));

/** Scrolls so the trigger line (mid-viewport) sits `fraction` of the way through the step. */
async function scrollInto(page: Page, stepId: string, fraction: number): Promise<void> {
  await page.evaluate(
    ([id, f]) => {
      const box = document.getElementById(id as string)!.getBoundingClientRect();
      window.scrollTo({ top: window.scrollY + box.top + box.height * (f as number) - window.innerHeight / 2, behavior: 'instant' });
    },
    [stepId, fraction] as const,
  );
  await settle(page);
}

/**
 * The day a drawdown dot stands at, read off the chart's own x axis (its "0" and last tick),
 * so the check is independent of the code that placed the dot.
 */
function dayOf(page: Page, node: string): Promise<number> {
  return page.evaluate((name) => {
    const root = document.querySelector('[data-graphic="drawdown"]')!;
    const ticks = [...root.querySelectorAll<SVGTextElement>('[data-node^="xtick-"]')].map((tick) => ({
      day: Number(tick.dataset.node!.slice('xtick-'.length)),
      x: Number(tick.getAttribute('x')),
    }));
    const first = ticks.reduce((a, b) => (b.day < a.day ? b : a));
    const last = ticks.reduce((a, b) => (b.day > a.day ? b : a));
    const cx = Number(root.querySelector(`[data-node="${name}"]`)!.getAttribute('cx'));
    return first.day + ((cx - first.x) / (last.x - first.x)) * (last.day - first.day);
  }, node);
}

describe.skipIf(!hasChromium)('the firing-rate graphics in the story', () => {
  const { origin, openPage } = useBrowser();
  it('draws the purchase down day by day as the reader scrolls through the running step', async () => {
    const { page, watch, close } = await openPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const purchase = ledger.get('purchase-rounds')!.value as number;
    const ukraine = toRange(ledger.get('ukraine-daily-fire')!.value);
    const russia = ledger.get('russia-daily-fire')!.value as number;
    const lastDay = purchase / ukraine.low;
    const russiaEnd = purchase / russia;
    let previous = -1;
    for (const fraction of [0.1, 0.3, 0.55, 0.8, 0.97]) {
      await scrollInto(page, 'drawdown-run', fraction);
      const progress = await page.evaluate(() => {
        const step = document.getElementById('drawdown-run')!.getBoundingClientRect();
        return Math.min(1, Math.max(0, (window.innerHeight / 2 - step.top) / step.height));
      });
      expect(await page.getAttribute('[data-graphic="drawdown"]', 'data-state')).toBe('drawdown-run');
      const day = await dayOf(page, 'ukraine-slow-dot');
      expect(day, `at ${fraction} of the step`).toBeCloseTo(progress * lastDay, 0);
      expect(day).toBeGreaterThan(previous);
      previous = day;
      expect(await dayOf(page, 'russia-dot'), 'Russia stops when its stock is gone').toBeCloseTo(Math.min(progress * lastDay, russiaEnd), 0);
      const russiaDone = await page.getAttribute('[data-graphic="drawdown"] [data-node="russia-lasts"]', 'opacity');
      expect(russiaDone, `Russia's "lasts" label at day ${day.toFixed(1)}`).toBe(progress * lastDay >= russiaEnd ? '1' : '0');
    }
    // Scrolling back up runs the clock back: the picture is a function of position, not of history.
    await scrollInto(page, 'drawdown-run', 0.1);
    const back = await dayOf(page, 'ukraine-slow-dot');
    expect(back).toBeLessThan(previous);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it.each(EDITIONS)('%s: serves each graphic\'s data as text/csv, headed in its language, whose numbers are the ledger\'s', async (locale) => {
    const { page, close } = await openPage();
    await page.goto(`${origin}${inLanguagePath(locale, '/')}`);
    const links = await page.$$eval('a[href$=".csv"]', (anchors) => [...new Set(anchors.map((a) => (a as HTMLAnchorElement).href))]);
    expect(links.length).toBeGreaterThanOrEqual(5);
    const known = new Set<number>();
    for (const fact of ledger.values()) {
      const range = toRange(fact.value);
      known.add(range.low).add(range.high);
    }
    for (const link of links) {
      const response = await fetch(link);
      expect(response.status, link).toBe(200);
      expect(response.headers.get('content-type'), link).toMatch(/^text\/csv/);
      const rows = (await response.text()).trimEnd().split('\r\n');
      expect(rows.length, link).toBeGreaterThan(1);
      // The headings are in the page's language (Korean headings on the Korean edition), the numbers the same.
      const headings = rows[0]!.split(',');
      for (const heading of headings) expect(heading, `${link}: heading`).toMatch(locale === 'ko' ? /\p{Script=Hangul}/u : /[A-Za-z]/);
      const numbers = rows.slice(1).flatMap((row) => row.split(',')).filter((cell) => /^-?\d+(\.\d+)?$/.test(cell)).map(Number);
      expect(numbers.length, link).toBeGreaterThan(0);
      for (const number of numbers) expect(known.has(number), `${link}: ${number} is not a ledger value`).toBe(true);
    }
    await close();
  });
});
