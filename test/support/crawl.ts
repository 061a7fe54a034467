import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sirv from 'sirv';

/** Where a built site is served for a crawl, and where it says it lives. */
export interface CrawlOptions {
  /** URL the build is served at on this machine, ending in "/", e.g. "http://127.0.0.1:41234/news/roundabout/". */
  localRoot: string;
  /** URL the site was built for (SITE_URL + BASE_PATH), ending in "/", e.g. "https://news.example.org/news/roundabout/". */
  publicRoot: string;
  /** The build output folder: every file in it is fetched, and every HTML file in it is checked like a crawled page. */
  distDir: string;
}

/** What a crawl found. Paths are relative to the site root ("" is the start page, "sources/" a page). */
export interface CrawlReport {
  /** HTML pages reached by following links from the start page. */
  reachable: string[];
  /** HTML files in the build that no link from the start page leads to (checked all the same). */
  unreachable: string[];
  /** Every file in the build, each fetched over HTTP. */
  files: string[];
  /** Stylesheets whose url() and @import references were checked. */
  stylesheets: string[];
  /** Links to other sites: recorded, never requested. */
  externalLinks: string[];
  /** Canonical URL of each checked page. */
  canonical: Record<string, string | undefined>;
  /** Open Graph image URL of each checked page. */
  ogImage: Record<string, string | undefined>;
  /** Everything wrong, one readable line each: "page: <tag attr="value">: reason". */
  problems: string[];
}

/** A URL found in a page or stylesheet, and what kind of reference it is. */
interface Reference {
  /** Where it was found, e.g. '<link href>' or 'url()'. */
  where: string;
  /** The value as written. */
  value: string;
  /** 'link': a navigation (may point to another site); 'asset': loaded by the page (must be local); 'public': an absolute URL under the public root. */
  kind: 'link' | 'asset' | 'public';
}

/** The result of fetching one local URL (fragment removed). */
interface Fetched {
  status: number;
  contentType: string;
  body: string;
}

const SKIPPED_SCHEMES = new Set(['mailto:', 'tel:', 'data:', 'blob:']);

/** Attributes that hold one URL, by element name; srcset is handled apart. */
const URL_ATTRIBUTES: [tag: string, attribute: string, kind: Reference['kind']][] = [
  ['a', 'href', 'link'],
  ['area', 'href', 'link'],
  ['form', 'action', 'link'],
  ['script', 'src', 'asset'],
  ['img', 'src', 'asset'],
  ['source', 'src', 'asset'],
  ['video', 'src', 'asset'],
  ['video', 'poster', 'asset'],
  ['audio', 'src', 'asset'],
  ['track', 'src', 'asset'],
  ['iframe', 'src', 'asset'],
  ['embed', 'src', 'asset'],
  ['object', 'data', 'asset'],
  ['input', 'src', 'asset'],
  ['use', 'href', 'asset'],
  ['use', 'xlink:href', 'asset'],
  ['image', 'href', 'asset'],
  ['image', 'xlink:href', 'asset'],
];

/** Meta tags whose content must be an absolute URL under the public root. */
const PUBLIC_URL_METAS = ['meta[property="og:url"]', 'meta[property="og:image"]', 'meta[property="og:image:url"]', 'meta[name="twitter:image"]'];

/** urlsInCss(css) lists the url(…) and @import targets of a stylesheet. */
export function urlsInCss(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) urls.push(match[1] ?? match[2] ?? match[3] ?? '');
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) urls.push(match[1] ?? match[2] ?? '');
  return urls.filter((url) => url !== '');
}

/** urlsInSrcset(srcset) lists the candidate URLs of a srcset attribute. */
export function urlsInSrcset(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+\s+\d)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** filesIn(dir) lists every file under dir, as "/"-separated paths relative to it, sorted. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The site-relative page path of an HTML file in the build: "index.html" → "", "a/index.html" → "a/". */
export function pagePathOfFile(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** isSitePage(html) is true for a page in the site's own frame (Base layout: site header, footer, social tags), false for framed pages such as embeds. */
export function isSitePage(html: HTMLElement): boolean {
  return html.querySelector('header.site-header') !== null;
}

/** htmlFileOf(page) is the build file of a page path: "" → "index.html", "a/" → "a/index.html". */
export function htmlFileOf(page: string): string {
  return page === '' || page.endsWith('/') ? `${page}index.html` : page;
}

/** Every HTML file in a build, as page paths ("", "sources/", "404.html"). */
export function builtPages(distDir: string): string[] {
  return filesIn(distDir)
    .filter((file) => file.endsWith('.html'))
    .map(pagePathOfFile);
}

/** The references a page makes: links, assets, srcset candidates, inline url()s and public meta URLs. */
function referencesOf(html: HTMLElement): Reference[] {
  const refs: Reference[] = [];
  for (const [tag, attribute, kind] of URL_ATTRIBUTES) {
    for (const element of html.querySelectorAll(tag)) {
      const value = element.getAttribute(attribute);
      if (value !== undefined) refs.push({ where: `<${tag} ${attribute}>`, value, kind });
    }
  }
  for (const element of html.querySelectorAll('link[href]')) {
    const rel = (element.getAttribute('rel') ?? '').toLowerCase();
    const kind = rel.split(/\s+/).some((r) => r === 'canonical' || r === 'alternate') ? 'public' : 'asset';
    refs.push({ where: `<link rel="${rel}" href>`, value: element.getAttribute('href') ?? '', kind });
  }
  for (const element of html.querySelectorAll('img[srcset], source[srcset]')) {
    for (const url of urlsInSrcset(element.getAttribute('srcset') ?? '')) {
      refs.push({ where: `<${element.rawTagName} srcset>`, value: url, kind: 'asset' });
    }
  }
  for (const element of html.querySelectorAll('[style]')) {
    for (const url of urlsInCss(element.getAttribute('style') ?? '')) refs.push({ where: '<… style> url()', value: url, kind: 'asset' });
  }
  for (const element of html.querySelectorAll('style')) {
    for (const url of urlsInCss(element.text)) refs.push({ where: '<style> url()', value: url, kind: 'asset' });
  }
  for (const selector of PUBLIC_URL_METAS) {
    for (const element of html.querySelectorAll(selector)) {
      refs.push({ where: selector.replace(/^meta/, '<meta').replace(/$/, ' content>'), value: element.getAttribute('content') ?? '', kind: 'public' });
    }
  }
  // Root-relative paths in data-* attributes (read by scripts) must also stay inside the base.
  for (const element of html.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name.startsWith('data-') && /^\/(?!\/)\S*$/.test(value)) refs.push({ where: `<${element.rawTagName} ${name}>`, value, kind: 'asset' });
    }
  }
  return refs;
}

/** The ids (and a[name]s) a page defines, for checking #fragment targets. */
function anchorsOf(html: HTMLElement): Set<string> {
  const ids = new Set<string>(['top']);
  for (const element of html.querySelectorAll('[id]')) ids.add(element.getAttribute('id')!);
  for (const element of html.querySelectorAll('a[name]')) ids.add(element.getAttribute('name')!);
  return ids;
}

/**
 * crawlSite(options) follows every link from the start page of a served build, then fetches every file in
 * the build and checks every HTML file found there too. It reports broken links and assets (href, src,
 * srcset, CSS url()), missing #fragment targets, references that leave the base path, assets from other
 * origins, folder links without their trailing slash, and canonical / og:url / og:image URLs that are not
 * absolute under the public root. Every page but an error page needs a canonical URL naming the page itself;
 * og:url, where a page has one, must name it too.
 */
export async function crawlSite(options: CrawlOptions): Promise<CrawlReport> {
  const localRoot = new URL(options.localRoot);
  const publicRoot = new URL(options.publicRoot);
  if (!localRoot.pathname.endsWith('/') || !publicRoot.pathname.endsWith('/')) {
    throw new Error(`crawlSite: localRoot and publicRoot must end in "/" (got ${localRoot.href}, ${publicRoot.href})`);
  }
  const report: CrawlReport = {
    reachable: [],
    unreachable: [],
    files: filesIn(options.distDir),
    stylesheets: [],
    externalLinks: [],
    canonical: {},
    ogImage: {},
    problems: [],
  };
  const cache = new Map<string, Promise<Fetched>>();
  const parsed = new Map<string, HTMLElement>();
  const problem = (from: string, ref: Pick<Reference, 'where' | 'value'>, reason: string): undefined => {
    report.problems.push(`${from || '(start page)'}: ${ref.where}="${ref.value}": ${reason}`);
    return undefined;
  };

  /** Site-relative path of a local URL, or undefined when it is outside the base path. */
  const sitePath = (url: URL) => (url.pathname.startsWith(localRoot.pathname) ? decodeURI(url.pathname.slice(localRoot.pathname.length)) : undefined);

  const fetchLocal = (url: URL): Promise<Fetched> => {
    const key = url.origin + url.pathname;
    let pending = cache.get(key);
    if (!pending) {
      pending = fetch(key, { redirect: 'manual' }).then(async (response) => ({
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        body: /text\/(html|css)/.test(response.headers.get('content-type') ?? '') ? await response.text() : (await response.arrayBuffer(), ''),
      }));
      cache.set(key, pending);
    }
    return pending;
  };

  const pageHtml = async (url: URL): Promise<HTMLElement | undefined> => {
    const key = url.origin + url.pathname;
    if (!parsed.has(key)) {
      const fetched = await fetchLocal(url);
      if (fetched.status !== 200 || !fetched.contentType.includes('text/html')) return undefined;
      parsed.set(key, parse(fetched.body));
    }
    return parsed.get(key);
  };

  /** Checks one reference; returns the site path of the local HTML page it leads to, if any. */
  const checkReference = async (from: string, fromUrl: URL, ref: Reference): Promise<string | undefined> => {
    const value = ref.value.trim();
    if (value === '') return problem(from, ref, 'empty URL');
    let url: URL;
    try {
      url = new URL(value, fromUrl);
    } catch {
      return problem(from, ref, 'not a URL');
    }
    if (SKIPPED_SCHEMES.has(url.protocol)) return undefined;
    if (url.protocol === 'javascript:') return problem(from, ref, 'javascript: URL (blocked by the CSP)');
    if (ref.kind === 'public') {
      if (!/^https?:\/\//.test(value)) return problem(from, ref, `not an absolute URL (expected one under ${publicRoot.href})`);
      if (!url.href.startsWith(publicRoot.href)) return problem(from, ref, `not under the public root ${publicRoot.href}`);
    }
    if (url.href.startsWith(publicRoot.href) && url.origin !== localRoot.origin) {
      // An absolute URL of the site itself: check the file it names in the local build.
      url = new URL(url.href.slice(publicRoot.href.length), localRoot);
    }
    if (url.origin !== localRoot.origin) {
      if (ref.kind !== 'link') return problem(from, ref, 'loaded from another origin (third-party request)');
      report.externalLinks.push(url.href);
      return undefined;
    }
    const path = sitePath(url);
    if (path === undefined) return problem(from, ref, `outside the base path ${localRoot.pathname}`);
    if (path !== '' && !path.endsWith('/') && existsSync(join(options.distDir, path, 'index.html'))) {
      // Some static hosts (object stores, plain CDNs) do not map "a" to "a/index.html".
      return problem(from, ref, `folder page without its trailing slash (use "${path}/")`);
    }
    const fetched = await fetchLocal(url);
    if (fetched.status !== 200) return problem(from, ref, `HTTP ${fetched.status}`);
    const isHtml = fetched.contentType.includes('text/html');
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && isHtml) {
      const target = await pageHtml(url);
      if (target && !anchorsOf(target).has(fragment)) problem(from, ref, `no element with id "${fragment}" on ${path || '(start page)'}`);
    }
    if (fetched.contentType.includes('text/css') && !report.stylesheets.includes(path)) {
      report.stylesheets.push(path);
      for (const cssUrl of urlsInCss(fetched.body)) await checkReference(path, url, { where: 'url()', value: cssUrl, kind: 'asset' });
    }
    return isHtml ? path : undefined;
  };

  /** Checks one page's head and every reference it makes; returns the pages it links to. */
  const checkPage = async (path: string): Promise<string[]> => {
    const url = new URL(path, localRoot);
    const html = await pageHtml(url);
    if (!html) {
      report.problems.push(`${path || '(start page)'}: could not be loaded as HTML (HTTP ${(await fetchLocal(url)).status})`);
      return [];
    }
    const expected = new URL(path, publicRoot).href;
    const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const ogUrl = html.querySelector('meta[property="og:url"]')?.getAttribute('content');
    report.canonical[path] = canonical;
    report.ogImage[path] = html.querySelector('meta[property="og:image"]')?.getAttribute('content');
    const isErrorPage = /^\d{3}\.html$/.test(path);
    if (!isErrorPage) {
      if (canonical !== expected) report.problems.push(`${path || '(start page)'}: canonical is "${canonical}", expected "${expected}"`);
      // Framed pages (embeds) may carry no Open Graph tags; where og:url is given, it must name the page.
      if (ogUrl !== undefined && ogUrl !== expected) report.problems.push(`${path || '(start page)'}: og:url is "${ogUrl}", expected "${expected}"`);
    }
    const fragments = anchorsOf(html);
    const next: string[] = [];
    for (const ref of referencesOf(html)) {
      if (ref.value.startsWith('#')) {
        const id = decodeURIComponent(ref.value.slice(1));
        if (id && !fragments.has(id)) problem(path, ref, `no element with id "${id}" on this page`);
        continue;
      }
      const linked = await checkReference(path, url, ref);
      if (linked !== undefined && ref.kind === 'link') next.push(linked);
    }
    return next;
  };

  // Follow links from the start page.
  const seen = new Set<string>(['']);
  const queue = [''];
  while (queue.length > 0) {
    const path = queue.shift()!;
    report.reachable.push(path);
    for (const linked of await checkPage(path)) {
      const normal = linked.endsWith('index.html') ? pagePathOfFile(linked) : linked;
      if (!seen.has(normal)) {
        seen.add(normal);
        queue.push(normal);
      }
    }
  }

  // Then every file of the build: each must be served, and each HTML file is checked like a page.
  for (const file of report.files) {
    const fetched = await fetchLocal(new URL(file.split('/').map(encodeURIComponent).join('/'), localRoot));
    if (fetched.status !== 200) report.problems.push(`${file}: in the build but served with HTTP ${fetched.status}`);
    if (!file.endsWith('.html')) continue;
    const path = pagePathOfFile(file);
    if (seen.has(path) || seen.has(`${path}index.html`)) continue;
    seen.add(path);
    report.unreachable.push(path);
    await checkPage(path);
  }
  report.externalLinks = [...new Set(report.externalLinks)].sort();
  return report;
}

/** A build served on 127.0.0.1 under its base path. */
export interface ServedBuild {
  /** URL of the site root, ending in "/", e.g. "http://127.0.0.1:41234/news/roundabout/". */
  root: string;
  /** Stops the server. */
  close: () => Promise<void>;
}

/**
 * serveBuild(distDir, base) serves a build mounted at its base path, as a newsroom's static host would:
 * files under the base, a redirect from the base without its slash, 404 everywhere else.
 */
export async function serveBuild(distDir: string, base: string): Promise<ServedBuild> {
  const serve = sirv(distDir, { dev: false, etag: true });
  const server = createServer((request, response) => {
    const notFound = () => {
      response.statusCode = 404;
      response.end('Not found');
    };
    const url = request.url ?? '/';
    if (base !== '/' && url.split('?')[0] === base.slice(0, -1)) {
      response.writeHead(301, { location: base }).end();
      return;
    }
    if (!url.startsWith(base)) return notFound();
    request.url = `/${url.slice(base.length)}`;
    serve(request, response, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    root: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
