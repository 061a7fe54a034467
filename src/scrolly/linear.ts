import { keepChoice, readChoice } from './choice';

/** Storage key of the reader's choice to read without scrolling effects ("on" or "off"). */
export const LINEAR_STORAGE_KEY = 'roundabout:linear';


/** True when the story is read as an article: every step's picture beside its text, nothing sticky or scroll-driven. */
export function linearReading(): boolean {
  return document.documentElement.hasAttribute('data-linear');
}

/**
 * setUpLinearReading(onChange) applies ?linear or the stored choice to <html data-linear>, shows the reader
 * options and wires every [data-linear-toggle] button; `onChange` relayouts the graphics after a switch.
 */
export function setUpLinearReading(onChange: () => void): void {
  const root = document.documentElement;
  const asked = new URLSearchParams(location.search).has('linear');
  if (asked || readChoice(LINEAR_STORAGE_KEY) === 'on') root.setAttribute('data-linear', '');
  for (const panel of document.querySelectorAll<HTMLElement>('[data-reader-options]')) panel.hidden = false;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-linear-toggle]')];
  const sync = () => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(linearReading()));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      root.toggleAttribute('data-linear', !linearReading());
      keepChoice(LINEAR_STORAGE_KEY, linearReading() ? 'on' : 'off');
      sync();
      onChange();
    });
  }
  sync();
}
