/**
 * Digits a chapter may contain outside <Fact>, each with its reason:
 * - "152mm" and "155mm" name calibres (a standard, like a model name), not quantities;
 *   both are ledger entries (calibre-soviet, calibre-nato) for the sources page.
 * - "7월", "8월" are Korean month names (July, August), written with digits in Korean as English writes the
 *   word; a month is a date's name, not a quantity the ledger could hold.
 */
export const ALLOWED_FIGURES: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /\b15[25]mm\b/g, reason: 'a calibre name (152mm, 155mm), not a quantity' },
  { pattern: /(?<![\d,.])(?:1[0-2]|[1-9])월/g, reason: 'a Korean month name (7월 is July), not a quantity' },
];

/** A run of digits found in prose that is not a <Fact>. */
export interface BareFigure {
  /** The digits (with separators) as written. */
  text: string;
  /** Offset of the figure within the scanned text. */
  offset: number;
}

/** findBareFigures(text) lists digit runs in prose that are neither <Fact>s nor allowed calibre names. */
export function findBareFigures(text: string): BareFigure[] {
  let masked = text;
  for (const { pattern } of ALLOWED_FIGURES) {
    masked = masked.replace(pattern, (match) => ' '.repeat(match.length));
  }
  return [...masked.matchAll(/\d[\d,.]*/g)].map((match) => ({ text: match[0], offset: match.index }));
}
