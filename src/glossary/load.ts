import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { glossaryEntrySchema, type GlossaryEntry } from './schema';

import { contentFolder } from '../i18n/content';
import type { Locale } from '../i18n/locales';

/** Path of the glossary, relative to the project root. */
export const GLOSSARY_PATH = 'content/glossary.yaml';

/** glossaryPath(locale) is a language's glossary: content/glossary.yaml, content/<locale>/glossary.yaml for another. */
export function glossaryPath(locale: Locale): string {
  return `content/${contentFolder(locale, 'glossary.yaml')}`;
}

/** A problem in the glossary, with the file and field it concerns in the message. */
export class GlossaryError extends Error {
  override name = 'GlossaryError';
}

/** The glossary: every entry by id, in file order. */
export type Glossary = ReadonlyMap<string, GlossaryEntry>;

function entryName(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'id' in raw ? JSON.stringify((raw as { id: unknown }).id) : '(no id)';
}

/**
 * parseGlossary(text, fileName) validates every entry of a glossary file.
 * Throws a GlossaryError naming the file, the entry and the field on any problem.
 */
export function parseGlossary(text: string, fileName: string = GLOSSARY_PATH): Glossary {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new GlossaryError(`${fileName}: not valid YAML: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) {
    throw new GlossaryError(`${fileName}: must be a YAML list of glossary entries`);
  }
  const glossary = new Map<string, GlossaryEntry>();
  data.forEach((raw, index) => {
    const result = glossaryEntrySchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(entry)';
      throw new GlossaryError(`${fileName}: entry ${index + 1} (id ${entryName(raw)}): field "${field}": ${issue.message}`);
    }
    if (glossary.has(result.data.id)) {
      throw new GlossaryError(`${fileName}: entry ${index + 1} (id "${result.data.id}"): field "id": duplicate id`);
    }
    glossary.set(result.data.id, result.data);
  });
  return glossary;
}

const cached = new Map<string, Glossary>();

/** Reads and validates a glossary from disk (cached per path for one build). */
export function loadGlossary(path: string = GLOSSARY_PATH): Glossary {
  let glossary = cached.get(path);
  if (!glossary) {
    glossary = parseGlossary(readFileSync(path, 'utf8'), path);
    cached.set(path, glossary);
  }
  return glossary;
}

/** Looks up a term, throwing an error that names the id and where it was asked for. */
export function requireTerm(glossary: Glossary, id: string, where: string, path: string = GLOSSARY_PATH): GlossaryEntry {
  const entry = glossary.get(id);
  if (!entry) {
    throw new GlossaryError(`${where}: unknown glossary term id "${id}" (no such entry in ${path})`);
  }
  return entry;
}
