import { roundValue, toRange } from './arithmetic';
import type { FactValue, Operation } from './schema';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** Formats a number in English with thousands separators and up to `decimals` places. */
export function formatNumber(value: number, decimals = 0): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format.format(value);
}

/** Formats a value: "4,000" or "4,000 to 7,000". */
export function formatValue(value: FactValue, decimals = 0): string {
  if (typeof value === 'number') return formatNumber(value, decimals);
  return `${formatNumber(value.low, decimals)} to ${formatNumber(value.high, decimals)}`;
}

/** True when rounding to `decimals` places changes either end of the value. */
export function roundingChanges(value: FactValue, decimals: number): boolean {
  const exact = toRange(value);
  const shown = toRange(roundValue(value, decimals));
  return exact.low !== shown.low || exact.high !== shown.high;
}

/**
 * formatRounded(value, decimals, approximate) formats a computed value for prose, prefixing
 * "about" when rounding changed it or its inputs were approximate, so it never poses as exact.
 */
export function formatRounded(value: FactValue, decimals: number, approximate = false): string {
  const hedge = approximate || roundingChanges(value, decimals) ? 'about ' : '';
  return `${hedge}${formatValue(roundValue(value, decimals), decimals)}`;
}

const operatorSymbols: Record<Operation, string> = {
  add: '+',
  subtract: '−',
  multiply: '×',
  divide: '÷',
};

/** Writes out a derivation with its operands: "100,000 ÷ 4,000 to 7,000 = about 14 to 25". */
export function formatArithmetic(
  operation: Operation,
  operands: FactValue[],
  result: FactValue,
  decimals: number,
  approximate = false,
): string {
  const symbol = operatorSymbols[operation];
  const written = operands.map((operand) =>
    typeof operand === 'number' ? formatValue(operand) : `(${formatValue(operand)})`,
  );
  return `${written.join(` ${symbol} `)} = ${formatRounded(result, decimals, approximate)}`;
}
