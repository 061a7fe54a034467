import { geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';

/** A d3 stream that drops a point closer than `tolerance` to the last kept one (rings keep at least 3 points). */
function thinStream(out: GeoStream, tolerance: number): GeoStream {
  let line: [number, number][] = [];
  let inPolygon = false;
  return {
    point(x, y) {
      const last = line.at(-1);
      if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) return;
      line.push([x, y]);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      // A ring thinned below a triangle is smaller than the tolerance: drop it.
      if (inPolygon && line.length < 3) return;
      out.lineStart();
      for (const [x, y] of line) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

/** Rounds to one decimal place, as geoPath().digits(1) does. */
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Writes a number with at most one decimal and no "-0". */
const write = (value: number) => String(round1(value) || 0);

/**
 * compactPath(projection, object, tolerance) is geoPath(projection).digits(1)(object) written with
 * relative commands (m, l, z) and with points closer than `tolerance` viewBox units to the previous
 * one dropped. Deltas are taken between rounded absolute positions, so rounding never drifts.
 * On the map's basemap it is about a third smaller than absolute coordinates, gzipped.
 */
export function compactPath(projection: GeoProjection, object: GeoPermissibleObjects, tolerance = 1): string {
  let text = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const pair = (dx: number, dy: number) => `${write(dx)}${dy < 0 ? '' : ' '}${write(dy)}`;
  const context = {
    moveTo(toX: number, toY: number) {
      const [rx, ry] = [round1(toX), round1(toY)];
      text += `m${pair(rx - x, ry - y)}`;
      [x, y, startX, startY] = [rx, ry, rx, ry];
    },
    lineTo(toX: number, toY: number) {
      const [rx, ry] = [round1(toX), round1(toY)];
      text += `l${pair(rx - x, ry - y)}`;
      [x, y] = [rx, ry];
    },
    closePath() {
      text += 'z';
      [x, y] = [startX, startY];
    },
    arc() {
      // Only point radii use arcs; the map draws no points through this path.
    },
  };
  const thinned = { stream: (out: GeoStream) => projection.stream(thinStream(out, tolerance)) };
  geoPath(thinned, context as unknown as CanvasRenderingContext2D)(object);
  return text;
}
