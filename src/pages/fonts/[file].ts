import type { APIRoute, GetStaticPaths } from 'astro';
import { EDITION_FONTS, fontFaceCss, fontFile, fontWeights, localesWithFonts, subsetEditionFont } from '../../fonts/edition';
import type { Locale } from '../../i18n/locales';

/**
 * /fonts/<locale>-<weight>.woff2, the subset font of each weight of each language that has one, and
 * /fonts/<locale>.css, its @font-face rules (linked by that language's pages: src/layouts/).
 */
export const getStaticPaths = (() =>
  localesWithFonts().flatMap((locale) => [
    { params: { file: `${locale}.css` }, props: { locale, weight: undefined } },
    ...fontWeights(EDITION_FONTS[locale]!).map((weight) => ({ params: { file: fontFile(locale, weight) }, props: { locale, weight } })),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale, weight } = props as { locale: Locale; weight: number | undefined };
  if (weight === undefined) return new Response(fontFaceCss(locale), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  const font = await subsetEditionFont(locale, weight, 'woff2');
  return new Response(new Uint8Array(font), { headers: { 'Content-Type': 'font/woff2' } });
};
