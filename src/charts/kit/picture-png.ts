import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { pictureFontFamily, pictureFontFiles } from '../../fonts/edition';
import { LOCALES, type Locale } from '../../i18n/locales';
import { pictureOf, picturePixelWidth, pictureStates, type PictureKind } from './picture';

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
      for (const { graphic, state } of pictureStates()) for (const character of pictureOf(graphic, state, locale, pictureFontFamily()).text) characters.add(character);
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
async function renderPng(graphic: string, state: string, locale: Locale, kind: Exclude<PictureKind, 'svg'>, startQuantising: (work: () => Promise<Buffer>) => Promise<Buffer>): Promise<Uint8Array<ArrayBuffer>> {
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
  const png = await startQuantising(() => sharp(drawn).png({ palette: true, quality: 95, effort: 7, compressionLevel: 9 }).toBuffer());
  mkdirSync(CACHE, { recursive: true });
  // Written whole, then renamed, so a build running beside this one never reads half a file.
  const partial = `${cached}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return new Uint8Array(png);
}

let every: Map<string, Promise<Uint8Array<ArrayBuffer>>> | undefined;

/**
 * Every PNG of the build, started together on the first request: resvg draws one picture while sharp reduces the
 * ones before it on other threads, so a 2-core build machine keeps both cores busy (one after the other, the
 * uncached pictures took about 45 s; Astro asks for its endpoints one at a time).
 */
function everyPng(): Map<string, Promise<Uint8Array<ArrayBuffer>>> {
  if (every) return every;
  every = new Map();
  let queue: Promise<unknown> = Promise.resolve();
  const inFlight = new Set<Promise<Buffer>>();
  // At most two palettes at once; the drawing waits for a free one, so memory stays bounded.
  const startQuantising = async (work: () => Promise<Buffer>) => {
    while (inFlight.size >= 2) await Promise.race(inFlight);
    const job = work();
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job)).catch(() => undefined);
    return job;
  };
  for (const locale of LOCALES) {
    for (const { graphic, state } of pictureStates()) {
      for (const kind of ['png', 'png-2x', 'png-print'] as const) {
        // Drawing is sequential (resvg blocks its thread); each one starts once the one before it is handed to sharp.
        let handedOver!: () => void;
        const drawnThisOne = new Promise<void>((resolve) => (handedOver = resolve));
        const previous = queue;
        const result = previous.then(() =>
          renderPng(graphic, state, locale, kind, (work) => {
            const job = startQuantising(work);
            handedOver();
            return job;
          }).finally(() => handedOver()),
        );
        queue = Promise.race([drawnThisOne, result.then(() => undefined, () => undefined)]);
        every.set(`${locale}/${graphic}/${state}/${kind}`, result);
      }
    }
  }
  return every;
}

/** picturePng(graphic, state, locale, kind) is one state's picture as PNG bytes of the kind's width. */
export function picturePng(graphic: string, state: string, locale: Locale, kind: Exclude<PictureKind, 'svg'>): Promise<Uint8Array<ArrayBuffer>> {
  const found = everyPng().get(`${locale}/${graphic}/${state}/${kind}`);
  if (!found) throw new Error(`picture file ${graphic}/${state} (${kind}, ${locale}): no such picture`);
  return found;
}
