import type { APIRoute, GetStaticPaths } from 'astro';
import { graphicStates } from '../../../../charts/kit/graphics';
import { standaloneSvg } from '../../../../charts/kit/standalone';
import { embeddedFontCss } from '../../../../fonts/edition';
import { localePaths, routeLocale } from '../../../../i18n/routes';
import { themeTokens } from '../../../../og/theme-tokens';
import themeCss from '../../../../styles/theme.css?raw';

/** Each state's picture as a file of its own: what the story shows for a step without JavaScript and in print. */
export const getStaticPaths = (() =>
  localePaths(graphicStates)) satisfies GetStaticPaths;

/**
 * In a language with a font of its own, the picture carries that font, cut to the letters it writes: shown as an
 * image, an SVG cannot use the page's fonts, and the Korean labels were boxes on a machine without Korean fonts.
 */
export const GET: APIRoute = async ({ params }) => {
  const locale = routeLocale(params.locale, `graphics/${params.graphic}/${params.state}.svg`);
  const plain = standaloneSvg(params.graphic!, params.state!, locale);
  const letters = [...new Set(plain.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' '))].join('');
  const fontCss = await embeddedFontCss(locale, letters, `graphics/${params.graphic}/${params.state}`, themeTokens(themeCss)['font-ui'] ?? 'sans-serif');
  const svg = fontCss ? standaloneSvg(params.graphic!, params.state!, locale, fontCss) : plain;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
