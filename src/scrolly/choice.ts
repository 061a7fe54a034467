/** readChoice(key) is a reader's stored choice, or null when there is none or storage is refused. */
export function readChoice(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** keepChoice(key, value) remembers a reader's choice; private modes may refuse, and the choice then holds for this page only. */
export function keepChoice(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused: nothing to keep.
  }
}
