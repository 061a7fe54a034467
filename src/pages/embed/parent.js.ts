import type { APIRoute } from 'astro';
import { roundaboutParent } from '../../embed/parent';

/** The parent-page script, generated from src/embed/parent.ts so it is type-checked and tested. */
export const GET: APIRoute = () =>
  new Response(`/* Roundabout embed sizing (pym.js message format). */\n(${roundaboutParent.toString()})(window);\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
