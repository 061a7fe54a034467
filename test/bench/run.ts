/**
 * npm run bench: builds the site into its own folder, serves it on 127.0.0.1, measures the story, the teacher's
 * guide and one embed page (Lighthouse three times each, gzip sizes, a scroll walk) against a plain-HTML
 * baseline of the same text, checks budgets.json, writes report.json and report.md, and exits 1 on any breach.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { hasChromium, launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT, TMP_DIR } from '../support/paths.ts';
import { BASELINE_PAGE, breaches, checkBudgets, parseBudgets } from './budgets.ts';
import { baselineHtml, graphicPathData } from './html.ts';
import { lighthouseMedians, type FailedAudits } from './lighthouse.ts';
import type { Figure } from './metrics.ts';
import { formatBreach, formatMarkdownTable, formatTable } from './report.ts';
import { measurePage, measureSlowCpu } from './scroll.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';

const BENCH_DIR = join(TMP_DIR, 'bench');
const OUT_DIR = join(BENCH_DIR, 'dist');
const BASELINE_FILE = 'bench-baseline.html';
/** Lighthouse runs per page (BENCH_RUNS overrides, for a quick look; the budgets assume 3). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const log = (line: string) => console.log(line);

/** Every text file of a build (HTML, CSS, JS, SVG, JSON, CSV, TXT), as absolute paths. */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|css|m?js|svg|json|csv|txt|xml)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
const started = Date.now();

if (!hasChromium) process.exit(1);
const budgets = parseBudgets(JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')));

log(`Building into ${OUT_DIR}`);
rmSync(OUT_DIR, { recursive: true, force: true });
const build = spawnSync('npx', ['astro', 'build'], {
  cwd: PROJECT_ROOT,
  encoding: 'utf8',
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ROUNDABOUT_OUT_DIR: OUT_DIR,
    ROUNDABOUT_CACHE_DIR: process.env.ROUNDABOUT_CACHE_DIR ?? join(BENCH_DIR, 'cache'),
  },
});
if (build.status !== 0) {
  console.error(`astro build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  process.exit(1);
}

const storyHtml = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
writeFileSync(join(OUT_DIR, BASELINE_FILE), baselineHtml(storyHtml));

/** The pages to measure: key → site path. Missing optional pages are skipped with a note. */
const pages: [key: string, path: string][] = [['story', '/']];
const notes: string[] = [];
if (existsSync(join(OUT_DIR, 'teachers', 'index.html'))) pages.push(['teachers', '/teachers/']);
else notes.push("No /teachers/ page in the build: the teacher's guide is not measured.");
const embeds = existsSync(join(OUT_DIR, 'embed'))
  ? readdirSync(join(OUT_DIR, 'embed')).filter((name) => existsSync(join(OUT_DIR, 'embed', name, 'index.html'))).sort()
  : [];
if (embeds.length > 0) pages.push(['embed', `/embed/${embeds[0]}/`]);
else notes.push('No /embed/<graphic>/ page in the build: no embed page is measured.');
pages.push([BASELINE_PAGE, `/${BASELINE_FILE}`]);
for (const note of notes) log(`NOTE: ${note}`);

// Served gzipped, as any static host would: sirv sends a file's .gz twin to clients that accept gzip.
for (const file of textFiles(OUT_DIR)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
const server = createServer(sirv(OUT_DIR, { dev: false, etag: true, gzip: true }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const figures: Figure[] = [];
const filesLoaded: Record<string, string[]> = {};
const failedAudits: Record<string, FailedAudits> = {};
try {
  const map = graphicPathData(storyHtml, 'flow-map');
  if (map.note) notes.push(`Flow map path data: 0 (${map.note}).`);
  figures.push(
    { page: 'story', metric: 'map-path-raw', value: map.raw, note: map.note ?? `${map.paths} paths` },
    { page: 'story', metric: 'map-path-gzip', value: map.gzip },
  );

  log('Loading each page in Chromium (sizes; scroll walk of the story and the baseline)');
  const browser = await launchBrowser();
  try {
    for (const [key, path] of pages) {
      const scroll = key === 'story' || key === BASELINE_PAGE;
      const measured = await measurePage(browser, key, origin + path, OUT_DIR, scroll);
      figures.push(...measured.figures);
      filesLoaded[key] = measured.files;
      if (key === BASELINE_PAGE) figures.push(...(await measureSlowCpu(browser, key, origin + path, RUNS)));
      if (key === 'story') {
        // The slow phone reads the story in every language (each edition's words, fonts and line breaks
        // cost differently): the figure is the worst edition's median, the note each edition's runs.
        const editions: Figure[] = [];
        for (const locale of LOCALES) {
          const edition = locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
          const [figure] = await measureSlowCpu(browser, key, origin + edition, RUNS);
          editions.push({ ...figure!, note: `${locale}: ${figure!.note}` });
        }
        figures.push({
          page: key,
          metric: 'long-tasks-slow-cpu',
          value: Math.max(...editions.map((figure) => figure.value ?? 0)),
          note: editions.map((figure) => figure.note).join(' | '),
        });
      }
    }
  } finally {
    await browser.close();
  }

  log(`Running Lighthouse ${RUNS}× per page (mobile, simulated throttling)`);
  for (const [key, path] of pages) {
    const result = await lighthouseMedians(key, origin + path, RUNS, log);
    figures.push(...result.figures);
    failedAudits[key] = result.failed;
  }
} finally {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

const pageOrder = pages.map(([key]) => key);
figures.sort((a, b) => pageOrder.indexOf(a.page) - pageOrder.indexOf(b.page));
const checked = checkBudgets(figures, budgets);
const broken = breaches(checked);
const seconds = (Date.now() - started) / 1000;

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim() !== '';
const lostPoints = Object.entries(failedAudits).flatMap(([key, categories]) =>
  Object.entries(categories).map(([category, audits]) => `${key}: ${category} lost points on ${audits.join(', ')}`),
);

mkdirSync(BENCH_DIR, { recursive: true });
writeFileSync(
  join(BENCH_DIR, 'report.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      commit: `${commit}${dirty ? ' (with uncommitted changes)' : ''}`,
      machine: { cpus: cpus().length, node: process.version },
      lighthouseRuns: RUNS,
      pages: Object.fromEntries(pages),
      notes,
      seconds,
      budgets,
      results: checked.map((row) => ({ ...row.figure, budget: row.budget, ok: row.ok, ratioToBaseline: row.ratio })),
      breaches: broken.map(formatBreach),
      lighthouseAuditsLosingPoints: failedAudits,
      filesLoaded,
    },
    null,
    2,
  )}\n`,
);
const markdown = [
  '# Benchmark report',
  '',
  `Commit ${commit}${dirty ? ' (with uncommitted changes)' : ''}, ${new Date().toISOString()}, ${cpus().length} CPUs, Node ${process.version}, ` +
    `Lighthouse medians of ${RUNS} runs (mobile, simulated throttling), took ${seconds.toFixed(0)} s.`,
  '',
  formatMarkdownTable(checked),
  '',
  ...(notes.length > 0 ? ['## Notes', '', ...notes.map((note) => `- ${note}`), ''] : []),
  ...(lostPoints.length > 0 ? ['## Lighthouse audits that lost points', '', ...lostPoints.map((line) => `- ${line}`), ''] : []),
  ...(broken.length > 0 ? ['## Budget breaches', '', ...broken.map((row) => `- ${formatBreach(row)}`), ''] : ['No budget breaches.', '']),
].join('\n');
writeFileSync(join(BENCH_DIR, 'report.md'), markdown);

log('');
log(formatTable(checked));
log('');
for (const note of notes) log(`NOTE: ${note}`);
for (const line of lostPoints) log(`Lighthouse: ${line}`);
log(`Reports: ${join(BENCH_DIR, 'report.json')} and report.md (${seconds.toFixed(0)} s)`);
if (broken.length > 0) {
  console.error('');
  console.error('!'.repeat(72));
  for (const row of broken) console.error(formatBreach(row));
  console.error('!'.repeat(72));
  console.error(`${broken.length} budget breach${broken.length === 1 ? '' : 'es'} (limits in test/bench/budgets.json)`);
  process.exit(1);
}
log('All figures within budget.');
