import postcss from 'postcss';
import themeCss from '../../styles/theme.css?raw';
import kitCss from './style.css?raw';
import type { Locale } from '../../i18n/locales';
import { buildGraphic } from './graphics';
import { sceneSvg } from './svg';

/** Every graphic's stylesheet as text, by graphic name (build time only): the step pictures' and the picture files'. */
export const GRAPHIC_STYLES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../*/style.css', { query: '?raw', import: 'default', eager: true })).map(([path, css]) => [
    /([^/]+)\/style\.css(?:\?raw)?$/.exec(path)![1]!,
    css,
  ]),
);

/**
 * withoutComments(css) drops the stylesheets' comments, which are for the people editing them (theme.css's
 * rebranding guide alone is about 5 KB) and were copied into every step picture. Parsed by postcss, so a
 * "/*" inside a string or url() is left alone.
 */
function withoutComments(css: string): string {
  const root = postcss.parse(css);
  root.walkComments((comment) => {
    comment.remove();
  });
  return root.toString();
}

/**
 * standaloneSvg(name, state, locale) is one state's picture as an SVG file that stands on its own: the
 * theme's tokens (light and dark) and the graphic's stylesheet inside it, its shared shapes in its own
 * <defs>. The story links these for readers without JavaScript and for print, so the page carries a
 * picture per step without its markup. `extraCss` goes last into its stylesheet (a language's font, say).
 */
export function standaloneSvg(name: string, state: string, locale: Locale, extraCss = ''): string {
  const built = buildGraphic(name, locale, `picture ${name}/${state}`);
  const scene = built.scene(state);
  const css = withoutComments(`${themeCss}\n${kitCss}\n${GRAPHIC_STYLES[name] ?? ''}\n:root { background: transparent; }\n${extraCss}`);
  return sceneSvg(scene, {
    name,
    state,
    variant: 'static',
    label: built.describe(state),
    defs: built.defs(),
    head: `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`,
    rootAttributes: { width: scene.width, height: scene.height },
  });
}
