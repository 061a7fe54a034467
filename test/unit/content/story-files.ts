import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChapters } from '../../support/content';
import { PROJECT_ROOT } from '../../support/paths';

/** One MDX file of the story as written: the summary or a chapter body. */
export interface StoryFile {
  file: string;
  body: string;
}

/** The summary, then every chapter body, in story order. */
export function readStoryFiles(): StoryFile[] {
  const summary = { file: 'content/summary.mdx', body: readFileSync(join(PROJECT_ROOT, 'content/summary.mdx'), 'utf8') };
  return [summary, ...readChapters().map(({ file, body }) => ({ file, body }))];
}

/** The vendored source article, whitespace collapsed. */
export function readArticle(): string {
  return collapse(readFileSync(join(PROJECT_ROOT, 'content/sources/article.txt'), 'utf8'));
}

/** Collapses runs of whitespace to single spaces. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The words of an MDX body: imports and JSX tags removed (a tag's children stay), whitespace collapsed. */
export function proseWords(body: string): string {
  return collapse(body.replace(/^import .*$/gm, ' ').replace(/<[^>]+>/g, ''));
}

/** Every <Fact> citation in an MDX body, in order, with whether it passes `bare`. */
export function factCitations(body: string): { id: string; bare: boolean }[] {
  return [...body.matchAll(/<Fact\b([^>]*?)\/>/g)].map((match) => {
    const attributes = match[1]!;
    const id = /\bid="([^"]+)"/.exec(attributes)?.[1] ?? '';
    return { id, bare: /\bbare\b/.test(attributes) };
  });
}

/** Every <Term id="…"> in an MDX body, in order. */
export function termCitations(body: string): string[] {
  return [...body.matchAll(/<Term\b[^>]*?\bid="([^"]+)"/g)].map((match) => match[1]!);
}

/** The text inside each pair of curly double quotes (“…”), whitespace collapsed. */
export function quotations(text: string): string[] {
  return [...collapse(text).matchAll(/“([^”]+)”/g)].map((match) => match[1]!);
}

/** Slips of the source article that the retelling must not copy, each as a pattern. */
export const ARTICLE_SLIPS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'the doubled "to to"', pattern: /\bto\s+to\b/i },
  { name: 'the garbled "howitzers. mm"', pattern: /howitzers\.\s*mm\b/i },
  { name: 'the mangled "project for the media"', pattern: /project\s+for\s+the\s+media/i },
];
