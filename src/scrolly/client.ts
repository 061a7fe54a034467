import { loadRenderer } from '../charts/kit/clients';
import { ScrollyController } from './controller';
import { setUpLinearReading } from './linear';
import { motionAllowed, setUpMotionToggle } from './motion';

/** Finds the element a URL hash names, if any. */
function targetOfHash(hash: string): HTMLElement | null {
  return !hash || hash === '#' ? null : document.getElementById(decodeURIComponent(hash.slice(1)));
}

/** Finds the step a URL hash names, if any. */
function stepFromHash(hash: string): HTMLElement | null {
  const element = targetOfHash(hash);
  return element?.matches('[data-step]') ? element : null;
}

/** Input that means the reader has taken the scroll over: a landing still waiting (startScrollies) is called off. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** Resolves in a new task, so work split across awaits never makes one long task. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves when the page is next idle (a task of its own); where the browser has no idle callbacks, shortly. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 100);
  });
}

/**
 * Starts every <Scrolly> on the page: observers, deep links, keyboard, resize and motion.
 * Idempotent: later calls (e.g. from presentation mode) get the same controllers, in document order.
 */
let started: ScrollyController[] | undefined;

export function startScrollies(): ScrollyController[] {
  if (started) return started;
  const controllers: ScrollyController[] = [];
  started = controllers;
  for (const element of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const name = element.dataset.scrolly!;
    controllers.push(new ScrollyController(element, () => loadRenderer(name)));
  }
  if (controllers.length === 0) return controllers;

  // A page opened at a step's link: the step is read now, before anything can rewrite or drop the hash,
  // and reached at once. The browser's own jump to a link's target waits for the load event and is
  // smooth where scroll-behavior is, so the reader would watch the whole story fly past on the way.
  const owner = (step: HTMLElement) => controllers.find((c) => c.steps.includes(step));
  // Brings a step to its place through its block: instantly, or smoothly with focus for a link followed on the page.
  const open = (step: HTMLElement | null, followed = false) => {
    const controller = step && owner(step);
    if (controller) controller.goTo(controller.steps.indexOf(step!), followed, !followed);
  };
  let opening = stepFromHash(location.hash);
  open(opening);

  // As a block comes within a screen's height of the viewport, its graphic's code arrives and its scroll
  // observer starts (if the idle start below has not reached it yet): a far block costs nothing at load.
  const nearby = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearby.unobserve(entry.target);
        const controller = controllers.find((c) => c.element === entry.target);
        controller?.observe();
        void controller?.prepare();
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const controller of controllers) nearby.observe(controller.element);

  // A reload at a step's link reopens that step (the engine lands on it), not the pixel offset the browser
  // saved: blocks not yet drawn stand in at estimated heights, so the same offset can be another step.
  // Elsewhere (no step in the hash) the browser restores the reader's place as usual.
  const restoreByHash = () => {
    history.scrollRestoration = stepFromHash(location.hash) ? 'manual' : 'auto';
  };
  // The hash follows the active step without adding history entries; until the opening step is shown,
  // blocks reconciling on the way to it must not replace its link.
  const followHash = (step: HTMLElement) => {
    if (opening) return;
    if (location.hash !== `#${step.id}`) history.replaceState(history.state, '', `#${step.id}`);
    restoreByHash();
  };

  // A step's link followed on the page (a hash change) scrolls to its step, and any other link on the page
  // (the contents, a chapter's anchor) to its target. Where motion is allowed that scroll is smooth, and is
  // aimed as it starts by the estimated heights of the blocks not drawn yet (Scrolly.astro); drawn on the way
  // at their real heights, they move the target, and the scroll ends away from it. So the target waits to be
  // landed on: brought to its place at once when the page next settles, unless the reader takes the scroll
  // over first. Presentation mode reads the hash itself and must not be scrolled away from.
  let landing: (() => void) | undefined;
  for (const type of READER_INPUT) window.addEventListener(type, () => (landing = undefined), { capture: true, passive: true });
  const followLink = () => {
    if (document.documentElement.dataset.mode === 'present') return;
    const step = stepFromHash(location.hash);
    if (step) open(step, true);
    const target = step ?? targetOfHash(location.hash);
    landing = target && motionAllowed() ? () => (step ? open(step) : target.scrollIntoView({ behavior: 'instant' })) : undefined;
  };
  window.addEventListener('hashchange', followLink);

  restoreByHash();
  // Each block starts in a task of its own (keys, buttons, first measure and picture), so a story
  // with many graphics never blocks the main thread for long while the page loads.
  void (async () => {
    for (const controller of controllers) {
      controller.onReached = followHash;
      controller.start();
      await nextTask();
    }
    const step = opening;
    opening = null;
    // Shown again now every block has measured itself (they may have moved it while starting); from here
    // the browser's scroll anchoring keeps it in place as blocks near it are drawn at their real heights.
    if (document.documentElement.dataset.mode !== 'present') open(step);
    // Then, while the page is idle, each far block in turn sets up its scroll observer, which lays its
    // steps out (observe()), and then lays out its picture: each in an idle task of its own, so neither is
    // added to the frame that first paints the block as the reader reaches it. A block reached sooner
    // starts itself (nearby).
    for (const controller of controllers) {
      await idle();
      controller.observe();
      await idle();
      controller.layOutPicture();
    }
  })();

  // Whatever happened while scrolling (flicks, jumps scrollama missed), settle on the layout.
  // Above or below every graphic, a step hash would reopen a place the reader has left: drop it.
  const settle = () => {
    const land = landing;
    landing = undefined;
    if (land && document.documentElement.dataset.mode !== 'present') land();
    // Every block reads the layout before any writes its picture: one layout for the page, not one per block.
    const found = controllers.map((c) => c.read());
    const insideAny = controllers.map((c, i) => c.settleOn(found[i], true)).some(Boolean);
    if (!insideAny && !opening && stepFromHash(location.hash)) {
      history.replaceState(history.state, '', location.pathname + location.search);
      restoreByHash();
    }
  };
  // Reflect.has, not `in`: the DOM typings claim every window has onscrollend; Safari before 18.2 does not.
  if (Reflect.has(window, 'onscrollend')) {
    window.addEventListener('scrollend', settle);
  } else {
    let frame = 0;
    let lastY = -1;
    let still = 0;
    const watch = () => {
      still = window.scrollY === lastY ? still + 1 : 0;
      lastY = window.scrollY;
      if (still >= 3) {
        frame = 0;
        settle();
        return;
      }
      frame = requestAnimationFrame(watch);
    };
    window.addEventListener('scroll', () => {
      still = 0;
      if (!frame) frame = requestAnimationFrame(watch);
    }, { passive: true });
  }
  // Only a real change of a block's size relayouts it; the observer's first report is its size at start.
  const sizes = new WeakMap<Element, string>();
  const resizeObserver = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const size = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
      const previous = sizes.get(entry.target);
      sizes.set(entry.target, size);
      if (previous !== undefined && previous !== size) controllers.find((c) => c.element === entry.target)?.relayout();
    }
  });
  for (const controller of controllers) resizeObserver.observe(controller.element);
  window.addEventListener('pageshow', settle);

  setUpMotionToggle(() => controllers.forEach((c) => c.relayout()));
  setUpLinearReading(() => controllers.forEach((c) => c.relayout()));
  return controllers;
}
