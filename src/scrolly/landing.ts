/** Input that means the reader has taken the scroll over: a landing waiting for it is called off. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** How long a landing waits for the scroll to end where the browser has no scrollend (or nothing moved). */
const LANDING_WAIT_MS = 3000;

/**
 * landAfterScroll(land) calls `land` once, when the scroll now under way has ended, unless the reader scrolls,
 * touches, clicks or presses a key first. A smooth scroll to a link's target is aimed as it starts, by the
 * estimated heights of the graphic blocks the browser has not drawn yet (content-visibility, Scrolly.astro);
 * drawn on the way at their real heights, they move the target, and the scroll ends away from it (a chapter
 * several screens past its heading on a phone). `land` brings the target to its place at once.
 */
export function landAfterScroll(land: () => void): void {
  let timer = 0;
  const stop = () => {
    window.clearTimeout(timer);
    window.removeEventListener('scrollend', finish);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
  };
  const finish = () => {
    stop();
    land();
  };
  window.addEventListener('scrollend', finish);
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  timer = window.setTimeout(finish, LANDING_WAIT_MS);
}
