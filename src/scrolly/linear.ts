/** Storage key of the reader's choice to read without scrolling effects ("on" or "off"). */
export const LINEAR_STORAGE_KEY = 'roundabout:linear';

function stored(): string | null {
  try {
    return localStorage.getItem(LINEAR_STORAGE_KEY);
  } catch {
    return null;
  }
}

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
  if (asked || stored() === 'on') root.setAttribute('data-linear', '');
  for (const panel of document.querySelectorAll<HTMLElement>('[data-reader-options]')) panel.hidden = false;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-linear-toggle]')];
  const sync = () => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(linearReading()));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      root.toggleAttribute('data-linear', !linearReading());
      try {
        localStorage.setItem(LINEAR_STORAGE_KEY, linearReading() ? 'on' : 'off');
      } catch {
        // Private modes may refuse storage; the choice still holds for this page.
      }
      sync();
      onChange();
    });
  }
  sync();
}
