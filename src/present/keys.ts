import { isEditable, type KeyTarget } from '../lib/editable';

/** What a key does in presentation mode. */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'notes';

/** The parts of a keyboard event the key map reads. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * presentAction(press) maps a key to its action: arrows, PageDown/PageUp (what presentation clickers
 * send), Space/Shift+Space, Home/End, Escape and "n" for the teacher's notes. Any key with Alt, Ctrl or
 * Meta, and every other key, maps to null so browser and screen-reader shortcuts keep working.
 */
export function presentAction(press: KeyPress): PresentAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return press.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'exit';
    case 'n':
    case 'N':
      return 'notes';
    default:
      return null;
  }
}

/** Elements where Space and Enter already mean "press this": Space must not also change the slide. */
export const ACTIVATABLE_SELECTOR = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"]';

/**
 * keyIsForPresenter(press, target) is true when presentation mode may act on the key: never while
 * focus is in a text field, select or editable region, and not for Space on a button or link (which
 * Space presses).
 */
export function keyIsForPresenter(press: KeyPress, target: KeyTarget | null): boolean {
  if (!target) return true;
  if (isEditable(target)) return false;
  if ((press.key === ' ' || press.key === 'Spacebar') && target.closest(ACTIVATABLE_SELECTOR)) return false;
  return true;
}
