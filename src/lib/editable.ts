/** Elements that take typing: keys pressed in them belong to the field, never to story navigation. */
export const EDITABLE_SELECTOR = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** The part of a key event's target the check reads (an Element, or a stand-in in unit tests). */
export interface KeyTarget {
  closest(selector: string): unknown;
  isContentEditable?: boolean;
}

/** isEditable(target) is true when a key pressed at `target` is typing in a field or editable region. */
export function isEditable(target: KeyTarget | null): boolean {
  return Boolean(target && (target.isContentEditable || target.closest(EDITABLE_SELECTOR)));
}
