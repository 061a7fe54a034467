import { encode } from 'uqr';

/** Modules of quiet zone around the code: the QR specification asks for four. */
export const QR_QUIET_ZONE = 4;

/**
 * qrPath(modules) is one SVG path drawing every dark module of a QR matrix as a unit square,
 * merging runs of dark modules in a row into one rectangle to keep the path short.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let run = 1;
      while (row[x + run]) run += 1;
      parts.push(`M${x} ${y}h${run}v1h-${run}z`);
      x += run;
    }
  });
  return parts.join('');
}

/**
 * qrSvg(text, label) renders `text` as a QR code: an inline <svg> with a light background and one
 * dark path, with no style attributes (the Content Security Policy blocks them). Built at build time.
 */
export function qrSvg(text: string, label: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: QR_QUIET_ZONE });
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(data)}"/>` +
    `</svg>`
  );
}
