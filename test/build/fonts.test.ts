import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { EDITION_FONTS, editionText, fontFile, fontWeights, languageName, localesWithFonts, nameFontFile } from '../../src/fonts/edition';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/i18n/locales';
import { OG_CARD } from '../../src/og/card';
import { parseBudgets, withinBudget } from '../bench/budgets';
import { builtPages, htmlFileOf } from '../support/crawl';
import { DIST_DIR, PROJECT_ROOT, languagePrefix } from '../support/paths';
import { pngPixels } from '../support/png';

const pages = builtPages(DIST_DIR);
const languageOf = (page: string): Locale => (languagePrefix(page).replace('/', '') || DEFAULT_LOCALE) as Locale;
const read = (page: string): HTMLElement => parse(readFileSync(join(DIST_DIR, htmlFileOf(page)), 'utf8'));

/** Everything a page can show as text: its text (SVG labels included) and the labels read out or shown on hover. */
function shownText(node: Node): string {
  if (node.nodeType === 3) return node.text;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase();
  if (tag === 'script' || tag === 'style') return '';
  const labels = ['aria-label', 'alt', 'title', 'placeholder', 'content'].map((name) => element.getAttribute?.(name) ?? '');
  return [...labels, ...element.childNodes.map(shownText)].join(' ');
}

/** The font of one weight of a language, as built. */
const builtFont = (locale: Locale, weight: number) => fontkit.create(readFileSync(join(DIST_DIR, 'fonts', fontFile(locale, weight)))) as fontkit.Font;

const budgets = parseBudgets(JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/bench/budgets.json'), 'utf8')));

describe('the fonts the site serves itself (src/fonts/edition.ts)', () => {
  it('serve Korean, the language readers’ machines (and ours) most often lack', () => {
    expect(localesWithFonts()).toContain('ko');
  });

  for (const locale of localesWithFonts()) {
    const weights = fontWeights(EDITION_FONTS[locale]!);

    it(`${locale}: every character its pages show that the full font has is in the served font, in every weight`, () => {
      const shown = new Set<string>();
      for (const page of pages.filter((path) => languageOf(path) === locale)) for (const character of shownText(read(page))) if (/\S/u.test(character)) shown.add(character);
      expect(shown.size).toBeGreaterThan(300);
      for (const weight of weights) {
        const full = new Set((fontkit.create(readFileSync(EDITION_FONTS[locale]!.weights[weight]!)) as fontkit.Font).characterSet);
        const covered = new Set(builtFont(locale, weight).characterSet);
        const dropped = [...shown].filter((character) => full.has(character.codePointAt(0)!) && !covered.has(character.codePointAt(0)!));
        expect(dropped, `${fontFile(locale, weight)} lacks characters its pages show`).toEqual([]);
        // What the full font lacks (arrows, say) falls back to the reader's fonts; none of it may be Hangul.
        const lacking = [...shown].filter((character) => !full.has(character.codePointAt(0)!));
        expect(lacking.filter((character) => /\p{Script=Hangul}/u.test(character))).toEqual([]);
      }
    });

    it(`${locale}: its font is cut down to the edition's characters, within the font budget`, () => {
      const edition = new Set([...editionText(locale)].map((character) => character.codePointAt(0)!));
      let bytes = 0;
      for (const weight of weights) {
        const font = builtFont(locale, weight);
        // The full font has over 11,000 characters; the subset has only characters the edition's text holds.
        expect(font.characterSet.filter((code: number) => code > 0x20 && code !== 0xffff && !edition.has(code))).toEqual([]);
        expect(font.characterSet.length).toBeLessThan(2000);
        bytes += readFileSync(join(DIST_DIR, 'fonts', fontFile(locale, weight))).length;
      }
      const budget = budgets.find((entry) => entry.metric === 'font-bytes' && (entry.pages === undefined || entry.pages.includes(locale)));
      expect(budget, `test/bench/budgets.json has no "font-bytes" budget for ${locale}`).toBeDefined();
      expect(withinBudget(bytes, budget!), `${locale} fonts are ${bytes} B, budget ${budget!.max} B`).toBe(true);
    });
  }

  it("is linked, with its weights preloaded, by every page of its language; other languages' pages link only its name's font, for their language switch", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const locale = languageOf(page);
      const html = read(page);
      const sheets = html.querySelectorAll('link[rel="stylesheet"][href*="/fonts/"]').map((link) => link.getAttribute('href'));
      const preloads = html.querySelectorAll('link[rel="preload"][as="font"]').map((link) => link.getAttribute('href'));
      const font = EDITION_FONTS[locale];
      // A page with the language switch names each other language in its own script: that name's font comes too.
      const named = html.querySelector('[data-language-switch]') ? localesWithFonts().filter((other) => other !== locale) : [];
      const expectedSheets = [...(font ? [`/fonts/${locale}.css`] : []), ...named.map((other) => `/fonts/${other}-name.css`)];
      const expectedPreloads = font ? fontWeights(font).map((weight) => `/fonts/${fontFile(locale, weight)}`) : [];
      if (JSON.stringify(sheets.map((href) => href!.replace(/^.*\/fonts\//, '/fonts/'))) !== JSON.stringify(expectedSheets)) problems.push(`${page}: font style sheets ${JSON.stringify(sheets)}`);
      if (JSON.stringify(preloads.map((href) => href!.replace(/^.*\/fonts\//, '/fonts/'))) !== JSON.stringify(expectedPreloads)) problems.push(`${page}: font preloads ${JSON.stringify(preloads)}`);
    }
    expect(problems).toEqual([]);
    for (const locale of localesWithFonts()) {
      const css = readFileSync(join(DIST_DIR, 'fonts', `${locale}.css`), 'utf8');
      for (const weight of fontWeights(EDITION_FONTS[locale]!)) {
        expect(css).toContain(`url('./${fontFile(locale, weight)}')`);
        expect(existsSync(join(DIST_DIR, 'fonts', fontFile(locale, weight)))).toBe(true);
      }
    }
  });
});

describe("a language's name in the other languages' switch", () => {
  for (const locale of localesWithFonts()) {
    it(`${locale}: other languages' pages write “${languageName(locale)}” in a font of a kilobyte or two that has its letters and no others, in its own family`, () => {
      const file = join(DIST_DIR, 'fonts', nameFontFile(locale));
      const font = fontkit.create(readFileSync(file)) as fontkit.Font;
      const letters = [...new Set(languageName(locale).replace(/\s/gu, ''))].map((character) => character.codePointAt(0)!);
      expect(letters.length).toBeGreaterThan(0);
      expect(font.characterSet.filter((code: number) => code > 0x20 && code !== 0xffff).sort()).toEqual([...letters].sort());
      expect(readFileSync(file).length).toBeLessThan(4096);
      const css = readFileSync(join(DIST_DIR, 'fonts', `${locale}-name.css`), 'utf8');
      expect(css).toContain(`font-family: '${EDITION_FONTS[locale]!.family}'`);
      expect(css).toContain(`url('./${nameFontFile(locale)}')`);
      // Each switch link to this language on another language's page is marked with its language, which the sheet's rule selects.
      const switches = pages.filter((page) => languageOf(page) !== locale).flatMap((page) => read(page).querySelectorAll(`[data-language-switch][hreflang]`));
      expect(switches.length).toBeGreaterThan(0);
      for (const link of switches) expect(link.classList.contains('language-switch') && link.getAttribute('lang')).toBe(css.match(/:lang\(([^)]+)\)/)![1]);
    });
  }
});

describe("each language's social card", () => {
  it.each(LOCALES.map((locale) => [locale]))('%s: shows its tagline (text drawn in the tagline’s place)', (locale) => {
    const card = pngPixels(readFileSync(join(DIST_DIR, locale === DEFAULT_LOCALE ? '' : locale, OG_CARD.path)));
    // The tagline sits at x 72–660, y 250–420, over the faded background; only type is dark there.
    let dark = 0;
    for (let y = 250; y < 420; y++) {
      for (let x = 72; x < 660; x++) {
        const index = (y * card.width + x) * 4;
        const luminance = 0.2126 * card.rgba[index]! + 0.7152 * card.rgba[index + 1]! + 0.0722 * card.rgba[index + 2]!;
        if (luminance < 140) dark += 1;
      }
    }
    expect(dark, `${locale}: dark pixels in the tagline's place`).toBeGreaterThan(3000);
  });
});

describe('step pictures (graphics/<graphic>/<state>.svg) in a language with a font of its own', () => {
  const svgText = (svg: string) => svg.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
  it.each(localesWithFonts().map((locale) => [locale]))('%s: each carries its own cut of the font, with every letter it writes (an SVG shown as an image cannot use the page’s fonts)', (locale) => {
    const folder = join(DIST_DIR, locale === DEFAULT_LOCALE ? '' : locale, 'graphics');
    const files = readdirRecursive(folder).filter((file) => file.endsWith('.svg'));
    expect(files.length).toBeGreaterThan(5);
    const family = EDITION_FONTS[locale]!.family;
    for (const file of files) {
      const svg = readFileSync(join(folder, file), 'utf8');
      const faces = [...svg.matchAll(/@font-face\s*\{[^}]*font-family:\s*'([^']+)'[^}]*font-weight:\s*(\d+)[^}]*url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)];
      expect(faces.map((face) => `${face[1]} ${face[2]}`).sort(), file).toEqual(fontWeights(EDITION_FONTS[locale]!).map((weight) => `${family} ${weight}`).sort());
      expect(svg, `${file}: its labels ask for the font first`).toMatch(new RegExp(`--font-ui:\\s*'${family}'`));
      const font = fontkit.create(Buffer.from(faces[0]![3]!, 'base64')) as fontkit.Font;
      const missing = [...new Set(svgText(svg))].filter((character) => /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(character) && !font.hasGlyphForCodePoint(character.codePointAt(0)!));
      expect(missing, `${file}: Hangul it writes that its font lacks`).toEqual([]);
    }
  });
});

/** Every file under a folder, as paths relative to it. */
function readdirRecursive(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => statSync(join(folder, name)).isFile());
}
