import type { Budget, CheckedFigure } from './budgets.ts';
import { METRICS, type Unit } from './metrics.ts';

/** formatNumber(value, decimals) prints a number with thousands separators, e.g. 12,345.6. */
function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** formatValue(value, unit) prints a figure for people: "98", "1,234 ms", "12.3 KB", "0.003"; "n/a" when missing. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 'score':
      return formatNumber(value, 0);
    case 'ms':
      return `${formatNumber(value, value < 100 ? 1 : 0)} ms`;
    case 'bytes':
      return value < 1024 ? `${formatNumber(value, 0)} B` : `${formatNumber(value / 1024, 1)} KB`;
    case 'count':
      return formatNumber(value, 0);
    case 'unitless':
      return formatNumber(value, 3);
  }
}

/** formatBudget(budget, unit) prints a limit: "≥ 98", "≤ 1,500 ms", "= 100", "" for none. */
export function formatBudget(budget: Budget | undefined, unit: Unit): string {
  if (!budget) return '';
  if (budget.min !== undefined && budget.min === budget.max) return `= ${formatValue(budget.min, unit)}`;
  const parts: string[] = [];
  if (budget.min !== undefined) parts.push(`≥ ${formatValue(budget.min, unit)}`);
  if (budget.max !== undefined) parts.push(`≤ ${formatValue(budget.max, unit)}`);
  return parts.join(', ');
}

/** formatRatio(ratio) prints a ratio to the baseline, "1.25×", or "–" when there is none. */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? '–' : `${formatNumber(ratio, 2)}×`;
}

/** The verdict column: "ok", "BREACH" or "" (no budget). */
function verdict(ok: boolean | null): string {
  return ok === null ? '' : ok ? 'ok' : 'BREACH';
}

/** The cells of one report row: page, figure, value, budget, ratio to baseline, verdict. */
export function rowCells(row: CheckedFigure): string[] {
  const { label, unit } = METRICS[row.figure.metric];
  const value = formatValue(row.figure.value, unit) + (row.figure.note ? ` (${row.figure.note})` : '');
  return [row.figure.page, label, value, formatBudget(row.budget, unit), formatRatio(row.ratio), verdict(row.ok)];
}

/** The column headings of the report table. */
export const HEADINGS = ['page', 'figure', 'value', 'budget', '× baseline', 'ok'];

/** formatTable(rows) lays the report out as a fixed-width text table for the terminal. */
export function formatTable(rows: readonly CheckedFigure[]): string {
  const cells = [HEADINGS, ...rows.map(rowCells)];
  const widths = HEADINGS.map((_, column) => Math.max(...cells.map((line) => [...line[column]!].length)));
  const line = (values: string[]) => values.map((value, column) => value.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** formatMarkdownTable(rows) lays the report out as a Markdown table. */
export function formatMarkdownTable(rows: readonly CheckedFigure[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const line = (values: string[]) => `| ${values.map(escape).join(' | ')} |`;
  return [line(HEADINGS), line(HEADINGS.map(() => '---')), ...rows.map((row) => line(rowCells(row)))].join('\n');
}

/** formatBreach(row) is one loud line naming a figure outside its budget and the limit it broke. */
export function formatBreach(row: CheckedFigure): string {
  const { label, unit } = METRICS[row.figure.metric];
  const why = row.budget?.why ? ` (${row.budget.why})` : '';
  return `BUDGET BREACH: ${row.figure.page}: ${label} is ${formatValue(row.figure.value, unit)}, budget ${formatBudget(row.budget, unit)}${why}`;
}
