import type { APIRoute, GetStaticPaths } from 'astro';
import { GRAPHICS } from '../../../charts/kit/graphics';
import { standaloneSvg } from '../../../charts/kit/standalone';
import { DEFAULT_LOCALE } from '../../../i18n/locales';

/** Each state's picture as a file of its own: what the story shows for a step without JavaScript and in print. */
export const getStaticPaths = (() =>
  [...GRAPHICS.values()].flatMap((graphic) => graphic.states.map((state) => ({ params: { graphic: graphic.name, state } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(standaloneSvg(params.graphic!, params.state!, DEFAULT_LOCALE), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
