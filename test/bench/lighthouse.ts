import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser.ts';
import type { Figure, MetricId } from './metrics.ts';
import { medianOf } from './stats.ts';

/** The numbers read from one Lighthouse run. */
export type LighthouseRun = Partial<Record<MetricId, number>>;

/** The Lighthouse categories the benchmark scores (0..100). */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Audits whose numericValue is a reported figure. */
const AUDITS: [MetricId, string][] = [
  ['lcp', 'largest-contentful-paint'],
  ['fcp', 'first-contentful-paint'],
  ['tbt', 'total-blocking-time'],
  ['cls', 'cumulative-layout-shift'],
  ['speed-index', 'speed-index'],
  ['transfer-bytes', 'total-byte-weight'],
];

/** A Lighthouse result, reduced to the parts read here. */
interface Result {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string; details?: { items?: unknown[] } } | undefined>;
  runtimeError?: { code: string; message: string };
}

/** The audits that lost points in a category, for the report's notes ("color-contrast, meta-description"). */
export type FailedAudits = Partial<Record<(typeof CATEGORIES)[number], string[]>>;

/**
 * lighthouseOnce(url) runs Lighthouse once with its default config (mobile form factor, simulated throttling)
 * in a fresh Debian Chromium started by chrome-launcher with the project's flags.
 */
export async function lighthouseOnce(url: string): Promise<{ run: LighthouseRun; failed: FailedAudits }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  try {
    const outcome = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!outcome) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = outcome.lhr as unknown as Result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const run: LighthouseRun = {};
    const failed: FailedAudits = {};
    for (const category of CATEGORIES) {
      const score = lhr.categories[category]?.score;
      if (typeof score === 'number') run[category] = Math.round(score * 100);
      const refs = (outcome.lhr.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0);
      const lost = refs.filter((ref) => {
        const auditScore = lhr.audits[ref.id]?.score;
        return typeof auditScore === 'number' && auditScore < 1;
      });
      if (lost.length > 0) failed[category] = lost.map((ref) => ref.id);
    }
    for (const [metric, audit] of AUDITS) {
      const value = lhr.audits[audit]?.numericValue;
      if (typeof value === 'number') run[metric] = value;
    }
    const requests = lhr.audits['network-requests']?.details?.items;
    if (Array.isArray(requests)) run.requests = requests.length;
    return { run, failed };
  } finally {
    chrome.kill();
  }
}

/** lighthouseMedians(page, url, runs) runs Lighthouse `runs` times and reports the median of each figure. */
export async function lighthouseMedians(page: string, url: string, runs: number, log: (line: string) => void): Promise<{ figures: Figure[]; failed: FailedAudits }> {
  const results: LighthouseRun[] = [];
  const failed: FailedAudits = {};
  for (let index = 0; index < runs; index += 1) {
    const started = Date.now();
    const once = await lighthouseOnce(url);
    results.push(once.run);
    for (const [category, audits] of Object.entries(once.failed) as [keyof FailedAudits, string[]][]) {
      failed[category] = [...new Set([...(failed[category] ?? []), ...audits])];
    }
    log(`  Lighthouse ${page} run ${index + 1}/${runs}: performance ${once.run.performance ?? 'n/a'}, LCP ${Math.round(once.run.lcp ?? NaN)} ms (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const metrics: MetricId[] = [...CATEGORIES, 'lcp', 'fcp', 'tbt', 'cls', 'speed-index', 'transfer-bytes', 'requests'];
  return { figures: metrics.map((metric) => ({ page, metric, value: medianOf(results, (run) => run[metric]) })), failed };
}
