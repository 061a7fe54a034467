import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';

/** gzipBytes(content) is the size of content gzipped at level 9, as a static host would serve it. */
export function gzipBytes(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** How much path data the flow map puts in the page. */
export interface PathData {
  /** Bytes of every `d` attribute value, joined by newlines. */
  raw: number;
  gzip: number;
  /** How many `d` attributes were counted. */
  paths: number;
  note?: string;
}

/** The id a `<use>` points at, from href or xlink:href ("#flow-map-land" → "flow-map-land"). */
function useTarget(use: HTMLElement): string | undefined {
  const href = use.getAttribute('href') ?? use.getAttribute('xlink:href');
  return href?.startsWith('#') ? href.slice(1) : undefined;
}

/**
 * graphicPathData(html, graphic) measures the `d` attributes inside every `[data-graphic=<graphic>]` element
 * and inside the `<defs>`/`<symbol>` content they `<use>` (followed transitively, each counted once).
 */
export function graphicPathData(html: string, graphic: string): PathData {
  const document = parse(html);
  const roots = document.querySelectorAll(`[data-graphic="${graphic}"]`);
  if (roots.length === 0) return { raw: 0, gzip: 0, paths: 0, note: `no [data-graphic="${graphic}"] in the page yet` };
  const counted = new Set<HTMLElement>();
  const values: string[] = [];
  const seenIds = new Set<string>();
  const visit = (element: HTMLElement) => {
    for (const node of [element, ...element.querySelectorAll('*')]) {
      if (!counted.has(node) && node.hasAttribute('d')) {
        counted.add(node);
        values.push(node.getAttribute('d') ?? '');
      }
      if (node.rawTagName?.toLowerCase() === 'use') {
        const id = useTarget(node);
        if (id && !seenIds.has(id)) {
          seenIds.add(id);
          const target = document.getElementById(id);
          if (target) visit(target);
        }
      }
    }
  };
  for (const root of roots) visit(root);
  const joined = values.join('\n');
  return { raw: Buffer.byteLength(joined), gzip: values.length > 0 ? gzipBytes(joined) : 0, paths: values.length };
}

/** Elements the baseline drops: everything that is a graphic or a script. */
const NOT_IN_BASELINE = ['script', 'noscript', 'svg', 'figure', 'img', 'picture', 'canvas', 'iframe', 'video', 'audio', 'link[rel="modulepreload"]', 'link[rel="preload"]'];

/**
 * baselineHtml(storyHtml) is the story's own page with its text and stylesheets but no scripts, SVGs, figures
 * or other graphics: what the same words cost with nothing interactive, the yardstick the benchmark divides by.
 */
export function baselineHtml(storyHtml: string): string {
  const document = parse(storyHtml, { comment: false });
  for (const selector of NOT_IN_BASELINE) for (const element of document.querySelectorAll(selector)) element.remove();
  // Controls that only scripts make work would be dead buttons here.
  for (const element of document.querySelectorAll('button')) element.remove();
  const title = document.querySelector('title');
  if (title) title.set_content(`Baseline: ${title.text}`);
  const html = document.toString();
  return /^\s*<!doctype/i.test(html) ? html : `<!doctype html>\n${html}`;
}
