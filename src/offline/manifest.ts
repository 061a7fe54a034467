import { withBase } from '../lib/paths';

/** What the web app manifest is made from: the site's words, where it lives and its theme colours. */
export interface WebManifestInput {
  /** The site's name, description and language (src/site.ts SITE). */
  site: { title: string; description: string; lang: string };
  /** Path prefix the site is served under, starting and ending with "/". */
  base: string;
  /** Page background colour (--color-bg of the light theme). */
  background: string;
  /** File name of the icon at the base path (public/favicon.svg in the build). */
  icon: string;
}

/** The fields of a web app manifest this site uses (https://www.w3.org/TR/appmanifest/). */
export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  start_url: string;
  scope: string;
  display: 'minimal-ui';
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

/**
 * webManifest(input) is the site's web app manifest: it starts at and is scoped to the base path, so a
 * newsroom's copy under /news/roundabout/ is its own app, and it keeps the browser's back and reload buttons.
 */
export function webManifest({ site, base, background, icon }: WebManifestInput): WebManifest {
  return {
    id: base,
    name: site.title,
    short_name: site.title,
    description: site.description,
    lang: site.lang,
    start_url: base,
    scope: base,
    display: 'minimal-ui',
    background_color: background,
    theme_color: background,
    icons: [{ src: withBase(icon, base), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
