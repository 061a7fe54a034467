/** Vertical extent of a step in viewport coordinates (from getBoundingClientRect). */
export interface StepBox {
  top: number;
  bottom: number;
}

/** Which step is active and how far through it the reader is. */
export interface ActiveStep {
  /** Index of the active step (clamped: 0 before the first step, last after the last). */
  index: number;
  /** Progress through the active step, 0 at its top edge, 1 at its bottom, at the trigger line. */
  progress: number;
  /** True when the trigger line actually lies within the active step (not clamped to an end). */
  inside: boolean;
}

/**
 * activeStep(boxes, triggerY) derives the active step from geometry alone: the last step whose
 * top has passed the trigger line. Because it reads only the current layout, the result after a
 * fast flick, a jump, a reload or a resize is the same as after a slow scroll to the same place.
 */
export function activeStep(boxes: readonly StepBox[], triggerY: number): ActiveStep {
  if (boxes.length === 0) throw new RangeError('activeStep needs at least one step');
  let index = -1;
  boxes.forEach((box, i) => {
    if (box.top <= triggerY) index = i;
  });
  if (index === -1) return { index: 0, progress: 0, inside: false };
  const box = boxes[index]!;
  const height = Math.max(1, box.bottom - box.top);
  const raw = (triggerY - box.top) / height;
  const inside = raw <= 1;
  return { index, progress: Math.min(1, Math.max(0, raw)), inside };
}

/** stepAfter(index, count, delta) moves by delta steps, clamped to the story's ends. */
export function stepAfter(index: number, count: number, delta: number): number {
  return Math.min(count - 1, Math.max(0, index + delta));
}
