import { describe, expect, it } from 'vitest';
import { baselineHtml, graphicPathData, gzipBytes } from '../../bench/html';

const page = `<!doctype html><html lang="en"><head><title>Story</title><link rel="stylesheet" href="/a.css"><script type="module" src="/a.js"></script></head>
<body><main><p>Ukraine fires shells.</p>
<svg class="sprite" width="0" height="0"><defs><path id="land" d="M0 0L10 10Z"/><path id="unused" d="M5 5L6 6Z"/></defs></svg>
<section data-scrolly="flow-map"><figure><svg data-graphic="flow-map" data-state="a"><use href="#land"/><path d="M1 1L2 2"/></svg></figure>
<div data-step="a" id="a"><p>Step text.</p><button type="button">Next</button></div></section>
<noscript><p>No script.</p></noscript><script>console.log(1)</script></main></body></html>`;

describe('graphicPathData(html, graphic)', () => {
  it('counts the d attributes inside the graphic and in the defs it uses, once each, not unused defs', () => {
    const data = graphicPathData(page, 'flow-map');
    expect(data.paths).toBe(2);
    expect(data.raw).toBe(Buffer.byteLength('M1 1L2 2\nM0 0L10 10Z'));
    expect(data.gzip).toBe(gzipBytes('M1 1L2 2\nM0 0L10 10Z'));
    expect(data.note).toBeUndefined();
  });
  it('is 0 with a note when the page has no such graphic', () => {
    expect(graphicPathData('<p>text</p>', 'flow-map')).toEqual({ raw: 0, gzip: 0, paths: 0, note: 'no [data-graphic="flow-map"] in the page yet' });
  });
});

describe('baselineHtml(storyHtml)', () => {
  const baseline = baselineHtml(page);
  it('keeps the text and the stylesheets', () => {
    expect(baseline).toContain('Ukraine fires shells.');
    expect(baseline).toContain('Step text.');
    expect(baseline).toContain('<link rel="stylesheet" href="/a.css">');
    expect(baseline).toMatch(/^<!doctype html>/i);
  });
  it('drops scripts, SVGs, figures, noscript and script-driven buttons', () => {
    for (const gone of ['<script', '<svg', '<figure', '<noscript', '<button', 'M0 0']) expect(baseline).not.toContain(gone);
  });
  it('names itself as the baseline in its title', () => {
    expect(baseline).toContain('<title>Baseline: Story</title>');
  });
});

describe('gzipBytes(content)', () => {
  it('is smaller than the input for repetitive text', () => {
    expect(gzipBytes('M0 0L1 1'.repeat(200))).toBeLessThan(200);
  });
});
