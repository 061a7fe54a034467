import type { APIRoute, GetStaticPaths } from 'astro';
import { EDITION_FONTS, fontFaceCss, fontFile, fontWeights, languageName, localesWithFonts, nameFontCss, nameFontFile, subsetEditionFont } from '../../fonts/edition';
import type { Locale } from '../../i18n/locales';

/**
 * /fonts/<locale>-<weight>.woff2, the subset font of each weight of each language that has one, and
 * /fonts/<locale>.css, its @font-face rules (linked by that language's pages: src/layouts/), and the language's
 * name alone for the other languages' switch, /fonts/<locale>-name.woff2 and .css (see nameFontFile).
 */
export const getStaticPaths = (() =>
  localesWithFonts().flatMap((locale) => [
    { params: { file: `${locale}.css` }, props: { locale, weight: undefined } },
    { params: { file: `${locale}-name.css` }, props: { locale, weight: undefined, name: 'css' } },
    { params: { file: nameFontFile(locale) }, props: { locale, weight: undefined, name: 'woff2' } },
    ...fontWeights(EDITION_FONTS[locale]!).map((weight) => ({ params: { file: fontFile(locale, weight) }, props: { locale, weight } })),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale, weight, name } = props as { locale: Locale; weight: number | undefined; name?: 'css' | 'woff2' };
  if (name === 'css') return new Response(nameFontCss(locale), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  if (name === 'woff2') {
    const font = EDITION_FONTS[locale]!;
    const cut = await subsetEditionFont(locale, fontWeights(font)[0]!, 'woff2', { name: 'language-name', characters: languageName(locale) });
    return new Response(new Uint8Array(cut), { headers: { 'Content-Type': 'font/woff2' } });
  }
  if (weight === undefined) return new Response(fontFaceCss(locale), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  const font = await subsetEditionFont(locale, weight, 'woff2');
  return new Response(new Uint8Array(font), { headers: { 'Content-Type': 'font/woff2' } });
};
