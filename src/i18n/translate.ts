import { LOCALES, type Locale } from './locales';

/** A flat dictionary: key → template ("{count} of {total}"). */
export type Dictionary = Readonly<Record<string, string>>;

/** Values for a template's {placeholders}. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/** A missing key, placeholder or language, named so the build stops at the right place. */
export class TranslationError extends Error {
  override name = 'TranslationError';
}

/**
 * fillTemplate(template, values, where) replaces every {name} with its value; a placeholder with
 * no value, or a value no placeholder uses, is an error naming `where`.
 */
export function fillTemplate(template: string, values: TemplateValues, where: string): string {
  const used = new Set<string>();
  const out = template.replace(/\{([a-zA-Z][\w:-]*)\}/g, (_, name: string) => {
    if (!(name in values)) throw new TranslationError(`${where}: no value for {${name}} in "${template}"`);
    used.add(name);
    return String(values[name]);
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new TranslationError(`${where}: "${template}" has no placeholder for ${unused.map((n) => `{${n}}`).join(', ')}`);
  return out;
}

/**
 * checkDictionaries(name, byLocale) makes sure every language has exactly the keys of the first
 * (the default language) and no empty text; it throws naming the dictionary, the key and the language.
 */
export function checkDictionaries(
  name: string,
  byLocale: Readonly<Record<string, Readonly<Record<string, string>>>>,
  locales: readonly string[] = LOCALES,
): void {
  const reference = byLocale[locales[0]!];
  if (!reference) throw new TranslationError(`${name}: no dictionary for the default language "${locales[0]}"`);
  const keys = Object.keys(reference);
  for (const locale of locales) {
    const dictionary = byLocale[locale];
    if (!dictionary) throw new TranslationError(`${name}: no dictionary for language "${locale}"`);
    for (const key of keys) {
      if (typeof dictionary[key] !== 'string') throw new TranslationError(`${name}: missing key "${key}" for language "${locale}"`);
      if (dictionary[key].trim() === '') throw new TranslationError(`${name}: empty text for key "${key}" in language "${locale}"`);
    }
    for (const key of Object.keys(dictionary)) {
      if (!(key in reference)) throw new TranslationError(`${name}: key "${key}" in language "${locale}" is not in "${locales[0]}"`);
    }
  }
}

/** A translator for one language: t(key, values?) → text. */
export type Translate<Key extends string> = (key: Key, values?: TemplateValues) => string;

/**
 * translator(name, byLocale, locale) checks the dictionaries once and returns t() for `locale`,
 * which throws on an unknown key (naming the key, the dictionary and the language).
 */
export function translator<Key extends string>(
  name: string,
  byLocale: Readonly<Record<string, Readonly<Record<Key, string>>>>,
  locale: Locale,
): Translate<Key> {
  checkDictionaries(name, byLocale);
  const dictionary = byLocale[locale]!;
  return (key, values = {}) => {
    const template = dictionary[key];
    if (typeof template !== 'string') throw new TranslationError(`${name}: missing key "${key}" for language "${locale}"`);
    return fillTemplate(template, values, `${name} "${key}" (${locale})`);
  };
}

/** The {fact:<id>} placeholders of a template: ledger ids whose display text the words quote. */
export function factPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{fact:([a-z0-9-]+)\}/g)].map((match) => match[1]!);
}
