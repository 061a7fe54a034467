import type { APIRoute, GetStaticPaths } from 'astro';
import { GRAPHICS, buildGraphic } from '../../charts/kit/graphics';
import { toCsv } from '../../charts/csv';

/** One CSV per graphic, generated at build time from its data table (so from the facts ledger). */
export const getStaticPaths = (() => [...GRAPHICS.keys()].map((graphic) => ({ params: { graphic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(toCsv(buildGraphic(params.graphic!, undefined, `/data/${params.graphic}.csv`).table()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
