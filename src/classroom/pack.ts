import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { parse } from 'node-html-parser';

/**
 * The classroom pack: the built site as a folder that works from a USB stick, opened by double-clicking its
 * index.html, with no server and no network. Browsers load pages from file:// but run no module scripts there
 * (their origin is opaque), and do not turn "sources/" into "sources/index.html"; so every page of the pack is
 * the page as readers without JavaScript get it, read as an article (html[data-linear]: every step with its
 * picture in the text), with every address of the site rewritten to a relative file path. Links out of the site
 * stay as they are. Nothing of the service worker comes along (it cannot run from file://).
 */

/** The folder the pack unzips to. */
export const PACK_FOLDER = 'roundabout-classroom';

/** Files of the build the pack leaves out: the offline worker, its runtime, the app manifest, the pack itself. */
const LEFT_OUT = [/^sw\.js$/, /^workbox-[\w-]+\.js$/, /^manifest\.webmanifest$/, /(^|\/)roundabout-classroom\.zip$/];

/** Attributes that hold one address, and srcset, which holds several. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data-src'] as const;

function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(folder, path) : [path];
  });
}

/**
 * packAddress(url, from, base, exists) is a site address ("/ko/sources/#x", under `base`) as a path relative to
 * the pack file `from` ("ko/index.html" → "sources/index.html#x"); addresses outside the site come back unchanged.
 * A site address that names no file of the pack is an error naming both.
 */
export function packAddress(url: string, from: string, base: string, exists: (file: string) => boolean): string {
  if (!url.startsWith(base) || url.startsWith('//')) return url;
  const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url.slice(base.length))!;
  const path = match[1]!;
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!exists(decodeURI(file))) throw new Error(`${from}: "${url}" names ${file}, which is not in the classroom pack`);
  const target = posix.relative(posix.dirname(from), file) || posix.basename(file);
  return `${target}${match[2] ?? ''}${match[3] ?? ''}`;
}

/** One page of the pack: relative addresses, no scripts, read as an article. */
function packPage(html: string, from: string, base: string, exists: (file: string) => boolean): string {
  const document = parse(html, { comment: true });
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type === undefined || type === 'module' || type === 'text/javascript') script.remove();
  }
  // Fonts are inlined into the pack's stylesheets (below), so their preloads would only fail.
  for (const link of document.querySelectorAll('link[rel="modulepreload"], link[rel="manifest"], link[rel="preload"][as="font"]')) link.remove();
  // Local files: every step's picture at once, rather than as the reader nears it.
  for (const image of document.querySelectorAll('img[loading="lazy"]')) image.removeAttribute('loading');
  // The policy stays, but lets the stylesheets' inlined fonts in.
  const policy = document.querySelector('meta[http-equiv="content-security-policy" i]');
  const content = policy?.getAttribute('content');
  if (policy && content) policy.setAttribute('content', content.replace(/font-src ([^;]*)/, (directive) => (directive.includes('data:') ? directive : `${directive} data:`)));
  // A link to what the pack leaves out (the guide's link to the pack itself) becomes its words.
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    if (href.startsWith(base) && LEFT_OUT.some((pattern) => pattern.test(href.slice(base.length).replace(/[?#].*$/, '')))) link.replaceWith(link.text);
  }
  for (const attribute of URL_ATTRIBUTES) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      element.setAttribute(attribute, packAddress(element.getAttribute(attribute)!, from, base, exists));
    }
  }
  for (const element of document.querySelectorAll('[srcset]')) {
    const srcset = element
      .getAttribute('srcset')!
      .split(',')
      .map((candidate) => {
        const [address, ...descriptor] = candidate.trim().split(/\s+/);
        return [packAddress(address!, from, base, exists), ...descriptor].join(' ');
      })
      .join(', ');
    element.setAttribute('srcset', srcset);
  }
  document.querySelector('html')?.setAttribute('data-linear', '');
  return document.toString();
}

/**
 * A stylesheet of the pack: its url(/…) addresses made relative to it, and its fonts written into it as data:
 * URLs, because browsers fetch fonts with CORS, which file:// pages (origin "null") never pass.
 */
function packStylesheet(css: string, from: string, base: string, exists: (file: string) => boolean, read: (file: string) => Uint8Array): string {
  return css.replace(/url\((['"]?)([^'")]+)\1\)/g, (whole, quote: string, url: string) => {
    if (/^(data:|[a-z]+:\/\/)/i.test(url)) return whole;
    const file = url.startsWith(base) ? url.slice(base.length).replace(/[?#].*$/, '') : posix.normalize(posix.join(posix.dirname(from), url.replace(/[?#].*$/, '')));
    if (!exists(file)) throw new Error(`${from}: url(${url}) names ${file}, which is not in the classroom pack`);
    if (file.endsWith('.woff2')) return `url(data:font/woff2;base64,${Buffer.from(read(file)).toString('base64')})`;
    return url.startsWith(base) ? `url(${quote}${packAddress(url, from, base, exists)}${quote})` : whole;
  });
}

/**
 * writeClassroomPack(dist, base, zipFile) writes the pack of the site built in `dist` for `base` as one zip
 * (a folder roundabout-classroom/ inside) and returns how many files it holds.
 */
export function writeClassroomPack(dist: string, base: string, zipFile: string): { files: number; bytes: number } {
  const files = filesUnder(dist).filter((file) => !LEFT_OUT.some((pattern) => pattern.test(file)));
  const inPack = new Set(files);
  const exists = (file: string) => inPack.has(file);
  const entries: Zippable = {};
  for (const file of files) {
    let bytes: Uint8Array = readFileSync(join(dist, file));
    if (file.endsWith('.html')) bytes = new TextEncoder().encode(packPage(new TextDecoder().decode(bytes), file, base, exists));
    else if (file.endsWith('.css')) bytes = new TextEncoder().encode(packStylesheet(new TextDecoder().decode(bytes), file, base, exists, (font) => readFileSync(join(dist, font))));
    // PNGs and fonts are compressed already; storing them keeps the zip quick to make and to open.
    const stored = /\.(png|woff2|pdf)$/.test(file);
    entries[`${PACK_FOLDER}/${file}`] = [bytes, { level: stored ? 0 : 6 }];
  }
  // One fixed time on every entry (the earliest a zip can hold), so the same build makes the same zip.
  const zip = zipSync(entries, { mtime: new Date('1980-01-01T00:00:00Z') });
  writeFileSync(zipFile, zip);
  return { files: files.length, bytes: statSync(zipFile).size };
}

/** The pack's start page inside the zip, for messages. */
export const PACK_START = `${PACK_FOLDER}/index.html`;
