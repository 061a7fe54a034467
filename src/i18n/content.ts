import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';

/** The folder, under content/, that holds each language's page prose: content/pages/, content/<locale>/pages/. */
const PAGES_FOLDER = 'pages';

/** pagesFolder(locale) is the folder of a language's page prose relative to content/: "pages" or "ko/pages". */
export function pagesFolder(locale: Locale): string {
  return contentFolder(locale, PAGES_FOLDER);
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

/** contentFolder(locale, folder) is a language's copy of a content folder relative to content/: "chapters", "ko/chapters". */
export function contentFolder(locale: Locale, folder: string): string {
  return locale === DEFAULT_LOCALE ? folder : `${locale}/${folder}`;
}

/** chapterPatterns(locales) are the glob patterns, relative to content/, of every language's chapters. */
export function chapterPatterns(locales: readonly Locale[] = LOCALES): string[] {
  return locales.map((locale) => `${contentFolder(locale, 'chapters')}/*.mdx`);
}

/**
 * chapterEntryId(entry, locales) turns a chapter's path relative to content/ ("chapters/01-the-shortage.mdx",
 * "ko/chapters/01-the-shortage.mdx") into its collection id: the file name in the default language
 * ("01-the-shortage"), prefixed with its language in another ("ko/01-the-shortage").
 */
export function chapterEntryId(entry: string, locales: readonly Locale[] = LOCALES): string {
  const parts = entry.replace(/\.mdx$/, '').split('/');
  const [first] = parts;
  const locale = locales.find((other) => other !== DEFAULT_LOCALE && other === first);
  const inFolder = locale ? parts.slice(1) : parts;
  if (inFolder.length !== 2 || inFolder[0] !== 'chapters') throw new Error(`content/${entry}: a chapter belongs in content/chapters/ or content/<language>/chapters/`);
  return locale ? `${locale}/${inFolder[1]}` : inFolder[1]!;
}

/** chapterLocale(id) is the language of a chapter entry, from its id (chapterEntryId). */
export function chapterLocale(id: string, locales: readonly Locale[] = LOCALES): Locale {
  const prefix = id.includes('/') ? id.slice(0, id.indexOf('/')) : DEFAULT_LOCALE;
  const locale = locales.find((other) => other === prefix);
  if (!locale) throw new Error(`chapter "${id}": content/${prefix}/ is not a language of the site (src/i18n/locales.ts)`);
  return locale;
}

/** chapterFile(id) is the chapter's name without its language: "ko/01-the-shortage" → "01-the-shortage". */
export function chapterFile(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/**
 * contentModule(modules, locale, file) picks a language's copy of a content file ("summary.mdx",
 * "teachers/guide.mdx") from an import.meta.glob over content/ whose keys end in "content/<path>".
 * A language without its copy fails the build, naming the file it needs.
 */
export function contentModule<Module>(modules: Record<string, Module>, locale: Locale, file: string): Module {
  const path = `content/${contentFolder(locale, file)}`;
  const key = Object.keys(modules).find((candidate) => candidate.endsWith(`/${path}`) || candidate === path);
  if (key === undefined) throw new Error(`${path}: missing; content/${file} is needed in every language (${locale} has none)`);
  return modules[key]!;
}
