import { describe, expect, it } from 'vitest';
import { clamp01, formatTick, numberMarks, sentences, shownCount, tickValues, unitsFor } from '../../../../src/charts/kit/scene';
import { LANGUAGE_TAGS } from '../../../../src/i18n/locales';

describe('shownCount(total, progress, fillEnd)', () => {
  it('shows none at progress 0, all at fillEnd and after, and rounds in between', () => {
    expect(shownCount(70, 0, 0.5)).toBe(0);
    expect(shownCount(70, 0.25, 0.5)).toBe(35);
    expect(shownCount(70, 0.5, 0.5)).toBe(70);
    expect(shownCount(70, 1, 0.5)).toBe(70);
    expect(shownCount(70, 0.1, 0.5)).toBe(14);
  });

  it('clamps progress outside 0..1 and NaN', () => {
    expect(shownCount(10, -1, 0.5)).toBe(0);
    expect(shownCount(10, Number.NaN, 0.5)).toBe(0);
    expect(shownCount(10, 3, 0.5)).toBe(10);
    expect(clamp01(0.3)).toBe(0.3);
  });
});

describe('unitsFor(amount, perUnit)', () => {
  it('counts whole marks', () => {
    expect(unitsFor(20000, 100)).toBe(200);
  });

  it('refuses an amount that is not a whole number of marks', () => {
    expect(() => unitsFor(4050, 100)).toThrow(/whole number/);
  });
});

describe('tickValues(max, maxTicks)', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(tickValues(25, 5)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(tickValues(250, 5)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(tickValues(100000, 2)).toEqual([0, 50000, 100000]);
  });
});

describe('formatTick(value, numberMarks(lang))', () => {
  it.each(Object.values(LANGUAGE_TAGS))('writes every tick value of the graphics as Intl.NumberFormat does for %s', (lang) => {
    const marks = numberMarks(lang);
    const values = [0, 5, 25, 250, 999, 1000, 4000, 20000, 50000, 100000, 1234567, 2.5, 0.25, -1500, ...tickValues(100000, 5), ...tickValues(25, 5)];
    const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 20 });
    for (const value of values) expect(formatTick(value, marks), `${value} in ${lang}`).toBe(intl.format(value));
  });
});

describe('sentences(parts)', () => {
  it('capitalises, ends each part with a full stop and drops empty parts', () => {
    expect(sentences(['a b', '', 'c.'])).toBe('A b. C.');
  });
});
