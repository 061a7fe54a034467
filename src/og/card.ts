import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { siteWords } from '../i18n/site';
import { basemap, CARD_COUNTRIES } from './basemap';
import { requireTokens, themeTokens } from './theme-tokens';
import { wrapWords } from './wrap-words';

/** The social card's size (the size Open Graph and X/Twitter large cards expect); its alt text is the site word "og.alt". */
export const OG_CARD = {
  /** Width in pixels. */
  width: 1200,
  /** Height in pixels. */
  height: 630,
  /** Site-relative path of the built PNG (src/pages/og.png.ts). */
  path: 'og.png',
} as const;

/** Theme tokens the card is drawn with (light theme of src/styles/theme.css). */
const CARD_TOKENS = [
  'color-bg',
  'color-text',
  'color-muted',
  'color-accent',
  'color-land',
  'color-land-stroke',
  'font-ui',
  'actor-south-korea',
  'actor-ukraine',
] as const;

/** What the card says. */
export interface CardText {
  /** Site name, the large line. */
  title: string;
  /** Tagline, wrapped under the title. */
  tagline: string;
}

/** Escapes text and attribute values for SVG. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * socialCardSvg(text, themeCss, locale) draws the 1200×630 card as an SVG string: a basemap from Ukraine to
 * Korea (world-atlas 110m) with both countries in their actor colours and named in `locale`, and the title
 * and tagline on the left, all in the colours and UI font stack of the given theme stylesheet, led by
 * `fontFamily` where the language has a font of its own (src/fonts/edition.ts).
 */
export function socialCardSvg(text: CardText, themeCss: string, locale: Locale = DEFAULT_LOCALE, fontFamily?: string): string {
  const t = requireTokens(themeTokens(themeCss), CARD_TOKENS);
  const words = siteWords(locale);
  const countryNames: Record<string, string> = {
    [CARD_COUNTRIES.southKorea]: words('og.country.southKorea'),
    [CARD_COUNTRIES.ukraine]: words('og.country.ukraine'),
  };
  const { width, height } = OG_CARD;
  const countries = basemap([[720, 110], [width - 90, height - 110]]);
  const fillOf = (id: string) =>
    id === CARD_COUNTRIES.southKorea ? t['actor-south-korea'] : id === CARD_COUNTRIES.ukraine ? t['actor-ukraine'] : t['color-land'];
  const labelled = countries.filter((country) => Object.values<string>(CARD_COUNTRIES).includes(country.id));
  const taglineLines = wrapWords(text.tagline, 26);
  const font = xml(fontFamily ? `'${fontFamily}', ${t['font-ui']}` : t['font-ui']);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="fade" x1="0" x2="1" y1="0" y2="0">
      <stop offset="0" stop-color="${xml(t['color-bg'])}" stop-opacity="1"/>
      <stop offset="0.75" stop-color="${xml(t['color-bg'])}" stop-opacity="0.92"/>
      <stop offset="1" stop-color="${xml(t['color-bg'])}" stop-opacity="0"/>
    </linearGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="${xml(t['color-bg'])}"/>
  <g stroke="${xml(t['color-land-stroke'])}" stroke-width="1" stroke-linejoin="round">
${countries.map((country) => `    <path d="${country.d}" fill="${xml(fillOf(country.id))}"/>`).join('\n')}
  </g>
  <rect width="680" height="${height}" fill="url(#fade)"/>
  <g font-family="${font}" fill="${xml(t['color-text'])}" font-size="22" font-weight="700" text-anchor="middle">
${labelled.map((country) => `    <text x="${country.centroid[0].toFixed(0)}" y="${(country.centroid[1] + (country.id === CARD_COUNTRIES.southKorea ? 46 : -34)).toFixed(0)}" stroke="${xml(t['color-bg'])}" stroke-width="5" paint-order="stroke">${xml(countryNames[country.id]!)}</text>`).join('\n')}
  </g>
  <rect x="72" y="96" width="96" height="10" fill="${xml(t['color-accent'])}"/>
  <text x="72" y="208" font-family="${font}" font-size="92" font-weight="700" fill="${xml(t['color-text'])}">${xml(text.title)}</text>
  <text font-family="${font}" font-size="40" fill="${xml(t['color-muted'])}">
${taglineLines.map((line, index) => `    <tspan x="72" y="${290 + index * 54}">${xml(line)}</tspan>`).join('\n')}
  </text>
</svg>
`;
}
