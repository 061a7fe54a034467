import type { APIRoute, GetStaticPaths } from 'astro';
import { GRAPHICS } from '../../charts/registry';
import { toCsv } from '../../charts/csv';
import { loadLedger } from '../../facts/ledger';

/** One CSV per graphic, generated at build time from the facts ledger. */
export const getStaticPaths = (() =>
  Object.keys(GRAPHICS).map((graphic) => ({ params: { graphic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const graphic = GRAPHICS[params.graphic!];
  if (!graphic) return new Response('Not found', { status: 404 });
  return new Response(toCsv(graphic.definition.table(loadLedger())), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
