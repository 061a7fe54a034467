import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { localePaths, routeLocale } from '../../i18n/routes';
import { OG_CARD, socialCardSvg } from '../../og/card';
import { siteText } from '../../site';
import themeCss from '../../styles/theme.css?raw';

/** The social card in every language. */
export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

/** The Open Graph / social card, drawn and rasterised at build time into og.png (1200×630). */
export const GET: APIRoute = ({ params }) => {
  const site = siteText(routeLocale(params.locale, 'og.png'));
  const svg = socialCardSvg({ title: site.title, tagline: site.tagline }, themeCss);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: OG_CARD.width },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
