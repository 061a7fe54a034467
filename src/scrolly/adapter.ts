// The package's ES module source, not its UMD build (what its browser field names): no CommonJS wrapper in the bundle.
import scrollama from 'scrollama/index.js';

/** An event from the scroll observer: which step, and (for progress events) how far through it. */
export interface StepEvent {
  element: HTMLElement;
  index: number;
  progress?: number;
}

/** Options of our scroll observer; our own types, because scrollama's shipped typings drift from its code. */
export interface StepObserverOptions {
  /** Step elements, in document order. */
  steps: HTMLElement[];
  /** Trigger line as a fraction of the viewport height from the top (0..1). */
  offset: number;
  /** Called when a step crosses the trigger line (in either direction). */
  onEnter: (event: StepEvent) => void;
  /** Called as the trigger line moves through a step. */
  onProgress: (event: StepEvent) => void;
}

/** A running observer; call resize() after layout changes and destroy() to stop. */
export interface StepObserver {
  resize(): void;
  destroy(): void;
}

/** observeSteps(options) watches steps cross the trigger line. The only module that imports scrollama. */
export function observeSteps(options: StepObserverOptions): StepObserver {
  const scroller = scrollama();
  scroller
    .setup({ step: options.steps, offset: options.offset as 0.5, progress: true })
    .onStepEnter(({ element, index }) => options.onEnter({ element, index }))
    .onStepProgress(({ element, index, progress }) => options.onProgress({ element, index, progress }));
  return {
    resize: () => {
      // scrollama divides by step heights: a hidden (zero-height) step would make its
      // IntersectionObserver thresholds non-finite and throw. Keep the last good setup instead.
      if (options.steps.every((step) => step.offsetHeight > 0)) scroller.resize();
    },
    destroy: () => scroller.destroy(),
  };
}
