/** A run of four or more English words: what "inline English" looks like in markup. */
export const ENGLISH_RUN = /[A-Za-z]+(?: [A-Za-z]+){3,}/;

/** `text` with every balanced {…} at the top level cut out; the cut expressions are returned beside it. */
function splitExpressions(text: string): { outside: string; expressions: string[] } {
  let outside = '';
  const expressions: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '{') {
      if (depth === 0) start = index + 1;
      depth += 1;
    } else if (char === '}' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        expressions.push(text.slice(start, index));
        outside += ' ';
      }
    } else if (depth === 0) {
      outside += char;
    }
  }
  return { outside, expressions };
}

/**
 * The words an .astro file writes into its page by itself: the template's text and attribute values, and, inside
 * its {…} expressions, the text of their JSX and their string literals. Left out: the frontmatter (code), <style>,
 * <script>, HTML comments and JSX comments.
 */
export function writtenWords(astro: string): string[] {
  const template = astro
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/<style\b[\s\S]*?<\/style>/g, ' ')
    .replace(/<script\b[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  const found: string[] = [];
  const visit = (text: string, inExpression: boolean) => {
    const { outside, expressions } = splitExpressions(text);
    if (inExpression) {
      const code = outside.replace(/\/\*[\s\S]*?\*\//g, ' ');
      for (const match of code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`$]*)`/g)) found.push(match[1] ?? match[2] ?? match[3] ?? '');
      for (const match of code.matchAll(/>([^<>]*)</g)) found.push(match[1]!);
    } else {
      found.push(outside);
    }
    for (const expression of expressions) visit(expression, true);
  };
  visit(template, false);
  return found;
}

/** inlineEnglish(astro) lists every run of four or more English words the file writes itself, whitespace collapsed. */
export function inlineEnglish(astro: string): string[] {
  return writtenWords(astro)
    .map((text) => text.replace(/\s+/g, ' '))
    .flatMap((text) => [...text.matchAll(new RegExp(ENGLISH_RUN.source, 'g'))].map((match) => match[0]));
}
