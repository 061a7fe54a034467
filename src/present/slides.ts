/** What a slide shows: the title slide, a chapter's heading and summary, or one scrolly step. */
export type SlideKind = 'title' | 'chapter' | 'step';

/** One slide of presentation mode, named by the id of the element it shows. */
export interface Slide {
  kind: SlideKind;
  /** Id of the slide's element: the title slide's, a chapter section's or a step's. */
  id: string;
}

/** Id of the title slide's element (and the slide a bare `?present` opens). */
export const TITLE_SLIDE_ID = 'present-title';

/**
 * slideSequence(items) turns the story's chapters and steps, in document order, into the slides of
 * presentation mode: the title slide first, then each chapter followed by its steps.
 */
export function slideSequence(items: readonly { kind: 'chapter' | 'step'; id: string }[]): Slide[] {
  return [{ kind: 'title', id: TITLE_SLIDE_ID }, ...items.map(({ kind, id }) => ({ kind, id }))];
}

/**
 * slideIndexOf(slides, hash) is the index of the slide a URL hash ("#step-id") names, or 0 (the
 * title slide) when the hash is empty or names no slide.
 */
export function slideIndexOf(slides: readonly Slide[], hash: string): number {
  if (!hash || hash === '#') return 0;
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return 0;
  }
  const index = slides.findIndex((slide) => slide.id === id);
  return index === -1 ? 0 : index;
}

/** counterText(index, count) is the counter shown on screen: "7 / 24", counting from 1. */
export function counterText(index: number, count: number): string {
  return `${index + 1} / ${count}`;
}

/** presentUrl(url, present, id) is the address of a slide (or of the page after leaving), keeping other parameters. */
export function presentUrl(url: string, present: boolean, id: string | undefined): string {
  const next = new URL(url);
  if (present) next.searchParams.set('present', '');
  else next.searchParams.delete('present');
  next.hash = id && id !== TITLE_SLIDE_ID ? `#${encodeURIComponent(id)}` : '';
  // "?present=" reads worse than "?present" in an address bar and in the teacher's guide.
  return next.href.replace(/([?&]present)=(?=&|#|$)/, '$1');
}
