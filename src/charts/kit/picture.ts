import themeCss from '../../styles/theme.css?raw';
import kitCss from './style.css?raw';
import type { Locale } from '../../i18n/locales';
import { siteWords } from '../../i18n/site';
import { themeTokens } from '../../og/theme-tokens';
import { wrapWords } from '../../og/wrap-words';
import { buildGraphic } from './graphics';
import { GRAPHIC_STYLES } from './standalone';
import { styleResolver, type StyledElement } from './inline-styles';
import { defsMarkup, escapeXml, nodesSvg } from './svg';

/**
 * Picture files: each state of each graphic as a file a newsroom can put in a CMS, a print page or a feed that runs
 * no JavaScript. The picture is the same scene the story draws, with the graphic's title and the state's name
 * above it and its source line and credit below, burnt in (the licence asks for the credit wherever it goes).
 * Every style is resolved into presentation attributes in the light theme's colours, so the SVG needs no
 * stylesheet (CMSs and design tools often drop one) and rasterises the same in resvg as in a browser.
 */

/** The files written for each state, under /embed/<graphic>/: the suffix of the name and the PNG's width. */
export const PICTURE_FILES = [
  { kind: 'svg', suffix: '', extension: 'svg' },
  { kind: 'png', suffix: '', extension: 'png', scale: 1 },
  // "-2x", not "@2x": an @ in a path is read differently by some servers and CDNs.
  { kind: 'png-2x', suffix: '-2x', extension: 'png', scale: 2 },
  // Print: at least 3000 px wide, whatever the graphic's own width.
  { kind: 'png-print', suffix: '-print', extension: 'png', width: 3000 },
] as const;

export type PictureKind = (typeof PICTURE_FILES)[number]['kind'];

/** The file name of one state's picture of one kind ("map-buyer-2x.png"). */
export function pictureFileName(state: string, kind: PictureKind): string {
  const file = PICTURE_FILES.find((entry) => entry.kind === kind)!;
  return `${state}${file.suffix}.${file.extension}`;
}

/** A picture file's pixel width for a picture `width` viewBox units wide. */
export function picturePixelWidth(kind: PictureKind, width: number): number {
  const file = PICTURE_FILES.find((entry) => entry.kind === kind)!;
  return 'width' in file ? Math.max(file.width, width) : 'scale' in file ? width * file.scale : width;
}

/** A picture file's size in pixels (an SVG's is its viewBox); the height is rounded as the rasteriser rounds it. */
export function picturePixelSize(kind: PictureKind, picture: { width: number; height: number }): { width: number; height: number } {
  const width = picturePixelWidth(kind, picture.width);
  return { width, height: Math.ceil((picture.height * width) / picture.width) };
}

/** Margins and type of the frame around the scene, in viewBox units (1× pixels). */
const FRAME = { margin: 20, title: 20, titleLine: 25, name: 14, nameLine: 19, foot: 11, footLine: 15, gap: 14 } as const;

/** One state's picture: its SVG text, its size in viewBox units and its alt text. */
export interface Picture {
  svg: string;
  width: number;
  height: number;
  /** The state's description: the picture's alt text. */
  alt: string;
  /** Every character the picture writes, for the font it is rasterised in. */
  text: string;
}

const pictures = new Map<string, Picture>();

/** pictureOf(graphic, state, locale, fontFamily) draws one state's picture file, computed once per build. */
export function pictureOf(name: string, state: string, locale: Locale, fontFamily?: string): Picture {
  const key = [name, state, locale, fontFamily ?? ''].join('\u0000');
  const known = pictures.get(key);
  if (known) return known;
  const built = buildGraphic(name, locale, `picture file ${name}/${state}`);
  const scene = built.scene(state);
  const tokens = themeTokens(themeCss);
  const root = { tag: 'svg', classes: ['graphic', `gfx-${name}`] };
  const styles = styleResolver(
    [
      { css: kitCss, where: 'src/charts/kit/style.css' },
      { css: GRAPHIC_STYLES[name] ?? '', where: `src/charts/${name}/style.css` },
    ],
    tokens,
    root,
  );
  const t = siteWords(locale);
  const width = scene.width + 2 * FRAME.margin;
  // Average Latin letters a line holds at each size (textWidth counts a Hangul syllable as two).
  const fits = (size: number) => Math.floor((width - 2 * FRAME.margin) / (size * 0.55));
  const titleLines = wrapWords(built.title, fits(FRAME.title));
  const nameLines = wrapWords(built.stateName(state), fits(FRAME.name));
  const footLines = [
    ...wrapWords(built.sourceLine, fits(FRAME.foot)),
    ...wrapWords(t('embed.credit', { site: t('site.title'), license: t('license.content.short') }), fits(FRAME.foot)),
  ];
  const sceneTop = FRAME.margin + titleLines.length * FRAME.titleLine + nameLines.length * FRAME.nameLine + FRAME.gap - 6;
  const footTop = sceneTop + scene.height + FRAME.gap;
  const height = Math.ceil(footTop + footLines.length * FRAME.footLine + FRAME.margin - 4);
  const font = fontFamily ? `'${fontFamily}', ${tokens['font-ui'] ?? 'sans-serif'}` : (tokens['font-ui'] ?? 'sans-serif');
  const attrs = (values: Record<string, string | number | undefined>) =>
    Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([attribute, value]) => ` ${attribute}="${escapeXml(String(value))}"`)
      .join('');
  const textBlock = (lines: string[], top: number, lineHeight: number, size: number, fill: string, weight?: number) =>
    lines
      .map((line, index) => `<text${attrs({ x: FRAME.margin, y: top + (index + 1) * lineHeight - (lineHeight - size) / 2 - 2, 'font-size': size, 'font-weight': weight, fill })}>${escapeXml(line)}</text>`)
      .join('');

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img"${attrs({ 'aria-label': `${built.title}: ${built.describe(state)}`, lang: locale })}>`,
  );
  parts.push(`<title>${escapeXml(`${built.title}: ${built.stateName(state)}`)}</title><desc>${escapeXml(built.describe(state))}</desc>`);
  const defs = built.defs();
  if (defs.length > 0) parts.push(`<defs>${defsMarkup(defs)}</defs>`);
  parts.push(`<rect width="${width}" height="${height}"${attrs({ fill: tokens['color-bg'] })}/>`);
  parts.push(`<g${attrs({ 'font-family': font })}>`);
  parts.push(textBlock(titleLines, FRAME.margin, FRAME.titleLine, FRAME.title, tokens['color-text']!, 700));
  parts.push(textBlock(nameLines, FRAME.margin + titleLines.length * FRAME.titleLine, FRAME.nameLine, FRAME.name, tokens['color-muted']!));
  const { 'font-family': _pageFont, ...inherited } = styles.inherited;
  parts.push(`<g transform="translate(${FRAME.margin} ${sceneTop})"${attrs(inherited)}>`);
  const visible = scene.nodes.filter((node) => node.visible);
  // Every style as an attribute, but the font: the picture's own (the card's group) sets every letter.
  const styleOf = (element: StyledElement) => {
    const { 'font-family': _font, ...style } = styles.of(element);
    return style;
  };
  parts.push(nodesSvg(visible, { live: false, styleOf, attributesOf: (node) => drawnWhole(node.attrs, `${name}/${state} node ${node.id}`) }));
  const texts = [built.title, built.stateName(state), ...footLines, ...visible.flatMap((node) => (node.lines ? node.lines.map((line) => line.text) : node.text !== undefined ? [node.text] : []))];
  parts.push('</g>');
  parts.push(textBlock(footLines, footTop, FRAME.footLine, FRAME.foot, tokens['color-muted']!));
  parts.push('</g></svg>');
  const picture: Picture = { svg: parts.join(''), width, height, alt: built.describe(state), text: texts.join('\n') };
  pictures.set(key, picture);
  return picture;
}

/**
 * A line the client draws on by animating its dash (pathLength="1", stroke-dasharray="1 1", stroke-dashoffset 0
 * when drawn) is written as a plain line: resvg, like some design tools, ignores pathLength and would draw it
 * dashed. Any other dash on a pathLength line would be drawn wrong there, so it is an error naming the node.
 */
function drawnWhole(attributes: Readonly<Record<string, string | number>>, where: string): Record<string, string | number> {
  if (attributes.pathLength === undefined) return { ...attributes };
  const { pathLength, 'stroke-dasharray': dasharray, 'stroke-dashoffset': dashoffset, ...rest } = attributes;
  const length = Number(pathLength);
  const dash = String(dasharray ?? '').trim().split(/[\s,]+/).map(Number);
  if (Number(dashoffset ?? 0) === 0 && dash.length >= 1 && dash[0]! >= length) return rest;
  throw new Error(`picture file ${where}: a pathLength line that is not drawn whole (dasharray "${dasharray}", offset ${dashoffset}) cannot be drawn without a browser`);
}
