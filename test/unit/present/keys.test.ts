import { describe, expect, it } from 'vitest';
import type { KeyTarget } from '../../../src/lib/editable';
import { keyIsForPresenter, presentAction } from '../../../src/present/keys';

describe('presentAction(press)', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['ArrowDown', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    [' ', true, 'previous'],
    ['ArrowLeft', false, 'previous'],
    ['ArrowUp', false, 'previous'],
    ['PageUp', false, 'previous'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['Escape', false, 'exit'],
    ['n', false, 'notes'],
    ['N', true, 'notes'],
  ] as const)('maps %j (shift: %s) to %s', (key, shiftKey, action) => {
    expect(presentAction({ key, shiftKey })).toBe(action);
  });

  it('leaves keys with Alt, Ctrl or Meta to the browser', () => {
    expect(presentAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(presentAction({ key: 'Home', ctrlKey: true })).toBeNull();
    expect(presentAction({ key: 'n', metaKey: true })).toBeNull();
  });

  it('ignores every other key', () => {
    for (const key of ['Enter', 'Tab', 'a', 'p', 'F5', 'Backspace']) expect(presentAction({ key }), key).toBeNull();
  });
});

/** A stand-in for an element: matches the selectors it is given as "inside". */
function target(inside: string[], isContentEditable = false): KeyTarget {
  return { isContentEditable, closest: (selector: string) => (inside.some((tag) => selector.split(', ').some((s) => s.startsWith(tag))) ? {} : null) };
}

describe('keyIsForPresenter(press, target)', () => {
  it('accepts keys on the page and on a slide', () => {
    expect(keyIsForPresenter({ key: 'PageDown' }, null)).toBe(true);
    expect(keyIsForPresenter({ key: ' ' }, target([]))).toBe(true);
  });

  it('never acts while focus is in an input, textarea, select or editable region', () => {
    for (const tag of ['input', 'textarea', 'select', '[contenteditable]']) {
      expect(keyIsForPresenter({ key: 'ArrowRight' }, target([tag])), tag).toBe(false);
      expect(keyIsForPresenter({ key: 'n' }, target([tag])), tag).toBe(false);
    }
    expect(keyIsForPresenter({ key: 'End' }, target([], true))).toBe(false);
  });

  it('leaves Space on a button to press the button, but still takes arrows there', () => {
    expect(keyIsForPresenter({ key: ' ' }, target(['button']))).toBe(false);
    expect(keyIsForPresenter({ key: 'ArrowRight' }, target(['button']))).toBe(true);
  });
});
