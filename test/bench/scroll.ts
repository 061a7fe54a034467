import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Figure } from './metrics.ts';
import { gzipBytes } from './html.ts';
import { median, percentile } from './stats.ts';

/** A phone-sized viewport, like Lighthouse's mobile emulation. */
const VIEWPORT = { width: 412, height: 823 };
/** Pixels per wheel step while walking the story. */
const WHEEL_STEP = 100;
/** Safety stop for a page that keeps growing. */
const MAX_WHEEL_STEPS = 3000;

/** What a page loaded, and how scrolling it went. */
export interface PageMeasure {
  figures: Figure[];
  /** Files the page loaded from the build, site-relative. */
  files: string[];
}

/** The build file behind a local URL path ("/" → "index.html", "/a/" → "a/index.html"); undefined if none. */
function fileOfUrl(distDir: string, pathname: string): string | undefined {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '');
  for (const candidate of [relative, join(relative, 'index.html')]) {
    const full = join(distDir, candidate);
    if (candidate !== '' && existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}

/** Records rAF deltas and long tasks from before the page's first script runs. */
function instrument(): void {
  const probe = { frames: [] as number[], longTasks: [] as number[], recording: false };
  (window as unknown as { __benchProbe: typeof probe }).__benchProbe = probe;
  let last = 0;
  const tick = (now: number) => {
    if (probe.recording && last > 0) probe.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => {
      if (probe.recording) for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  } catch {
    // No long task timing in this browser: reported as zero tasks only if frames were recorded.
  }
}

/** Waits for one animation frame in the page. */
function nextFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

/** Walks the page top to bottom in WHEEL_STEP wheel steps, one frame apart; returns frame times and long tasks. */
async function walk(page: Page): Promise<{ frames: number[]; longTasks: number[]; steps: number }> {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  await page.evaluate(() => {
    (window as unknown as { __benchProbe: { recording: boolean } }).__benchProbe.recording = true;
  });
  let steps = 0;
  for (; steps < MAX_WHEEL_STEPS; steps += 1) {
    await page.mouse.wheel(0, WHEEL_STEP);
    await nextFrame(page);
    const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
    if (atEnd) break;
  }
  await nextFrame(page);
  const probe = await page.evaluate(() => {
    const recorded = (window as unknown as { __benchProbe: { frames: number[]; longTasks: number[]; recording: boolean } }).__benchProbe;
    recorded.recording = false;
    return { frames: recorded.frames, longTasks: recorded.longTasks };
  });
  return { ...probe, steps };
}

/**
 * measurePage(browser, page, url, distDir, scroll) loads a page in a phone-sized context, sums the gzip sizes of
 * the JS, CSS and HTML files it loads from the build (including any it loads while scrolling) and, when asked,
 * walks it top to bottom recording frame times and long tasks.
 */
export async function measurePage(browser: Browser, pageKey: string, url: string, distDir: string, scroll: boolean): Promise<PageMeasure> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const loaded = new Set<string>();
    page.on('request', (request) => {
      const requested = new URL(request.url());
      if (requested.origin !== origin) return;
      const file = fileOfUrl(distDir, requested.pathname);
      if (file) loaded.add(file);
    });
    await page.addInitScript(instrument);
    await page.goto(url, { waitUntil: 'networkidle' });
    const figures: Figure[] = [];
    if (scroll) {
      const { frames, longTasks, steps } = await walk(page);
      const note = `${frames.length} frames, ${steps} wheel steps`;
      figures.push(
        { page: pageKey, metric: 'frame-median', value: median(frames), note },
        { page: pageKey, metric: 'frame-p95', value: percentile(frames, 95) },
        { page: pageKey, metric: 'long-tasks', value: longTasks.filter((duration) => duration > 50).length },
      );
      await page.waitForLoadState('networkidle');
    }
    const files = [...loaded].sort();
    const sum = (pattern: RegExp) => files.filter((file) => pattern.test(file)).reduce((total, file) => total + gzipBytes(readFileSync(join(distDir, file))), 0);
    figures.unshift(
      { page: pageKey, metric: 'js-gzip', value: sum(/\.m?js$/) },
      { page: pageKey, metric: 'css-gzip', value: sum(/\.css$/) },
      { page: pageKey, metric: 'html-gzip', value: sum(/\.html$/) },
    );
    return { figures, files };
  } finally {
    await context.close();
  }
}

/** How much the CPU is slowed for the low-end-phone run (Lighthouse's benchmarkIndex about 800 on these machines). */
export const CPU_SLOWDOWN = 6;

/**
 * measureSlowCpu(browser, page, url, runs) loads a page with Chromium's CPU throttled CPU_SLOWDOWN times, as on a
 * low-end phone, and walks it top to bottom, counting every long task (over 50 ms, as the Long Tasks API reports
 * them) from the first script on: loading and scrolling together. Each run is a fresh browser context; the value is
 * the median count over `runs`, as every other figure of the bench is a median, and the note gives each run's.
 */
export async function measureSlowCpu(browser: Browser, pageKey: string, url: string, runs: number): Promise<Figure[]> {
  const counts: number[] = [];
  const each: string[] = [];
  let steps = 0;
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.addInitScript(instrument);
      await page.addInitScript(() => {
        (window as unknown as { __benchProbe: { recording: boolean } }).__benchProbe.recording = true;
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      const walked = await walk(page);
      steps = walked.steps;
      const over = walked.longTasks.filter((duration) => duration > 50);
      counts.push(over.length);
      each.push(over.length ? `${over.length} (${over.map((duration) => Math.round(duration)).join(', ')} ms)` : '0');
    } finally {
      await context.close();
    }
  }
  return [
    {
      page: pageKey,
      metric: 'long-tasks-slow-cpu',
      value: median(counts),
      note: `CPU ${CPU_SLOWDOWN}× slower, load and ${steps} wheel steps; long tasks per run: ${each.join('; ')}`,
    },
  ];
}
