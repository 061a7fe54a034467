/**
 * Digits a chapter may contain outside <Fact>, each with its reason:
 * - "152mm" and "155mm" name calibres (a standard, like a model name), not quantities;
 *   both are ledger entries (calibre-soviet, calibre-nato) for the sources page.
 * - "7월", "8월" are Korean month names (July, August), written with digits in Korean as English writes the
 *   word; a month is a date's name, not a quantity the ledger could hold.
 * - "5분", "45분" in a teacher's guide are a lesson's timings, which Korean writes in digits (English spells
 *   them out); they time the class, not the story, so only the guides may hold them.
 */
export const ALLOWED_FIGURES: readonly { pattern: RegExp; reason: string; files?: RegExp }[] = [
  { pattern: /\b15[25]mm\b/g, reason: 'a calibre name (152mm, 155mm), not a quantity' },
  { pattern: /(?<![\d,.])(?:1[0-2]|[1-9])월/g, reason: 'a Korean month name (7월 is July), not a quantity' },
  { pattern: /(?<![\d,.])\d{1,2}분/g, files: /(?:^|\/)teachers\/guide\.mdx$/, reason: "a lesson's minutes in a teacher's guide (5분), not a figure of the story" },
];

/** A run of digits found in prose that is not a <Fact>. */
export interface BareFigure {
  /** The digits (with separators) as written. */
  text: string;
  /** Offset of the figure within the scanned text. */
  offset: number;
}

/**
 * findBareFigures(text, file) lists digit runs in prose that are neither <Fact>s nor allowed exceptions; an
 * exception kept to some files (a guide's minutes) applies only when `file` is one of them.
 */
export function findBareFigures(text: string, file = ''): BareFigure[] {
  let masked = text;
  for (const { pattern, files } of ALLOWED_FIGURES) {
    if (files && !files.test(file.replace(/\\/g, '/'))) continue;
    masked = masked.replace(pattern, (match) => ' '.repeat(match.length));
  }
  return [...masked.matchAll(/\d[\d,.]*/g)].map((match) => ({ text: match[0], offset: match.index }));
}
