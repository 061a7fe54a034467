import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { OG_CARD, socialCardSvg } from '../og/card';
import { SITE } from '../site';
import themeCss from '../styles/theme.css?raw';

/** The Open Graph / social card, drawn and rasterised at build time into og.png (1200×630). */
export const GET: APIRoute = () => {
  const svg = socialCardSvg({ title: SITE.title, tagline: SITE.tagline }, themeCss);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: OG_CARD.width },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
