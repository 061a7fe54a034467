import type { APIRoute, GetStaticPaths } from 'astro';
import { GRAPHICS, buildGraphic } from '../../../charts/kit/graphics';
import { toCsv } from '../../../charts/csv';
import { localePaths, routeLocale } from '../../../i18n/routes';

/** One CSV per graphic, generated at build time from its data table (so from the facts ledger). */
export const getStaticPaths = (() => localePaths(() => [...GRAPHICS.keys()].map((graphic) => ({ graphic })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const where = `data/${params.graphic}.csv`;
  return new Response(toCsv(buildGraphic(params.graphic!, routeLocale(params.locale, where), where).table()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
