import type { ScrollyController } from '../scrolly/controller';
import { startScrollies } from '../scrolly/client';
import { keyIsForPresenter, presentAction, type PresentAction } from './keys';
import { counterText, presentUrl, slideIndexOf, slideSequence, TITLE_SLIDE_ID, type Slide } from './slides';

/** A slide with the elements it needs on screen. */
interface LiveSlide extends Slide {
  /** The element the slide shows (and focuses). */
  element: HTMLElement;
  /** The element laid out full screen: the title slide, the chapter section, or the step's scrolly block. */
  stage: HTMLElement;
  /** For a step: its controller and index there. */
  scrolly?: { controller: ScrollyController; index: number };
}

const MARKERS = ['data-present-current', 'data-present-path', 'data-present-stage'] as const;

/**
 * Presentation mode of the story page: one slide at a time at projector scale, driven by keys, the
 * on-screen controls or a clicker. State lives on <html data-mode="present"> and on markers on the
 * current slide (data-present-current), its ancestors (data-present-path) and its full-screen
 * block (data-present-stage); src/present/present.css lays out only what they mark.
 */
class Presenter {
  private readonly root = document.documentElement;
  private readonly slides: LiveSlide[];
  private readonly ui: HTMLElement;
  private readonly counter: HTMLElement;
  private readonly progress: HTMLProgressElement;
  private readonly notesButton: HTMLButtonElement;
  private readonly controllers: ScrollyController[];
  private index = 0;
  private notesShown = false;
  private enteredFullscreen = false;
  private readonly onKeyDown = (event: KeyboardEvent) => this.handleKey(event);
  private readonly onFullscreenChange = () => {
    // Browsers keep Esc for leaving full screen: leaving it is the teacher's Esc, so end the presentation too.
    if (!document.fullscreenElement && this.enteredFullscreen && this.active) this.exit();
  };

  constructor(story: HTMLElement, ui: HTMLElement) {
    this.ui = ui;
    this.controllers = startScrollies();
    this.counter = ui.querySelector<HTMLElement>('[data-present-counter]')!;
    this.progress = ui.querySelector<HTMLProgressElement>('[data-present-progress]')!;
    this.notesButton = ui.querySelector<HTMLButtonElement>('[data-present-notes]')!;
    this.slides = this.collectSlides(story);
    this.progress.max = Math.max(1, this.slides.length - 1);
  }

  /** True while presentation mode is on. */
  get active(): boolean {
    return this.root.dataset.mode === 'present';
  }

  private collectSlides(story: HTMLElement): LiveSlide[] {
    const title = document.getElementById(TITLE_SLIDE_ID);
    if (!title) throw new Error(`presentation mode: no title slide #${TITLE_SLIDE_ID} in the page`);
    const elements = new Map<string, HTMLElement>([[TITLE_SLIDE_ID, title]]);
    const items = [...story.querySelectorAll<HTMLElement>('[data-chapter], [data-step]')].map((element) => {
      elements.set(element.id, element);
      return { kind: element.matches('[data-step]') ? ('step' as const) : ('chapter' as const), id: element.id };
    });
    return slideSequence(items).map((slide) => {
      const element = elements.get(slide.id)!;
      if (slide.kind !== 'step') return { ...slide, element, stage: element };
      const controller = this.controllers.find((c) => c.steps.includes(element));
      const stage = element.closest<HTMLElement>('[data-scrolly]') ?? element;
      return { ...slide, element, stage, scrolly: controller && { controller, index: controller.steps.indexOf(element) } };
    });
  }

  /** Enters presentation mode at slide `index`; asks for full screen only when `fullscreen` (a click). */
  enter(index: number, fullscreen: boolean): void {
    if (!this.active) {
      this.root.dataset.mode = 'present';
      this.ui.hidden = false;
      for (const controller of this.controllers) controller.held = true;
      document.addEventListener('keydown', this.onKeyDown, true);
      document.addEventListener('fullscreenchange', this.onFullscreenChange);
    }
    if (fullscreen && document.fullscreenEnabled && !document.fullscreenElement) {
      document.documentElement.requestFullscreen().then(
        () => {
          this.enteredFullscreen = true;
        },
        () => {
          // Refused (no gesture, a policy, an embed): present in the window instead.
        },
      );
    }
    this.show(index);
  }

  /** Leaves presentation mode with the page scrolled to the slide that was on screen. */
  exit(): void {
    if (!this.active) return;
    const slide = this.slides[this.index]!;
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    if (document.fullscreenElement && this.enteredFullscreen) document.exitFullscreen().catch(() => {});
    this.enteredFullscreen = false;
    this.clearMarkers();
    this.setNotes(false);
    this.ui.hidden = true;
    delete this.root.dataset.mode;
    for (const controller of this.controllers) controller.held = false;
    history.replaceState(history.state, '', presentUrl(location.href, false, slide.kind === 'title' ? undefined : slide.id));
    if (slide.scrolly) {
      slide.scrolly.controller.goTo(slide.scrolly.index, true);
    } else if (slide.kind === 'chapter') {
      slide.element.scrollIntoView({ block: 'start' });
      slide.element.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    } else {
      window.scrollTo({ top: 0 });
      document.querySelector<HTMLElement>('[data-present-enter]')?.focus({ preventScroll: true });
    }
  }

  /** Shows slide `index` (clamped): markers, the graphic's picture for a step, counter, notes and address. */
  show(index: number): void {
    this.index = Math.min(this.slides.length - 1, Math.max(0, index));
    const slide = this.slides[this.index]!;
    this.clearMarkers();
    slide.element.setAttribute('data-present-current', '');
    slide.stage.setAttribute('data-present-stage', '');
    for (let node: HTMLElement | null = slide.element; node && node !== this.root; node = node.parentElement) {
      node.setAttribute('data-present-path', '');
    }
    slide.scrolly?.controller.display(slide.scrolly.index);
    this.counter.textContent = counterText(this.index, this.slides.length);
    this.progress.value = this.index;
    this.progress.textContent = counterText(this.index, this.slides.length);
    this.setNotes(this.notesShown);
    history.replaceState(history.state, '', presentUrl(location.href, true, slide.id));
    if (!slide.element.hasAttribute('tabindex')) slide.element.setAttribute('tabindex', '-1');
    if (!this.ui.contains(document.activeElement)) slide.element.focus({ preventScroll: true });
  }

  /** Applies an action: a move, the notes toggle, or leaving. */
  act(action: PresentAction): void {
    const last = this.slides.length - 1;
    const moves: Partial<Record<PresentAction, number>> = { next: this.index + 1, previous: this.index - 1, first: 0, last };
    const target = moves[action];
    if (target !== undefined) this.show(target);
    else if (action === 'notes') this.setNotes(!this.notesShown);
    else if (action === 'exit') this.exit();
  }

  /** Shows or hides the teacher's notes that belong to the current slide. */
  private setNotes(shown: boolean): void {
    this.notesShown = shown;
    this.notesButton.setAttribute('aria-pressed', String(shown));
    const current = this.active ? notesOf(this.slides[this.index]!.element) : null;
    for (const notes of document.querySelectorAll<HTMLElement>('[data-teacher-notes]')) {
      notes.hidden = !(shown && notes === current);
    }
    if (shown && current) this.root.dataset.presentNotes = '';
    else delete this.root.dataset.presentNotes;
  }

  private clearMarkers(): void {
    for (const marker of MARKERS) {
      for (const element of document.querySelectorAll(`[${marker}]`)) element.removeAttribute(marker);
    }
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.isComposing) return;
    const action = presentAction(event);
    if (!action || !keyIsForPresenter(event, event.target instanceof Element ? event.target : null)) return;
    // Ours, not the scroll engine's: its listener sees defaultPrevented and does nothing.
    event.preventDefault();
    event.stopPropagation();
    this.act(action);
  }

  /** Wires the on-screen controls. */
  wire(): void {
    for (const button of this.ui.querySelectorAll<HTMLButtonElement>('[data-present-action]')) {
      button.addEventListener('click', () => this.act(button.dataset.presentAction as PresentAction));
    }
    this.notesButton.addEventListener('click', () => this.act('notes'));
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-present-enter]')) {
      button.hidden = false;
      button.addEventListener('click', () => (this.active ? this.exit() : this.enter(0, true)));
    }
  }

  /** Index of the slide a URL hash names (0, the title slide, when none). */
  indexOf(hash: string): number {
    return slideIndexOf(this.slides, hash);
  }
}

/** The teacher's notes that go with a slide: those of the nearest enclosing block that has any. */
function notesOf(element: HTMLElement): HTMLElement | null {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    const notes = node.querySelector<HTMLElement>(':scope > [data-teacher-notes]');
    if (notes) return notes;
  }
  return null;
}

let presenter: Presenter | undefined;

/**
 * Starts presentation mode support on the story page (idempotent): shows the Present button and,
 * when the address has ?present, enters at once at the slide its hash names.
 */
export function startPresenter(): void {
  if (presenter) return;
  const story = document.querySelector<HTMLElement>('article[data-story]');
  const ui = document.querySelector<HTMLElement>('[data-present-ui]');
  if (!story || !ui) return;
  presenter = new Presenter(story, ui);
  presenter.wire();
  if (new URLSearchParams(location.search).has('present')) presenter.enter(presenter.indexOf(location.hash), false);
}
