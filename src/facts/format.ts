import { roundValue, toRange } from './arithmetic';
import type { FactValue, Operation } from './schema';
import { DEFAULT_LOCALE, LANGUAGE_TAGS, type Locale } from '../i18n/locales';
import { siteWords } from '../i18n/site';

const numberFormats = new Map<string, Intl.NumberFormat>();

function grouped(value: number, decimals: number, tag: string): string {
  const key = `${tag}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits: decimals });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Korean and other East Asian number words by powers of 10,000 (만 10⁴, 억 10⁸, 조 10¹²). */
const MYRIADS: [size: number, word: string][] = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];

/**
 * formatMyriad(value, decimals) writes a number as Korean news does: 만 units for whole tens of
 * thousands ("10만", "2만", "100만", "1만 5,000"), digits with commas below 10,000 ("4,000", "142",
 * "2.9"). Exact: no digit is dropped, only regrouped.
 */
export function formatMyriad(value: number, decimals = 0): string {
  if (!Number.isInteger(value) || Math.abs(value) < 1e4) return grouped(value, decimals, 'ko-KR');
  const sign = value < 0 ? '-' : '';
  let rest = Math.abs(value);
  const parts: string[] = [];
  for (const [size, word] of MYRIADS) {
    if (rest >= size) {
      parts.push(`${grouped(Math.floor(rest / size), 0, 'ko-KR')}${word}`);
      rest %= size;
    }
  }
  if (rest > 0) parts.push(grouped(rest, 0, 'ko-KR'));
  return sign + parts.join(' ');
}

/** Formats a number in `locale`'s style: thousands separators (or Korean 만 units) and up to `decimals` places. */
export function formatNumber(value: number, decimals = 0, locale: Locale = DEFAULT_LOCALE): string {
  const tag = LANGUAGE_TAGS[locale];
  return tag.startsWith('ko') ? formatMyriad(value, decimals) : grouped(value, decimals, tag);
}

/** Formats a value: "4,000" or, with the language's range words, "4,000 to 7,000". */
export function formatValue(value: FactValue, decimals = 0, locale: Locale = DEFAULT_LOCALE): string {
  if (typeof value === 'number') return formatNumber(value, decimals, locale);
  const low = formatNumber(value.low, decimals, locale);
  const high = formatNumber(value.high, decimals, locale);
  return siteWords(locale)('format.range', { low, high });
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
export function formatRounded(value: FactValue, decimals: number, approximate = false, locale: Locale = DEFAULT_LOCALE): string {
  const shown = formatValue(roundValue(value, decimals), decimals, locale);
  return approximate || roundingChanges(value, decimals) ? siteWords(locale)('format.about', { value: shown }) : shown;
}

const operatorSymbols: Record<Operation, string> = {
  add: '+',
  subtract: '−',
  multiply: '×',
  divide: '÷',
};

/**
 * Writes out a derivation with its operands: "100,000 ÷ (4,000 to 7,000) = about 14 to 25". `reportedAs`
 * gives, for an operand the source hedges, its words as reported, which the arithmetic then shows.
 */
export function formatArithmetic(
  operation: Operation,
  operands: FactValue[],
  result: FactValue,
  decimals: number,
  approximate = false,
  locale: Locale = DEFAULT_LOCALE,
  reportedAs: readonly (string | undefined)[] = [],
): string {
  const symbol = operatorSymbols[operation];
  const written = operands.map((operand, index) => {
    const number = typeof operand === 'number' ? formatValue(operand, 0, locale) : `(${formatValue(operand, 0, locale)})`;
    // An operand the source hedges keeps its hedge: "around 20,000", "nearly one million (1,000,000)".
    const reported = reportedAs[index];
    if (reported === undefined) return number;
    return reported.includes(number.replace(/[()]/g, '')) ? reported : `${reported} (${number})`;
  });
  return `${written.join(` ${symbol} `)} = ${formatRounded(result, decimals, approximate, locale)}`;
}
