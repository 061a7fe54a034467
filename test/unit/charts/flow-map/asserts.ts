import { expect } from 'vitest';
import type { Box, Point } from '../../../../src/charts/flow-map/layout';

/** Asserts two numbers are within `delta` of each other (d3-geo's assertInDelta). */
export function assertInDelta(actual: number, expected: number, delta = 1e-6, message = ''): void {
  expect(Math.abs(actual - expected), `${message} ${actual} ≉ ${expected} (±${delta})`).toBeLessThanOrEqual(delta);
}

/** Asserts two points are within `delta` of each other, in viewBox units. */
export function assertPointNear(actual: Point, expected: Point, delta: number, message = ''): void {
  expect(Math.hypot(actual[0] - expected[0], actual[1] - expected[1]), `${message} [${actual}] ≉ [${expected}] (±${delta})`).toBeLessThanOrEqual(delta);
}

/** Asserts a box lies inside [0, width] × [0, height]. */
export function assertBoxInside(box: Box, width: number, height: number, message = ''): void {
  expect(box.x0, `${message} left`).toBeGreaterThanOrEqual(0);
  expect(box.y0, `${message} top`).toBeGreaterThanOrEqual(0);
  expect(box.x1, `${message} right`).toBeLessThanOrEqual(width);
  expect(box.y1, `${message} bottom`).toBeLessThanOrEqual(height);
}

/** The absolute points of an SVG path written with M/L (absolute) or m/l (relative) commands. */
export function pathPoints(d: string): Point[] {
  const points: Point[] = [];
  let x = 0;
  let y = 0;
  let start: Point = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLmlZz])([^MLmlZz]*)/g)) {
    const numbers = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    if (command === 'Z' || command === 'z') {
      [x, y] = start;
      continue;
    }
    for (let index = 0; index < numbers.length; index += 2) {
      const relative = command === 'm' || command === 'l';
      x = relative ? x + numbers[index]! : numbers[index]!;
      y = relative ? y + numbers[index + 1]! : numbers[index + 1]!;
      if (index === 0 && (command === 'M' || command === 'm')) start = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}
