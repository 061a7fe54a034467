import { getEntry, render, type CollectionEntry } from 'astro:content';
import type { Locale } from './locales';
import { pageContentPath, pageEntryKey, unknownProps } from './content';

/**
 * pageContent(name, locale) is the prose of one page in one language, from the `pages` collection:
 * content/pages/<name>.mdx for the default language, content/<locale>/pages/<name>.mdx for another.
 * A language without the file fails the build, naming the file it needs.
 */
export async function pageContent(name: string, locale: Locale): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', pageEntryKey(name, locale));
  if (!entry) throw new Error(`${pageContentPath(name, locale)}: missing; the "${name}" page text is needed in every language (${locale} has none)`);
  return entry;
}

/** What pageProse() gives a page: the prose as a component, and the values to render it with (`<Content {...values} />`). */
export interface PageProse<Values extends Record<string, unknown>> {
  Content: Awaited<ReturnType<typeof render>>['Content'];
  values: Values;
}

/**
 * pageProse(name, locale, values) renders a page's prose (pageContent) and checks that every {props.<name>}
 * its file writes is one of `values`, so a misspelt value fails the build, naming the file, instead of
 * leaving a gap in the page.
 */
export async function pageProse<Values extends Record<string, unknown>>(name: string, locale: Locale, values: Values = {} as Values): Promise<PageProse<Values>> {
  const entry = await pageContent(name, locale);
  if (entry.body === undefined) throw new Error(`${pageContentPath(name, locale)}: its text did not load, so its {props.…} cannot be checked`);
  const unknown = unknownProps(entry.body, values);
  if (unknown.length > 0) {
    const given = Object.keys(values);
    throw new Error(`${pageContentPath(name, locale)}: ${unknown.map((used) => `{props.${used}}`).join(', ')} is not given by its page (it gives ${given.length > 0 ? given.join(', ') : 'no values'})`);
  }
  const { Content } = await render(entry);
  return { Content, values };
}

/**
 * ledgerNotes(locale) is what each ledger figure does and does not say beyond its quote, in one language:
 * content/pages/ledger-notes.yaml (content/<locale>/pages/ledger-notes.yaml). A missing file fails the build, naming it.
 */
export async function ledgerNotes(locale: Locale): Promise<CollectionEntry<'ledgerNotes'>['data'] & { file: string }> {
  const file = pageContentPath('ledger-notes', locale, 'yaml');
  const entry = await getEntry('ledgerNotes', pageEntryKey('ledger-notes', locale));
  if (!entry) throw new Error(`${file}: missing; the sources page needs its notes on the figures in every language (${locale} has none)`);
  return { ...entry.data, file };
}
