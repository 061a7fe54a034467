import type { APIRoute, GetStaticPaths } from 'astro';
import { PICTURE_FILES } from '../../../../charts/kit/picture';
import { graphicStates } from '../../../../charts/kit/graphics';
import { picturePng } from '../../../../charts/kit/picture-png';
import { localePaths, routeLocale } from '../../../../i18n/routes';

/** Each state's picture as PNG files: 1× and 2× for screens, one at least 3000 px wide for print. */
export const getStaticPaths = (() =>
  localePaths(() =>
    graphicStates().flatMap(({ graphic, state }) =>
      PICTURE_FILES.filter((file) => file.extension === 'png').map((file) => ({ graphic, picture: `${state}${file.suffix}`, state, kind: file.kind })),
    ),
  ).map(({ params: { state, kind, ...params } }) => ({ params, props: { state, kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { state, kind } = props as { state: string; kind: 'png' | 'png-2x' | 'png-print' };
  const locale = routeLocale(params.locale, `embed/${params.graphic}/${params.picture}.png`);
  return new Response(await picturePng(params.graphic!, state, locale, kind), { headers: { 'Content-Type': 'image/png' } });
};
