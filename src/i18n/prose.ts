/**
 * Inline marks in the prose strings content keeps in YAML (glossary definitions, teacher notes, ledger notes),
 * where MDX's <SourceQuote> and <span lang="en"> cannot be written:
 *
 * - `[[our translation|the source's exact English]]`: a short quote, shown as our translation with the source's
 *   words beside it (rendered by <SourceQuote>, which checks the English stands in the article word for word);
 * - `[[en:English words]]`: words left in English (a proper name, a spelling), marked lang="en".
 */
export type ProsePart =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; ours: string; original: string }
  | { kind: 'english'; text: string };

const MARK = /\[\[([^[\]]*)\]\]/g;

/** proseParts(text, where) cuts `text` at its marks; a malformed or unclosed mark fails naming `where`. */
export function proseParts(text: string, where: string): ProsePart[] {
  const parts: ProsePart[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    last = match.index + match[0].length;
    const inside = match[1]!;
    if (inside.startsWith('en:')) {
      const words = inside.slice(3).trim();
      if (!words) throw new Error(`${where}: "[[en:]]" has no English words in it`);
      parts.push({ kind: 'english', text: words });
      continue;
    }
    const bar = inside.indexOf('|');
    const ours = inside.slice(0, bar).trim();
    const original = inside.slice(bar + 1).trim();
    if (bar < 0 || !ours || !original || original.includes('|')) {
      throw new Error(`${where}: "${match[0]}" must be [[our translation|the source's English]] or [[en:English words]]`);
    }
    parts.push({ kind: 'quote', ours, original });
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  const stray = parts.find((part) => part.kind === 'text' && /\[\[|\]\]/.test(part.text));
  if (stray) throw new Error(`${where}: an unclosed or nested "[[ ]]" mark in: ${text}`);
  return parts;
}
