/** How a figure's number is read and printed. */
export type Unit = 'score' | 'ms' | 'bytes' | 'count' | 'unitless';

/** Every figure the benchmark reports, with its printed label and unit. */
export const METRICS = {
  performance: { label: 'Lighthouse performance', unit: 'score' },
  accessibility: { label: 'Lighthouse accessibility', unit: 'score' },
  'best-practices': { label: 'Lighthouse best practices', unit: 'score' },
  seo: { label: 'Lighthouse SEO', unit: 'score' },
  lcp: { label: 'Largest Contentful Paint', unit: 'ms' },
  fcp: { label: 'First Contentful Paint', unit: 'ms' },
  tbt: { label: 'Total Blocking Time', unit: 'ms' },
  cls: { label: 'Cumulative Layout Shift', unit: 'unitless' },
  'speed-index': { label: 'Speed Index', unit: 'ms' },
  'transfer-bytes': { label: 'Transfer size', unit: 'bytes' },
  requests: { label: 'Requests', unit: 'count' },
  'js-gzip': { label: 'JS (gzip)', unit: 'bytes' },
  'css-gzip': { label: 'CSS (gzip)', unit: 'bytes' },
  'html-gzip': { label: 'HTML (gzip)', unit: 'bytes' },
  'map-path-raw': { label: 'Flow map path data (raw)', unit: 'bytes' },
  'map-path-gzip': { label: 'Flow map path data (gzip)', unit: 'bytes' },
  'frame-median': { label: 'Scroll frame time, median', unit: 'ms' },
  'frame-p95': { label: 'Scroll frame time, p95', unit: 'ms' },
  'long-tasks': { label: 'Long tasks > 50 ms while scrolling', unit: 'count' },
  'long-tasks-slow-cpu': { label: 'Long tasks > 50 ms, loading and scrolling, CPU 6× slower', unit: 'count' },
  'html-bytes': { label: 'HTML of the page (raw)', unit: 'bytes' },
  'embed-js-gzip': { label: 'JS a stepping embed can load (gzip)', unit: 'bytes' },
  'frozen-embed-js-gzip': { label: 'JS a frozen per-state embed can load (gzip)', unit: 'bytes' },
  'font-bytes': { label: 'Fonts the site serves for one language, every weight (WOFF2)', unit: 'bytes' },
  'picture-bytes': { label: 'One picture file under /embed/<graphic>/ ("pages" names the kind: svg, png, png-2x, png-print)', unit: 'bytes' },
} as const satisfies Record<string, { label: string; unit: Unit }>;

/** The name of a reported figure, e.g. "lcp". */
export type MetricId = keyof typeof METRICS;

/** isMetricId(name) tells whether a name is one of the benchmark's figures. */
export function isMetricId(name: string): name is MetricId {
  return Object.hasOwn(METRICS, name);
}

/** One measured number on one page; value null when it could not be measured (see note). */
export interface Figure {
  /** Page key: "story", "teachers", "embed" or "baseline". */
  page: string;
  metric: MetricId;
  value: number | null;
  /** Why a value is missing or what it stands for, e.g. "no flow map in the build yet". */
  note?: string;
}
