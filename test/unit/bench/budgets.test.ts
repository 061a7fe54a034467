import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breaches, budgetFor, checkBudgets, parseBudgets, withinBudget, type Budget } from '../../bench/budgets';
import type { Figure } from '../../bench/metrics';

describe('parseBudgets(json)', () => {
  it('accepts the committed test/bench/budgets.json', () => {
    const json = JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8'));
    const budgets = parseBudgets(json);
    expect(budgets.find((budget) => budget.metric === 'js-gzip')).toMatchObject({ pages: ['story'], max: 32 * 1024 });
    expect(budgets.find((budget) => budget.metric === 'performance')).toMatchObject({ min: 98 });
  });
  it('names the entry and field of an unknown figure', () => {
    expect(() => parseBudgets({ budgets: [{ metric: 'lcp', max: 1 }, { metric: 'lpc', max: 1 }] })).toThrow('budgets[1].metric: unknown figure "lpc"');
  });
  it('rejects an entry without limits, a non-numeric limit and a missing list', () => {
    expect(() => parseBudgets({ budgets: [{ metric: 'lcp' }] })).toThrow('give min, max or both');
    expect(() => parseBudgets({ budgets: [{ metric: 'lcp', max: '1500' }] })).toThrow('budgets[0].max: expected a number');
    expect(() => parseBudgets({})).toThrow('expected { "budgets"');
  });
});

describe('withinBudget(value, budget)', () => {
  it('includes both limits', () => {
    expect(withinBudget(98, { metric: 'performance', min: 98 })).toBe(true);
    expect(withinBudget(97, { metric: 'performance', min: 98 })).toBe(false);
    expect(withinBudget(0, { metric: 'long-tasks', max: 0 })).toBe(true);
    expect(withinBudget(1, { metric: 'long-tasks', max: 0 })).toBe(false);
  });
  it('treats a missing value as a breach', () => {
    expect(withinBudget(null, { metric: 'lcp', max: 1500 })).toBe(false);
  });
});

describe('budgetFor(budgets, figure)', () => {
  const budgets: Budget[] = [
    { metric: 'js-gzip', pages: ['story'], max: 30720 },
    { metric: 'lcp', max: 1500 },
  ];
  it('applies a budget without pages to every page but the baseline', () => {
    expect(budgetFor(budgets, { page: 'embed', metric: 'lcp', value: 1 })).toBe(budgets[1]);
    expect(budgetFor(budgets, { page: 'baseline', metric: 'lcp', value: 1 })).toBeUndefined();
  });
  it('applies a budget with pages only to those pages', () => {
    expect(budgetFor(budgets, { page: 'story', metric: 'js-gzip', value: 1 })).toBe(budgets[0]);
    expect(budgetFor(budgets, { page: 'teachers', metric: 'js-gzip', value: 1 })).toBeUndefined();
  });
});

describe('checkBudgets(figures, budgets)', () => {
  const figures: Figure[] = [
    { page: 'story', metric: 'lcp', value: 1800 },
    { page: 'story', metric: 'tbt', value: 10 },
    { page: 'story', metric: 'fcp', value: 900 },
    { page: 'baseline', metric: 'lcp', value: 1200 },
    { page: 'baseline', metric: 'tbt', value: 0 },
  ];
  const checked = checkBudgets(figures, [
    { metric: 'lcp', max: 1500 },
    { metric: 'tbt', max: 50 },
  ]);
  it('marks each figure ok, breached, or unbudgeted (null)', () => {
    expect(checked.map((row) => row.ok)).toEqual([false, true, null, null, null]);
  });
  it('divides by the baseline value of the same figure, with no ratio for a zero or missing baseline', () => {
    expect(checked[0]!.ratio).toBe(1.5);
    expect(checked[1]!.ratio).toBeNull();
    expect(checked[2]!.ratio).toBeNull();
    expect(checked[3]!.ratio).toBe(1);
  });
  it('breaches(checked) lists only the figures over budget', () => {
    expect(breaches(checked).map((row) => row.figure.metric)).toEqual(['lcp']);
  });
});
