import { describe, expect, it } from 'vitest';
import type { CheckedFigure } from '../../bench/budgets';
import { formatBreach, formatBudget, formatMarkdownTable, formatRatio, formatTable, formatValue } from '../../bench/report';

describe('formatValue(value, unit)', () => {
  it('prints scores, times, sizes, counts and unitless figures', () => {
    expect(formatValue(98, 'score')).toBe('98');
    expect(formatValue(1536.6, 'ms')).toBe('1,537 ms');
    expect(formatValue(16.66, 'ms')).toBe('16.7 ms');
    expect(formatValue(512, 'bytes')).toBe('512 B');
    expect(formatValue(30720, 'bytes')).toBe('30.0 KB');
    expect(formatValue(3, 'count')).toBe('3');
    expect(formatValue(0.0071, 'unitless')).toBe('0.007');
  });
  it('prints n/a for a missing value', () => {
    expect(formatValue(null, 'ms')).toBe('n/a');
  });
});

describe('formatBudget(budget, unit) and formatRatio(ratio)', () => {
  it('prints limits with their unit', () => {
    expect(formatBudget({ metric: 'performance', min: 98 }, 'score')).toBe('≥ 98');
    expect(formatBudget({ metric: 'lcp', max: 1500 }, 'ms')).toBe('≤ 1,500 ms');
    expect(formatBudget({ metric: 'seo', min: 100, max: 100 }, 'score')).toBe('= 100');
    expect(formatBudget(undefined, 'ms')).toBe('');
  });
  it('prints a ratio to two decimals, or a dash', () => {
    expect(formatRatio(1.254)).toBe('1.25×');
    expect(formatRatio(null)).toBe('–');
  });
});

describe('report tables', () => {
  const rows: CheckedFigure[] = [
    { figure: { page: 'story', metric: 'lcp', value: 1800 }, budget: { metric: 'lcp', max: 1500, why: 'simulated mobile' }, ok: false, ratio: 1.5 },
    { figure: { page: 'story', metric: 'map-path-gzip', value: 0, note: 'no map yet' }, ok: null, ratio: null },
  ];
  it('formatTable(rows) aligns columns under a heading and a rule', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines[0]).toMatch(/^page\s+figure\s+value\s+budget\s+× baseline\s+ok$/);
    expect(lines[1]).toMatch(/^-+( {2}-+){5}$/);
    expect(lines[2]).toMatch(/^story\s+Largest Contentful Paint\s+1,800 ms\s+≤ 1,500 ms\s+1\.50×\s+BREACH$/);
    expect(lines[3]).toContain('0 B (no map yet)');
    expect(lines[2]!.indexOf('Largest')).toBe(lines[0]!.indexOf('figure'));
  });
  it('formatMarkdownTable(rows) writes one Markdown row per figure', () => {
    expect(formatMarkdownTable(rows).split('\n')).toEqual([
      '| page | figure | value | budget | × baseline | ok |',
      '| --- | --- | --- | --- | --- | --- |',
      '| story | Largest Contentful Paint | 1,800 ms | ≤ 1,500 ms | 1.50× | BREACH |',
      '| story | Flow map path data (gzip) | 0 B (no map yet) |  | – |  |',
    ]);
  });
  it('formatBreach(row) names the page, the figure, the value, the limit and why', () => {
    expect(formatBreach(rows[0]!)).toBe('BUDGET BREACH: story: Largest Contentful Paint is 1,800 ms, budget ≤ 1,500 ms (simulated mobile)');
  });
});
