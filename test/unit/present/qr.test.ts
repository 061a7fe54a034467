import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath, qrSvg, QR_QUIET_ZONE } from '../../../src/present/qr';

/** Rasterises a qrPath back to a matrix, to check it draws exactly the dark modules. */
function rasterise(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i += 1) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

describe('qrPath(modules)', () => {
  it('draws a run of dark modules as one rectangle', () => {
    expect(qrPath([[false, true, true, false, true]])).toBe('M1 0h2v1h-2zM4 0h1v1h-1z');
  });

  it('draws exactly the dark modules of a real code', () => {
    const { data, size } = encode('http://127.0.0.1:4321/', { border: QR_QUIET_ZONE });
    expect(rasterise(qrPath(data), size)).toEqual(data);
  });
});

describe('qrSvg(text, label)', () => {
  const svg = qrSvg('https://news.example.org/news/roundabout/', 'QR code for "the story" <here>');

  it('is one inline SVG with a labelled image role and a square viewBox including the quiet zone', () => {
    const { size } = encode('https://news.example.org/news/roundabout/', { ecc: 'M', border: QR_QUIET_ZONE });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${size} ${size}"[^>]*role="img"`));
    expect(svg).toContain('aria-label="QR code for &quot;the story&quot; &lt;here>"');
  });

  it('has no style attribute or element (the Content Security Policy would block it)', () => {
    expect(svg).not.toMatch(/\sstyle\s*=/i);
    expect(svg).not.toMatch(/<style/i);
  });
});
