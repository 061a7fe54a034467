import type { APIRoute, GetStaticPaths } from 'astro';
import { buildGraphic, graphicStates } from '../../../charts/kit/graphics';
import { PICTURE_FILES, pictureFileName, pictureOf, picturePixelSize } from '../../../charts/kit/picture';
import { localePaths, routeLocale } from '../../../i18n/routes';
import { siteWords } from '../../../i18n/site';
import { LANGUAGE_TAGS } from '../../../i18n/locales';
import { localeUrl } from '../../../i18n/urls';

/** The picture files of one language, for a CMS to import. */
export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

const MEDIA_TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

/**
 * /embed/manifest.json (and /ko/embed/manifest.json): every picture file of the edition with what a CMS needs to
 * place it: the graphic and state, the title, the state's name, the alt text (the state's description), the
 * source line and credit to print with it, the frozen embed page and each file's address, type and size.
 * Addresses are absolute when the build knows its site (SITE_URL), site-relative otherwise.
 */
export const GET: APIRoute = ({ params, site }) => {
  const locale = routeLocale(params.locale, 'embed/manifest.json');
  const t = siteWords(locale);
  const pictures = graphicStates().map(({ graphic, state }) => {
    const built = buildGraphic(graphic, locale, `embed/manifest.json: ${graphic}`);
    const picture = pictureOf(graphic, state, locale);
    return {
      graphic,
      state,
      title: built.title,
      name: built.stateName(state),
      alt: picture.alt,
      source: built.sourceLine,
      embed: localeUrl(locale, `embed/${graphic}/${state}/`, site),
      files: PICTURE_FILES.map((file) => ({
        kind: file.kind,
        url: localeUrl(locale, `embed/${graphic}/${pictureFileName(state, file.kind)}`, site),
        type: MEDIA_TYPES[file.extension],
        ...picturePixelSize(file.kind, picture),
      })),
    };
  });
  const manifest = {
    site: t('site.title'),
    language: LANGUAGE_TAGS[locale],
    credit: t('embed.credit', { site: t('site.title'), license: t('license.content.short') }),
    license: t('license.content.short'),
    pictures,
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
