import type { APIRoute, GetStaticPaths } from 'astro';
import { pictureOf } from '../../../../charts/kit/picture';
import { graphicStates } from '../../../../charts/kit/graphics';
import { localePaths, routeLocale } from '../../../../i18n/routes';

/** Each state's picture as a stand-alone SVG with its title, source line and credit, styled without a stylesheet. */
export const getStaticPaths = (() => localePaths(graphicStates)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(pictureOf(params.graphic!, params.state!, routeLocale(params.locale, `embed/${params.graphic}/${params.state}.svg`)).svg, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
