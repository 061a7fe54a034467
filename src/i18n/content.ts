import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** The folder, under content/, that holds each language's page prose: content/pages/, content/<locale>/pages/. */
const PAGES_FOLDER = 'pages';

/** pagesFolder(locale) is the folder of a language's page prose relative to content/: "pages" or "ko/pages". */
export function pagesFolder(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? PAGES_FOLDER : `${locale}/${PAGES_FOLDER}`;
}

/** pagePatterns(file, locales) are the glob patterns, relative to content/, of `file` ("**\/*.mdx") in every language's pages folder. */
export function pagePatterns(file: string, locales: readonly Locale[] = LOCALES): string[] {
  return locales.map((locale) => `${pagesFolder(locale)}/${file}`);
}

/** pageEntryKey(name, locale) is the collection id of a page's content in a language: "en/credits", "ko/credits". */
export function pageEntryKey(name: string, locale: Locale): string {
  return `${locale}/${name}`;
}

/** pageContentPath(name, locale, extension) is the project-relative file of that content: "content/ko/pages/credits.mdx". */
export function pageContentPath(name: string, locale: Locale, extension = 'mdx'): string {
  return `content/${pagesFolder(locale)}/${name}.${extension}`;
}

/**
 * pageEntryId(entry, locales) turns a file path relative to content/ ("pages/credits.mdx", "ko/pages/credits.mdx")
 * into its collection id ("en/credits", "ko/credits"), so every language's file of a page has the same name
 * after its language. A path outside a pages folder (or in a folder of no site language) is an error naming it.
 */
export function pageEntryId(entry: string, locales: readonly Locale[] = LOCALES): string {
  const [first, ...rest] = entry.split('/');
  const locale = locales.find((other) => other !== DEFAULT_LOCALE && other === first) ?? DEFAULT_LOCALE;
  const inFolder = locale === DEFAULT_LOCALE ? [first, ...rest] : rest;
  if (inFolder[0] !== PAGES_FOLDER || inFolder.length < 2) {
    throw new Error(`content/${entry}: page content belongs in content/${PAGES_FOLDER}/ or content/<language>/${PAGES_FOLDER}/`);
  }
  return pageEntryKey(inFolder.slice(1).join('/').replace(/\.[^./]+$/, ''), locale);
}

/** unknownProps(body, values) lists the {props.<name>} an MDX body reads that `values` does not give, once each. */
export function unknownProps(body: string, values: Readonly<Record<string, unknown>>): string[] {
  const used = new Set([...body.matchAll(/\bprops\.([A-Za-z_$][\w$]*)/g)].map((match) => match[1]!));
  return [...used].filter((name) => !Object.hasOwn(values, name));
}
