import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { pictureFontFamily, pictureFontFiles } from '../../fonts/edition';
import { LOCALES, type Locale } from '../../i18n/locales';
import { pool } from '../../lib/pool';
import { pictureOf, picturePixelWidth, type PictureKind } from './picture';
import { graphicStates } from './graphics';

/**
 * Rasterising picture files at build time, with no browser: resvg draws the SVG, sharp (libimagequant) reduces it to
 * a 256-colour palette, which flat-coloured charts survive unchanged to the eye at a third of the bytes.
 * Only the site's own picture font is loaded (no system fonts), so a PNG looks the same on every build machine.
 */

let font: Promise<{ files: string[]; family: string; hash: string }> | undefined;

/** The picture font, cut once per build to the text of every picture in every language. */
function pictureFont(): Promise<{ files: string[]; family: string; hash: string }> {
  font ??= (async () => {
    const characters = new Set<string>();
    for (const locale of LOCALES) {
      for (const { graphic, state } of graphicStates()) for (const character of pictureOf(graphic, state, locale, pictureFontFamily()).text) characters.add(character);
    }
    const written = await pictureFontFiles([...characters].sort().join(''), join(tmpdir(), `roundabout-picture-fonts-${process.pid}`));
    const hash = createHash('sha256');
    for (const file of written.files) hash.update(readFileSync(file));
    return { ...written, hash: hash.digest('hex') };
  })();
  return font;
}

const require = createRequire(import.meta.url);
/** What a cached PNG depends on besides its SVG, width and font: the libraries that make it. */
const TOOLS = `resvg-js@${(require('@resvg/resvg-js/package.json') as { version: string }).version} sharp@${sharp.versions.sharp} vips@${sharp.versions.vips}`;

/**
 * Finished PNGs are kept between builds in the system's temporary folder, keyed by everything that makes them
 * (the SVG, the width, the font's bytes, the libraries' versions): the palette step takes most of a second for a
 * print-size picture, and a test run builds the site more than once. A changed picture is a new key.
 */
const CACHE = join(tmpdir(), 'roundabout-picture-cache');

/** One PNG: drawn by resvg (on this thread), then reduced to a palette by sharp (on its own threads), and cached. */
async function renderPng({ graphic, state, locale, kind }: PngJob): Promise<Uint8Array<ArrayBuffer>> {
  const { files, family, hash } = await pictureFont();
  const picture = pictureOf(graphic, state, locale, family);
  const width = picturePixelWidth(kind, picture.width);
  const key = createHash('sha256').update(`${TOOLS}\n${hash}\n${width}\n${picture.svg}`).digest('hex');
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const drawn = new Resvg(picture.svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family },
  })
    .render()
    .asPng();
  const png = await sharp(drawn).png({ palette: true, quality: 95, effort: 7, compressionLevel: 9 }).toBuffer();
  mkdirSync(CACHE, { recursive: true });
  // Written whole, then renamed, so a build running beside this one never reads half a file.
  const partial = `${cached}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return new Uint8Array(png);
}

/** One PNG of the build. */
interface PngJob {
  graphic: string;
  state: string;
  locale: Locale;
  kind: Exclude<PictureKind, 'svg'>;
}

const jobKey = ({ graphic, state, locale, kind }: PngJob) => `${locale}/${graphic}/${state}/${kind}`;

let every: Promise<Map<string, Uint8Array<ArrayBuffer>>> | undefined;

/**
 * Every PNG of the build, made on the first request, two at a time: resvg draws one picture on this thread while
 * sharp reduces the other on its own, so a 2-core build machine keeps both cores busy (one after the other, the
 * uncached pictures took about 45 s; Astro asks for its endpoints one at a time).
 */
function everyPng(): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  every ??= (async () => {
    const jobs: PngJob[] = LOCALES.flatMap((locale) =>
      graphicStates().flatMap(({ graphic, state }) => (['png', 'png-2x', 'png-print'] as const).map((kind) => ({ graphic, state, locale, kind }))),
    );
    const pngs = await pool(
      jobs.map((job) => () => renderPng(job)),
      2,
    );
    return new Map(jobs.map((job, index) => [jobKey(job), pngs[index]!]));
  })();
  return every;
}

/** picturePng(graphic, state, locale, kind) is one state's picture as PNG bytes of the kind's width. */
export async function picturePng(graphic: string, state: string, locale: Locale, kind: Exclude<PictureKind, 'svg'>): Promise<Uint8Array<ArrayBuffer>> {
  const found = (await everyPng()).get(jobKey({ graphic, state, locale, kind }));
  if (!found) throw new Error(`picture file ${graphic}/${state} (${kind}, ${locale}): no such picture`);
  return found;
}
