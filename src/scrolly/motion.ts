import { keepChoice, readChoice } from './choice';

/** Storage key of the reader's motion choice ("reduce" or "full"). */
export const MOTION_STORAGE_KEY = 'roundabout:motion';

const reducedQuery = (): MediaQueryList => window.matchMedia('(prefers-reduced-motion: reduce)');


/** True when graphics may animate: the OS does not ask for reduced motion and the reader has not switched it off. */
export function motionAllowed(): boolean {
  const choice = document.documentElement.dataset.motion;
  if (choice === 'reduce') return false;
  if (choice === 'full') return true;
  return !reducedQuery().matches;
}

/** Applies the stored choice to <html data-motion> and wires every [data-motion-toggle] button. */
export function setUpMotionToggle(onChange: () => void): void {
  const root = document.documentElement;
  const stored = readChoice(MOTION_STORAGE_KEY);
  if (stored === 'reduce' || stored === 'full') root.dataset.motion = stored;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-motion-toggle]')];
  const sync = () => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(!motionAllowed()));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      root.dataset.motion = motionAllowed() ? 'reduce' : 'full';
      keepChoice(MOTION_STORAGE_KEY, root.dataset.motion);
      sync();
      onChange();
    });
  }
  reducedQuery().addEventListener('change', () => {
    sync();
    onChange();
  });
  sync();
}
