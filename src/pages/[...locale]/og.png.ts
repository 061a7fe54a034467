import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EDITION_FONTS, editionFontFiles } from '../../fonts/edition';
import { localePaths, routeLocale } from '../../i18n/routes';
import { OG_CARD, socialCardSvg } from '../../og/card';
import { siteText } from '../../site';
import themeCss from '../../styles/theme.css?raw';

/** The social card in every language. */
export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

/**
 * The Open Graph / social card, drawn and rasterised at build time into og.png (1200×630), in the language's
 * own font where it has one (the subset the pages are served, so a Korean card has its text on a machine
 * without Korean system fonts).
 */
export const GET: APIRoute = async ({ params }) => {
  const locale = routeLocale(params.locale, 'og.png');
  const site = siteText(locale);
  const font = EDITION_FONTS[locale];
  const svg = socialCardSvg({ title: site.title, tagline: site.tagline }, themeCss, locale, font?.fileFamily);
  const fontFiles = await editionFontFiles(locale, join(tmpdir(), `roundabout-og-fonts-${process.pid}`));
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: OG_CARD.width },
    font: { loadSystemFonts: true, fontFiles, defaultFontFamily: 'Liberation Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
