import type { GlossaryEntry } from './schema';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * termPattern(entry) matches the term or any of its forms as whole words, case-insensitively,
 * with an optional plural "s" ("howitzer" matches "Howitzers"), so the first use can be found.
 */
export function termPattern(entry: Pick<GlossaryEntry, 'term' | 'forms'>): RegExp {
  const forms = [entry.term, ...(entry.forms ?? [])]
    .sort((a, b) => b.length - a.length)
    .map((form) => escapeRegExp(form).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})s?(?![\\p{L}\\p{N}])`, 'iu');
}
