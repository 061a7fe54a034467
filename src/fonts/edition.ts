import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { LANGUAGE_TAGS, LOCALES, type Locale } from '../i18n/locales';
import { siteWords } from '../i18n/site';

/**
 * The fonts the site serves itself, per language: a language whose script readers' machines may lack (Korean on
 * most non-Korean systems, and on this project's own build machines) gets a font of its own, subset at build
 * time to the characters its edition uses, so no page asks a third party for a font and none shows empty boxes.
 * English uses the reader's system fonts (src/styles/theme.css).
 */
export interface EditionFont {
  /** The family name pages ask for (its @font-face rules, /fonts/<locale>.css). */
  family: string;
  /** The family name written inside the font files, by which the social card's rasteriser (resvg) finds them. */
  fileFamily: string;
  /** The full font file of each weight served, from an npm package (any format hb-subset reads: TTF, WOFF, WOFF2). */
  weights: Readonly<Record<number, string>>;
}

const require = createRequire(import.meta.url);

export const EDITION_FONTS: Partial<Record<Locale, EditionFont>> = {
  // Noto Sans KR (SIL Open Font License 1.1), by way of @fontsource/noto-sans-kr: Hangul, Latin and punctuation.
  ko: {
    family: 'Roundabout Noto Sans KR',
    // fontsource's files name their family so (with weights 400 and 700 in OS/2), whatever the weight.
    fileFamily: 'Noto Sans KR Thin',
    weights: {
      400: require.resolve('@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff2'),
      700: require.resolve('@fontsource/noto-sans-kr/files/noto-sans-kr-korean-700-normal.woff2'),
    },
  },
};

/** The weights a language's font is served in (400, 700), in the order EDITION_FONTS lists them. */
export const fontWeights = (font: EditionFont): number[] => Object.keys(font.weights).map(Number);

/** The languages that serve a font of their own. */
export const localesWithFonts = (): Locale[] => LOCALES.filter((locale) => EDITION_FONTS[locale] !== undefined);

/** The served file of one weight: "ko-400.woff2" (under /fonts/). */
export const fontFile = (locale: Locale, weight: number, format: 'woff2' | 'ttf' = 'woff2') => `${locale}-${weight}.${format}`;

/** editionFont(locale, where) is the language's font, or an error naming `where` for a language without one. */
export function editionFont(locale: Locale, where: string): EditionFont {
  const font = EDITION_FONTS[locale];
  if (!font) throw new Error(`${where}: language "${locale}" has no font of its own in src/fonts/edition.ts`);
  return font;
}

/** Every file under `folder`, recursively (a missing folder is an error naming it). */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/**
 * The text a language's edition can show: its content (content/<locale>/), its dictionary (src/i18n/<locale>.json),
 * every graphic's words and the ledger (which hold every language's words), the components' own marks, and printable ASCII for the English
 * quotes, names, numbers and URLs. A superset of what the pages show (comments and other languages' words come
 * along), so no character a page shows is ever missing from the font. Read once per build and language (every
 * weight and format of the font is cut to it).
 */
const editionTexts = new Map<string, string>();

export function editionText(locale: Locale, root: string = process.cwd()): string {
  const key = `${locale}\u0000${root}`;
  const known = editionTexts.get(key);
  if (known !== undefined) return known;
  const files = [
    ...filesUnder(join(root, 'content', locale)),
    join(root, 'src/i18n', `${locale}.json`),
    join(root, 'content/facts.yaml'),
    ...filesUnder(join(root, 'src/charts')).filter((path) => path.endsWith('words.json')),
    // Marks the code writes itself (the presentation's arrows, a scene's signs).
    ...filesUnder(join(root, 'src')).filter((path) => /\.(astro|ts)$/.test(path)),
  ];
  const ascii = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)).join('');
  const text = ascii + files.map((path) => readFileSync(path, 'utf8')).join('');
  editionTexts.set(key, text);
  return text;
}

const subsets = new Map<string, Promise<Buffer>>();

/**
 * subsetEditionFont(locale, weight, format) is the language's font of that weight, cut down to editionText(locale)
 * by HarfBuzz's hb-subset (through subset-font), as WOFF2 for pages or TrueType for the social card's rasteriser
 * (resvg reads no WOFF2). Computed once per build.
 */
export function subsetEditionFont(locale: Locale, weight: number, format: 'woff2' | 'truetype', text?: { name: string; characters: string }): Promise<Buffer> {
  const key = `${locale}-${weight}-${format}-${text?.name ?? 'edition'}`;
  const known = subsets.get(key);
  if (known) return known;
  const font = editionFont(locale, 'subsetEditionFont');
  const file = font.weights[weight];
  if (!file) throw new Error(`src/fonts/edition.ts: language "${locale}" has no weight ${weight} (it has ${fontWeights(font).join(', ')})`);
  const subset = subsetFont(readFileSync(file), text?.characters ?? editionText(locale), { targetFormat: format });
  subsets.set(key, subset);
  return subset;
}

/**
 * The font picture files are rasterised in, in every language: Noto Sans KR, served for the Korean edition, also
 * has Latin letters, digits and the punctuation the graphics use, so a PNG has the same letters whichever machine
 * built it (resvg is given no system fonts for them). PICTURE_FONT.locale names the edition whose font it is.
 */
export const PICTURE_FONT = { locale: 'ko' as Locale } as const;

/** The family name inside the picture font's files, by which resvg finds them. */
export const pictureFontFamily = (): string => editionFont(PICTURE_FONT.locale, 'pictureFontFamily').fileFamily;

/**
 * pictureFontFiles(characters, folder) writes the picture font, cut to `characters` (every picture's text), as
 * TrueType files into `folder` for resvg, and returns their paths and the family name inside them.
 */
export async function pictureFontFiles(characters: string, folder: string): Promise<{ files: string[]; family: string }> {
  const font = editionFont(PICTURE_FONT.locale, 'pictureFontFiles');
  mkdirSync(folder, { recursive: true });
  const files = await Promise.all(
    fontWeights(font).map(async (weight) => {
      const path = join(folder, `picture-${weight}.ttf`);
      writeFileSync(path, await subsetEditionFont(PICTURE_FONT.locale, weight, 'truetype', { name: 'pictures', characters }));
      return path;
    }),
  );
  return { files, family: font.fileFamily };
}

/** The @font-face rules of a language's font, its files named relative to the style sheet (so any base path works). */
export function fontFaceCss(locale: Locale): string {
  const font = editionFont(locale, 'fontFaceCss');
  return fontWeights(font)
    .map(
      (weight) =>
        `@font-face {\n  font-family: '${font.family}';\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: swap;\n  src: url('./${fontFile(locale, weight)}') format('woff2');\n}\n`,
    )
    .join('\n');
}

/**
 * Every other language's pages name this language in its own script, in the language switch ("한국어" on an English
 * page), where the reader's machine may have no font for it. They get the name alone, cut from the language's font
 * (about a kilobyte): /fonts/<locale>-name.woff2, with its @font-face rule and the switch's font in
 * /fonts/<locale>-name.css. The rule uses the language's own family name, so on its own pages the whole font is used.
 */
export const nameFontFile = (locale: Locale): string => `${locale}-name.woff2`;

/** The characters of a language's name as its switch link writes it (the dictionary's language.name). */
export const languageName = (locale: Locale): string => siteWords(locale)('language.name');

/** The CSS of /fonts/<locale>-name.css (see nameFontFile). */
export function nameFontCss(locale: Locale): string {
  const font = editionFont(locale, 'nameFontCss');
  const weight = fontWeights(font)[0]!;
  return (
    `@font-face {\n  font-family: '${font.family}';\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: swap;\n  src: url('./${nameFontFile(locale)}') format('woff2');\n}\n\n` +
    `.language-switch:lang(${LANGUAGE_TAGS[locale]}) {\n  font-family: '${font.family}', var(--font-ui);\n  font-weight: ${weight};\n}\n`
  );
}

/**
 * editionFontFiles(locale, folder) writes the language's subset fonts as TrueType into `folder` for resvg, which
 * loads fonts from files only, and returns their paths (none for a language without a font of its own).
 */
export async function editionFontFiles(locale: Locale, folder: string): Promise<string[]> {
  const font = EDITION_FONTS[locale];
  if (!font) return [];
  mkdirSync(folder, { recursive: true });
  return Promise.all(
    fontWeights(font).map(async (weight) => {
      const path = join(folder, fontFile(locale, weight, 'ttf'));
      writeFileSync(path, await subsetEditionFont(locale, weight, 'truetype'));
      return path;
    }),
  );
}

/**
 * embeddedFontCss(locale, characters, name) is CSS that sets a stand-alone SVG in the language's own font: its
 * @font-face rules with the font cut to `characters` and written in as data: URLs (an SVG shown as an image loads
 * nothing from outside itself, and cannot use the page's fonts), and --font-ui led by that font. Empty for a
 * language without a font of its own. `name` keys the cut font within the build.
 */
export async function embeddedFontCss(locale: Locale, characters: string, name: string, fontUi: string): Promise<string> {
  const font = EDITION_FONTS[locale];
  if (!font) return '';
  const faces = await Promise.all(
    fontWeights(font).map(async (weight) => {
      const bytes = await subsetEditionFont(locale, weight, 'woff2', { name, characters });
      return `@font-face { font-family: '${font.family}'; font-style: normal; font-weight: ${weight}; src: url(data:font/woff2;base64,${bytes.toString('base64')}) format('woff2'); }`;
    }),
  );
  return `${faces.join('\n')}\n:root { --font-ui: '${font.family}', ${fontUi}; }`;
}
