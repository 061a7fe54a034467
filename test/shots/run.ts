/**
 * npm run shots: builds the site apart, serves it on 127.0.0.1 and photographs it in Chromium, so the whole
 * site can be reviewed on one contact sheet: every story step at 390×844 and 1280×800 in light and dark, every
 * presentation slide at 1280×720, and the first screen of every built page at 390 and 1280 px wide. All with
 * reduced motion, so each picture is final. Writes the PNGs and index.html into test/.tmp/shots/
 * (ROUNDABOUT_TEST_TMP moves it) and prints where; notes anything that did not settle or logged an error.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, openWatchedPage } from '../support/browser.ts';
import { builtPages, htmlFileOf, serveBuild } from '../support/crawl.ts';
import { TMP_DIR } from '../support/paths.ts';
import { pool } from '../../src/lib/pool.ts';
import { settle } from '../support/story.ts';
import { buildProjectCopy } from '../support/project-copy.ts';
import { contactSheet, type Shot, type ShotGroup, type ShotRow } from './sheet.ts';

const SHOTS_DIR = join(TMP_DIR, 'shots');
const DIST_DIR = join(SHOTS_DIR, 'dist');
/** Story steps: a phone and a laptop, each in both schemes. */
const STORY_VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
/** A classroom projector. */
const SLIDE_VIEWPORT = { width: 1280, height: 720 } as const;
/** How long a step may take to show its picture before the shot is taken anyway, with a note. */
const SETTLE_MS = 3000;
/** Browser pages photographed at once (the machines have two cores). */
const PARALLEL = 2;

type Scheme = (typeof SCHEMES)[number];
type Viewport = { width: number; height: number };

const started = Date.now();
const notes: string[] = [];

/** pageSlug(path) names a page in file names: "" → "index", "embed/flow-map/" → "embed-flow-map". */
const pageSlug = (path: string): string => path.replace(/\/$/, '').replace(/\.html$/, '').replace(/\//g, '-') || 'index';
/** The page as readers see it in the address bar. */
const pageLabel = (path: string): string => `/${path}`;
const size = ({ width, height }: Viewport): string => `${width}×${height}`;

/** True when the build file of a page is a story: an article with scrolly steps. */
function isStoryPage(path: string): boolean {
  const html = parse(readFileSync(join(DIST_DIR, htmlFileOf(path)), 'utf8'));
  return html.querySelector('article[data-story] [data-step]') !== null;
}

/** Takes a viewport screenshot into SHOTS_DIR/<file> and returns the shot with its caption. */
async function shoot(page: Page, file: string, caption: string[]): Promise<Shot> {
  const path = join(SHOTS_DIR, file);
  await page.screenshot({ path, animations: 'disabled' });
  return { file: relative(SHOTS_DIR, path).split('\\').join('/'), caption, width: page.viewportSize()?.width ?? 0 };
}

/** Waits for web fonts and for the page to stop scrolling. */
async function ready(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await settle(page);
}

/**
 * Waits until the step with this id shows its own picture: its block's live graphic carries the step's state
 * (and, when `current` is set, the step is the aria-current one). False when that does not happen in time.
 */
function stepShown(page: Page, id: string, current: boolean): Promise<boolean> {
  return page
    .waitForFunction(
      ([stepId, needCurrent]) => {
        const step = document.getElementById(stepId);
        const graphic = step?.closest('[data-scrolly]')?.querySelector('[data-graphic]');
        return !!step && graphic?.getAttribute('data-state') === step.dataset.step && (!needCurrent || step.getAttribute('aria-current') === 'step');
      },
      [id, current] as const,
      { timeout: SETTLE_MS },
    )
    .then(
      () => true,
      () => false,
    );
}

/** Console errors a page logged since `from`, noted under `where`. */
function noteErrors(errors: string[], from: number, where: string): void {
  for (const error of new Set(errors.slice(from))) notes.push(`${where}: console error: ${error}`);
}

/** Every step of one story page at one size and scheme: each step scrolled to the middle of the viewport. */
async function storySteps(browser: Browser, root: string, path: string, viewport: Viewport, scheme: Scheme): Promise<ShotRow[]> {
  const { page, watch, close } = await openWatchedPage(browser, { viewport, colorScheme: scheme, reducedMotion: 'reduce' });
  try {
    await page.goto(new URL(path, root).href, { waitUntil: 'networkidle' });
    await ready(page);
    const ids = await page.$$eval('article[data-story] [data-step]', (steps) => steps.map((step) => step.id));
    const rows: ShotRow[] = [];
    for (const id of ids) {
      await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'center' }), id);
      await settle(page);
      if (!(await stepShown(page, id, true))) notes.push(`${pageLabel(path)}#${id} at ${size(viewport)} ${scheme}: the step's picture or aria-current did not follow within ${SETTLE_MS} ms`);
      const file = `story/${pageSlug(path)}-${id}-${viewport.width}-${scheme}.png`;
      rows.push({ title: `${pageLabel(path)}#${id}`, shots: [await shoot(page, file, [pageLabel(path), id, `${viewport.width}px`, scheme])] });
    }
    noteErrors(watch.consoleErrors, 0, `${pageLabel(path)} at ${size(viewport)} ${scheme}`);
    return rows;
  } finally {
    await close();
  }
}

/** Every slide of presentation mode on one story page, moving on with ArrowRight. */
async function slides(browser: Browser, root: string, path: string): Promise<ShotRow> {
  const { page, watch, close } = await openWatchedPage(browser, { viewport: SLIDE_VIEWPORT, reducedMotion: 'reduce' });
  const currentId = () => page.evaluate(() => document.querySelector('[data-present-current]')?.id ?? '');
  try {
    await page.goto(`${new URL(path, root).href}?present`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-present-current]', { state: 'attached' });
    await ready(page);
    const counter = (await page.textContent('[data-present-counter]')) ?? '';
    const total = Number(/\/\s*(\d+)/.exec(counter)?.[1] ?? Number.NaN);
    if (!Number.isInteger(total)) throw new Error(`${pageLabel(path)}?present: no slide count in [data-present-counter] (read "${counter}")`);
    const shots: Shot[] = [];
    for (let index = 0; index < total; index += 1) {
      const id = await currentId();
      const isStep = await page.evaluate((slideId) => document.getElementById(slideId)?.matches('[data-step]') ?? false, id);
      if (isStep && !(await stepShown(page, id, false))) notes.push(`${pageLabel(path)}?present slide ${index + 1} (#${id}): the graphic did not show the step's picture within ${SETTLE_MS} ms`);
      await settle(page);
      const number = String(index + 1).padStart(2, '0');
      shots.push(await shoot(page, `present/${pageSlug(path)}-${number}-${id}.png`, [pageLabel(path), `slide ${index + 1}/${total}`, id, `${SLIDE_VIEWPORT.width}px`, 'light']));
      if (index === total - 1) break;
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((previous) => document.querySelector('[data-present-current]')?.id !== previous, id, { timeout: SETTLE_MS }).catch(() => {
        notes.push(`${pageLabel(path)}?present: ArrowRight did not leave slide ${index + 1} (#${id})`);
      });
    }
    noteErrors(watch.consoleErrors, 0, `${pageLabel(path)}?present`);
    return { title: `${pageLabel(path)}?present`, shots };
  } finally {
    await close();
  }
}

/** The first screen of every page at one size (light scheme). */
async function firstScreens(browser: Browser, root: string, paths: string[], viewport: Viewport): Promise<Shot[]> {
  const { page, watch, close } = await openWatchedPage(browser, { viewport, reducedMotion: 'reduce' });
  try {
    const shots: Shot[] = [];
    for (const path of paths) {
      const before = watch.consoleErrors.length;
      await page.goto(new URL(path, root).href, { waitUntil: 'networkidle' });
      await ready(page);
      shots.push(await shoot(page, `pages/${pageSlug(path)}-${viewport.width}.png`, [pageLabel(path), `${viewport.width}px`, 'light']));
      noteErrors(watch.consoleErrors, before, `${pageLabel(path)} at ${size(viewport)}`);
    }
    return shots;
  } finally {
    await close();
  }
}

if (!hasChromium) process.exit(1);

console.log(`Building the site into ${DIST_DIR}`);
for (const folder of ['story', 'present', 'pages']) {
  rmSync(join(SHOTS_DIR, folder), { recursive: true, force: true });
  mkdirSync(join(SHOTS_DIR, folder), { recursive: true });
}
rmSync(DIST_DIR, { recursive: true, force: true });
const build = buildProjectCopy({ name: 'shots', outDir: DIST_DIR });
if (build.status !== 0) {
  console.error(`astro build failed (exit ${build.status}):\n${build.output}`);
  process.exit(1);
}
const paths = builtPages(DIST_DIR);
const stories = paths.filter(isStoryPage);
if (stories.length === 0) notes.push('No story page (article[data-story] with [data-step]) in the build: no steps or slides were photographed.');

const served = await serveBuild(DIST_DIR, '/');
const browser = await launchBrowser();
console.log(`Photographing ${paths.length} pages (${stories.length} with a story) from ${served.root}`);
let groups: ShotGroup[];
try {
  const storyTasks = stories.flatMap((path) =>
    STORY_VIEWPORTS.flatMap((viewport) => SCHEMES.map((scheme) => () => storySteps(browser, served.root, path, viewport, scheme))),
  );
  const slideTasks = stories.map((path) => () => slides(browser, served.root, path));
  const screenTasks = STORY_VIEWPORTS.map((viewport) => () => firstScreens(browser, served.root, paths, viewport));
  const [storyRows, slideRows, screens] = await Promise.all([
    pool(storyTasks, PARALLEL),
    pool(slideTasks, 1),
    pool(screenTasks, 1),
  ]);
  // One row per step, its four shots side by side (phone light, phone dark, laptop light, laptop dark).
  const byStep = new Map<string, Shot[]>();
  for (const row of storyRows.flat()) byStep.set(row.title, [...(byStep.get(row.title) ?? []), ...row.shots]);
  groups = [
    { id: 'story', title: 'Story steps', rows: [...byStep].map(([title, shots]) => ({ title, shots })) },
    { id: 'present', title: 'Presentation slides', rows: slideRows },
    {
      id: 'pages',
      title: 'First screen of every page',
      rows: paths.map((path, index) => ({ title: pageLabel(path), shots: screens.map((shotsAtWidth) => shotsAtWidth[index]!) })),
    },
  ];
} finally {
  await browser.close();
  await served.close();
}

const title = 'Roundabout: screenshots';
writeFileSync(join(SHOTS_DIR, 'index.html'), contactSheet(title, groups));
for (const group of groups) writeFileSync(join(SHOTS_DIR, `${group.id}.html`), contactSheet(`${title}: ${group.title}`, [group]));

const counts = groups.map((group) => `${group.id} ${group.rows.reduce((sum, row) => sum + row.shots.length, 0)}`);
console.log(`\nWrote the screenshots (${counts.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(0)} s:`);
for (const group of groups) console.log(`  ${join(SHOTS_DIR, group.id)}/  (sheet: ${join(SHOTS_DIR, `${group.id}.html`)})`);
console.log(`Contact sheet of everything: ${join(SHOTS_DIR, 'index.html')}`);
if (notes.length > 0) {
  console.log(`\n${notes.length} note(s):`);
  for (const note of notes) console.log(`  NOTE: ${note}`);
}
