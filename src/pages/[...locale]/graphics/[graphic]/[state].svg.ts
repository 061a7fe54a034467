import type { APIRoute, GetStaticPaths } from 'astro';
import { graphicStates } from '../../../../charts/kit/graphics';
import { standaloneSvg } from '../../../../charts/kit/standalone';
import { localePaths, routeLocale } from '../../../../i18n/routes';

/** Each state's picture as a file of its own: what the story shows for a step without JavaScript and in print. */
export const getStaticPaths = (() =>
  localePaths(graphicStates)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(params.graphic!, params.state!, routeLocale(params.locale, `graphics/${params.graphic}/${params.state}.svg`)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
