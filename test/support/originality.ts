/**
 * How much of a page's own text is the source article's text: the measure behind the
 * originality gate (test/browser/originality.test.ts). Pure: text in, report out.
 *
 * Both texts are folded the same way (case, punctuation, curly quotes, hyphens, British and
 * American spelling), quoted spans are taken out of the page's text, and what is left is
 * compared word by word with the source.
 */

/** British spellings the site uses, folded to the American spelling the source uses. */
const SPELLING_FOLDS: [RegExp, string][] = [
  [/^defence(s?)$/, 'defense$1'],
  [/^armour(s?|ed)$/, 'armor$1'],
  [/^honour(s?|ed|ing)$/, 'honor$1'],
  [/^neighbour(s?|ing)$/, 'neighbor$1'],
  [/^calibre(s?)$/, 'caliber$1'],
  [/^programme(s?)$/, 'program$1'],
  [/^centre(s?)$/, 'center$1'],
  [/^(finali|organi|recogni|reali|emphasi|summari|authori|criticis?|apologi)s(e|es|ed|ing|ation)$/, '$1z$2'],
];

/** Quotation marks that open and close a quoted span, as pairs. */
const QUOTE_PAIRS: [open: string, close: string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
];

/** A proper name that may be shared with the source, and why it may. */
export interface AllowedName {
  /** The name as the page writes it (folded before use). */
  name: string;
  /** Why sharing it is not copying. */
  reason: string;
}

/** Folds one word: lower case, American spelling. */
function foldWord(word: string): string {
  let folded = word.toLowerCase();
  for (const [pattern, replacement] of SPELLING_FOLDS) {
    if (pattern.test(folded)) {
      folded = folded.replace(pattern, replacement);
      break;
    }
  }
  return folded;
}

/**
 * words(text) splits text into folded words: letters and digits only, hyphens and slashes
 * split words, apostrophes are dropped ("Korea’s" → "koreas"), digit groups are joined ("4,000" → "4000").
 */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/['’‘ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(foldWord);
}

/** A break between words that no shared run may cross (a quoted span, an allowed name, a new block). */
export const BREAK = '\u0000';

/**
 * withoutQuotes(text) replaces every span inside quotation marks (with its marks) by a break,
 * so quoted words never count as ours or as copied. An opening mark with no closing mark
 * quotes nothing.
 */
export function withoutQuotes(text: string): string {
  let out = text;
  for (const [open, close] of QUOTE_PAIRS) {
    const pattern = new RegExp(`${escape(open)}[^${escape(open)}${escape(close)}]*${escape(close)}`, 'gu');
    out = out.replace(pattern, ` ${BREAK} `);
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** Tokens of a page's text: folded words, with BREAK where runs must stop. */
export function pageTokens(text: string, allowed: readonly AllowedName[] = []): string[] {
  let tokens = withoutQuotes(text)
    .split(BREAK)
    .flatMap((part, index) => (index === 0 ? words(part) : [BREAK, ...words(part)]));
  for (const { name } of allowed) tokens = replaceRun(tokens, words(name));
  return tokens;
}

function replaceRun(tokens: string[], run: string[]): string[] {
  if (run.length === 0) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (run.every((word, k) => tokens[i + k] === word)) {
      out.push(BREAK);
      i += run.length - 1;
    } else out.push(tokens[i]!);
  }
  return out;
}

/** The source's n-word sequences, for look-up. */
export function ngrams(tokens: readonly string[], n: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n);
    if (!gram.includes(BREAK)) set.add(gram.join(' '));
  }
  return set;
}

/**
 * sharedRuns(page, source, n) returns the maximal runs of the page's tokens in which every
 * n consecutive words also stand consecutively in the source: each run as its words.
 */
export function sharedRuns(page: readonly string[], source: ReadonlySet<string>, n: number): string[][] {
  const covered = new Array<boolean>(page.length).fill(false);
  for (let i = 0; i + n <= page.length; i++) {
    const gram = page.slice(i, i + n);
    if (!gram.includes(BREAK) && source.has(gram.join(' '))) covered.fill(true, i, i + n);
  }
  const runs: string[][] = [];
  let start = -1;
  for (let i = 0; i <= page.length; i++) {
    if (i < page.length && covered[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(page.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

/** Limits of the gate, and the source's text to hold pages against. */
export interface OriginalityOptions {
  /** A run of this many words shared with the source, outside quotes, fails the page. */
  maxRun: number;
  /** Length of the runs counted for the share. */
  shareRun: number;
  /** The largest share (0..1) of a page's words that may sit in runs of `shareRun` words. */
  maxShare: number;
  /** Proper names that may be shared. */
  allowed: readonly AllowedName[];
}

/** What the measure found on one page. */
export interface OriginalityReport {
  /** Words on the page outside quotes. */
  words: number;
  /** Of those, words inside runs of `shareRun` or more shared with the source. */
  sharedWords: number;
  /** sharedWords / words (0 for a page with no words). */
  share: number;
  /** Runs of `maxRun` or more words shared with the source, as text. */
  longRuns: string[];
  /** Runs of `shareRun` or more words (the ones counted in the share), as text. */
  runs: string[];
  /** True when the page breaks neither limit. */
  ok: boolean;
}

/** Makes a measure against one source text: originality(pageText) → report. */
export function originalityMeasure(sourceText: string, options: OriginalityOptions): (pageText: string) => OriginalityReport {
  const sourceTokens = words(sourceText);
  const shareGrams = ngrams(sourceTokens, options.shareRun);
  const longGrams = ngrams(sourceTokens, options.maxRun);
  return (pageText) => {
    const tokens = pageTokens(pageText, options.allowed);
    const count = tokens.filter((token) => token !== BREAK).length;
    const runs = sharedRuns(tokens, shareGrams, options.shareRun);
    const sharedWords = runs.reduce((sum, run) => sum + run.length, 0);
    const longRuns = sharedRuns(tokens, longGrams, options.maxRun).map((run) => run.join(' '));
    const share = count === 0 ? 0 : sharedWords / count;
    return {
      words: count,
      sharedWords,
      share,
      longRuns,
      runs: runs.map((run) => run.join(' ')),
      ok: longRuns.length === 0 && share <= options.maxShare,
    };
  };
}

/** The project's limits (issue: "The story in our own words"). */
export const ORIGINALITY_LIMITS: Omit<OriginalityOptions, 'allowed'> = { maxRun: 8, shareRun: 6, maxShare: 0.1 };

/** Names the site may share with the source word for word: each is a name, not a sentence. */
export const ALLOWED_NAMES: readonly AllowedName[] = [
  { name: 'Ukraine Defense Contact Group', reason: 'the proper name of the multinational group' },
  { name: 'Under Secretary of Defense for Policy', reason: "Colin Kahl's official title" },
  { name: 'Undersecretary of Defense for Policy', reason: "Colin Kahl's official title, as the source spells it" },
  { name: 'Project for Media and National Security', reason: 'the proper name of the George Washington University programme' },
  { name: 'George Washington University', reason: 'a proper name' },
  { name: 'Wall Street Journal', reason: 'a proper name' },
];
