/** Hangul, CJK and full-width forms: about twice as wide as an average Latin letter. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/u;

/** textWidth(text) is its width in average Latin letters: a wide (Hangul, CJK) character counts two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/**
 * wrapWords(text, maxChars) breaks text into lines at most maxChars average Latin letters wide (textWidth: a
 * Hangul syllable counts two), never splitting a word.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && textWidth(line) + 1 + textWidth(word) > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
