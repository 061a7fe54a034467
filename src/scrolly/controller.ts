import type { GraphicRenderer } from '../charts/kit/contract';
import { activeStep, stepAfter, type ActiveStep } from './active-step';
import { observeSteps, type StepObserver } from './adapter';
import { motionAllowed } from './motion';
import { isEditable } from '../lib/editable';

/** Trigger line: halfway down the viewport. */
export const TRIGGER_OFFSET = 0.5;

/** One <Scrolly> block: its steps, its live graphic, and the picture currently applied. */
export class ScrollyController {
  readonly element: HTMLElement;
  readonly steps: HTMLElement[];
  private readonly graphic: Element;
  private readonly loadRenderer: () => Promise<GraphicRenderer>;
  private renderer: GraphicRenderer | undefined;
  private loading: Promise<void> | undefined;
  /** The picture asked for before the renderer arrived: applied, without animation, once it has. */
  private pending: { state: string; progress: number } | undefined;
  private observer: StepObserver | undefined;
  private shown: { index: number; progress: number } | undefined;
  /** Called when a step becomes active because the reader scrolled to it. */
  onReached: (step: HTMLElement) => void = () => {};
  /**
   * While true (presentation mode), the layout no longer drives the picture: scrolling, resizing and
   * observer events leave it as display() set it, and reconcile() reports true so no hash is dropped.
   */
  held = false;

  /** `load` fetches the graphic's renderer (its own chunk); until it arrives the build-time picture stays. */
  constructor(element: HTMLElement, load: () => Promise<GraphicRenderer>) {
    this.element = element;
    this.loadRenderer = load;
    this.steps = [...element.querySelectorAll<HTMLElement>('[data-step]')];
    const graphic = element.querySelector('[data-graphic]');
    if (!graphic || this.steps.length === 0) {
      throw new Error(`scrolly "${element.id}": needs a [data-graphic] root and at least one [data-step]`);
    }
    this.graphic = graphic;
  }

  /**
   * Starts the block: its buttons and keys, and its picture reconciled with the layout at once. Its scroll
   * observer waits for observe(), as the block nears the screen (startScrollies).
   */
  start(): void {
    for (const button of this.element.querySelectorAll<HTMLButtonElement>('[data-step-nav]')) {
      button.addEventListener('click', () => this.go(Number(button.dataset.stepNav)));
    }
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    this.reconcile(false);
  }

  /**
   * Watches the steps cross the trigger line (once; later calls do nothing). Not part of start(): the observer
   * reads every step's height, which for a block the browser is skipping (content-visibility) lays the block
   * out, and every block doing so as the page loaded made a long task per block on a slow phone. It is set up
   * as the block nears the screen or in an idle moment before (startScrollies); until then a far block's
   * picture follows the layout whenever the page settles.
   */
  observe(): void {
    this.observer ??= observeSteps({
      steps: this.steps,
      offset: TRIGGER_OFFSET,
      onEnter: () => this.reconcile(true),
      onProgress: ({ index, progress }) => {
        if (this.held) return;
        // Progress events only refine the step scrollama and the layout agree on.
        const current = this.measure();
        if (current.index === index && progress !== undefined) this.show(index, current.progress, true);
      },
    });
  }

  /**
   * Has the browser lay out the picture now, while the page is idle (the figure is skipped until then, as
   * far content is: Scrolly.astro), rather than in the frame that first shows it.
   */
  layOutPicture(): void {
    void this.graphic.getBoundingClientRect();
  }

  /** Re-measures after a layout change (resize, rotation, fonts) and redraws without animation. */
  relayout(): void {
    this.observer?.resize();
    const pinned = this.held ? this.shown : undefined;
    this.shown = undefined;
    if (pinned) this.show(pinned.index, pinned.progress, false);
    else this.reconcile(false, false);
  }

  /**
   * Derives the active step from the current layout and applies its picture.
   * Returns true when the trigger line lies inside one of this block's steps.
   */
  reconcile(fromScroll: boolean, animate = true): boolean {
    return this.settleOn(this.read(), fromScroll, animate);
  }

  /**
   * The layout's answer for this block (undefined while held): the read half of reconcile(). A page settling
   * many blocks reads them all before any applies its picture, so the browser lays the page out once, not
   * once per block (each picture's attributes would otherwise dirty the layout the next block reads).
   */
  read(): ActiveStep | undefined {
    return this.held ? undefined : this.measure();
  }

  /** The write half of reconcile(): applies what read() found; true when the trigger line is inside a step. */
  settleOn(found: ActiveStep | undefined, fromScroll: boolean, animate = true): boolean {
    if (!found) return true;
    const { index, progress, inside } = found;
    this.show(index, progress, animate);
    if (fromScroll && inside) this.onReached(this.steps[index]!);
    return inside;
  }

  /** Applies step `index`'s picture (at `progress`) without scrolling: for presentation mode, which loads its renderer now. */
  display(index: number, progress = 1): void {
    if (!this.steps[index]) return;
    this.show(index, progress, true);
    void this.prepare();
  }

  /** Index of the step whose picture is on screen. */
  get currentIndex(): number {
    return this.shown?.index ?? 0;
  }

  /**
   * Shows step `index` at once and brings it to the middle of the viewport: smoothly where motion is
   * allowed, unless `instant` (a page opened at a step's link lands there, as at any link's target).
   */
  goTo(index: number, focus = true, instant = false): void {
    const step = this.steps[index];
    if (!step) return;
    // Centred, the trigger line sits halfway through the step: the picture it settles on. The first
    // step is brought to the top instead, where its block fills the screen and the picture is pinned.
    this.show(index, 0.5, !instant);
    step.scrollIntoView({ block: index ? 'center' : 'start', behavior: motionAllowed() && !instant ? 'smooth' : 'instant' });
    if (focus) step.focus({ preventScroll: true });
    this.onReached(step);
  }

  private go(delta: number): void {
    this.goTo(stepAfter(this.currentIndex, this.steps.length, delta));
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (isEditable(event.target as HTMLElement | null)) return;
    const delta = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    this.go(delta);
  }

  /**
   * Reads the active step from the layout. A block wholly below or above the trigger line gives
   * the same answer as its steps would (first step at 0, last at 1) without measuring them, so
   * off-screen blocks, whose layout the browser skips, are not laid out on every scroll.
   */
  private measure(): ActiveStep {
    const trigger = window.innerHeight * TRIGGER_OFFSET;
    const block = this.element.getBoundingClientRect();
    if (block.top > trigger) return { index: 0, progress: 0, inside: false };
    if (block.bottom < trigger) return { index: this.steps.length - 1, progress: 1, inside: false };
    const boxes = this.steps.map((step) => step.getBoundingClientRect());
    return activeStep(boxes, trigger);
  }

  /** Applies a step's picture, aria-current and the step counter; skips work when nothing changed. */
  private show(index: number, progress: number, animate: boolean): void {
    if (this.shown && this.shown.index === index && Math.abs(this.shown.progress - progress) < 0.001) return;
    const step = this.steps[index]!;
    const state = step.dataset.step!;
    const sameState = this.shown !== undefined && this.steps[this.shown.index]?.dataset.step === state;
    const sameStep = this.shown?.index === index;
    this.draw(state, progress, animate && motionAllowed() && !sameState);
    this.shown = { index, progress };
    // Progress within a step changes only the picture: the step's marks stay, and rewriting them on every
    // scroll would have the browser restyle the block each time.
    if (sameStep) return;
    if (this.graphic.getAttribute('data-state') !== state) this.graphic.setAttribute('data-state', state);
    for (const other of this.steps) {
      if (other === step) other.setAttribute('aria-current', 'step');
      else if (other.hasAttribute('aria-current')) other.removeAttribute('aria-current');
    }
    this.updateNav(index);
  }

  /** Loads the renderer now (the block is about to be seen); resolves once it is ready. */
  prepare(): Promise<void> {
    this.loading ??= this.loadRenderer().then((renderer) => {
      this.renderer = renderer;
      const pending = this.pending;
      this.pending = undefined;
      if (pending) renderer(this.graphic, pending.state, pending.progress, { animate: false });
    });
    return this.loading;
  }

  private draw(state: string, progress: number, animate: boolean): void {
    if (this.renderer) {
      this.renderer(this.graphic, state, progress, { animate });
      return;
    }
    // Kept for the renderer, which arrives as the block nears the screen (startScrollies) or is shown as a slide:
    // until then the build-time picture stands, and a page's far blocks cost nothing at load.
    this.pending = { state, progress };
  }

  private updateNav(index: number): void {
    const previous = this.element.querySelector<HTMLButtonElement>('[data-step-nav="-1"]');
    const next = this.element.querySelector<HTMLButtonElement>('[data-step-nav="1"]');
    if (previous) previous.disabled = index === 0;
    if (next) next.disabled = index === this.steps.length - 1;
    const counter = this.element.querySelector('[data-step-counter]');
    if (counter) counter.textContent = `${index + 1} / ${this.steps.length}`;
  }
}
