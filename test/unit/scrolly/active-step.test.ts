import { describe, expect, it } from 'vitest';
import { activeStep, stepAfter } from '../../../src/scrolly/active-step';

const boxes = (tops: number[], height = 100) => tops.map((top) => ({ top, bottom: top + height }));

describe('activeStep(boxes, triggerY)', () => {
  it('before the first step, shows the first step at progress 0, not inside', () => {
    expect(activeStep(boxes([500, 600, 700]), 400)).toEqual({ index: 0, progress: 0, inside: false });
  });

  it('picks the last step whose top has passed the trigger line, with progress through it', () => {
    expect(activeStep(boxes([100, 200, 300]), 250)).toEqual({ index: 1, progress: 0.5, inside: true });
  });

  it('gives the same answer for the same layout however it was reached (a jump past several steps)', () => {
    const layout = boxes([-900, -800, -700, -600, 360]);
    expect(activeStep(layout, 400)).toEqual({ index: 4, progress: 0.4, inside: true });
  });

  it('after the last step, stays on the last step at progress 1, not inside', () => {
    expect(activeStep(boxes([-300, -200]), 400)).toEqual({ index: 1, progress: 1, inside: false });
  });

  it('handles steps separated by gaps: the trigger in a gap keeps the step above, at progress 1', () => {
    expect(activeStep([{ top: 0, bottom: 100 }, { top: 300, bottom: 400 }], 200)).toEqual({ index: 0, progress: 1, inside: false });
  });

  it('refuses an empty list', () => {
    expect(() => activeStep([], 0)).toThrow(RangeError);
  });
});

describe('stepAfter(index, count, delta)', () => {
  it('moves and clamps to the ends', () => {
    expect(stepAfter(0, 5, 1)).toBe(1);
    expect(stepAfter(4, 5, 1)).toBe(4);
    expect(stepAfter(0, 5, -1)).toBe(0);
  });
});
