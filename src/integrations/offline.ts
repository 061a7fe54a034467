import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import { siteWords } from '../i18n/site';
import { webManifest } from '../offline/manifest';
import { NOT_PRECACHED, PRECACHE_ID, SERVICE_WORKER_FILE, WEB_MANIFEST_FILE } from '../offline/files';
import { updateOfferWords } from '../offline/words';
import { requireTokens, themeTokens } from '../og/theme-tokens';
import { SITE } from '../site';

/** The favicon, copied from public/ into the build; the manifest's one icon. */
const ICON_FILE = 'favicon.svg';

/** The script every page runs: it registers the worker and offers updates (src/offline/update.ts). */
const PAGE_SCRIPT = fileURLToPath(new URL('../offline/update.ts', import.meta.url));

/** A built site to make available offline. */
export interface OfflineBuild {
  /** The build output folder: every file in it is precached. */
  outDir: string;
  /** Path prefix the site is served under, starting and ending with "/". */
  base: string;
  /** The project folder (its src/styles/theme.css gives the manifest's colours). */
  root: string;
}

/** What writeOfflineFiles() wrote. */
export interface OfflineFiles {
  /** Files the service worker precaches. */
  count: number;
  /** Their total size in bytes. */
  size: number;
}

/**
 * writeOfflineFiles(build) writes manifest.webmanifest and, with Workbox's generateSW, sw.js (and its
 * workbox-*.js runtime) into the build, precaching every file in it but the newsrooms' picture files. The worker waits to take over
 * from an older one until a reader asks (the page's "Reload" offer sends SKIP_WAITING), so it never
 * reloads a lesson by itself. A file Workbox would leave out (too large) fails the build, naming it.
 */
export async function writeOfflineFiles({ outDir, base, root }: OfflineBuild): Promise<OfflineFiles> {
  if (!existsSync(join(outDir, ICON_FILE))) {
    throw new Error(`public/${ICON_FILE}: missing from the build in ${outDir}; the web app manifest uses it as its icon`);
  }
  const themePath = join(root, 'src/styles/theme.css');
  const tokens = requireTokens(themeTokens(readFileSync(themePath, 'utf8')), ['color-bg']);
  const manifest = webManifest({ site: SITE, base, background: tokens['color-bg'], icon: ICON_FILE });
  writeFileSync(join(outDir, WEB_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    // Everything in the build: pages, scripts, stylesheets, images, CSVs, fonts, the manifest.
    globPatterns: ['**/*'],
    // …but the picture files made for newsrooms to download (src/offline/files.ts says why).
    globIgnores: [...NOT_PRECACHED],
    swDest: join(outDir, SERVICE_WORKER_FILE),
    cacheId: PRECACHE_ID,
    // Hashed file names change with their content; every other file gets a revision hash.
    dontCacheBustURLsMatching: /^_astro\//,
    // "/sources/" is the precached "sources/index.html"; "/?present" and "/embed/x/?step=y" are their pages,
    // because every query on this static site is read by the page's own script.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // Nothing is left out for its size: the build fails instead (below).
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // A new version waits until the reader presses "Reload"; the first one takes charge of the open page at once.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    sourcemap: false,
    mode: 'production',
  });
  if (warnings.length > 0) {
    throw new Error(`${SERVICE_WORKER_FILE}: Workbox could not precache the whole build in ${outDir}:\n${warnings.join('\n')}`);
  }
  return { count, size };
}

/**
 * offline() makes the built site work offline after the first visit: every page gets an external module
 * script (injected, so no layout needs it and the CSP needs no inline script) that registers sw.js with the
 * base path as its scope and shows an "Update available" offer; after the build, writeOfflineFiles() writes
 * the worker and the manifest. Nothing runs under `astro dev`, where there is no build to precache.
 */
export function offline(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'roundabout:offline',
    hooks: {
      'astro:config:setup': ({ config, command, injectScript }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const words = Object.fromEntries(LOCALES.map((locale) => [locale, updateOfferWords(siteWords(locale))]));
        injectScript('page', `import { startOffline } from ${JSON.stringify(PAGE_SCRIPT)};\nstartOffline(${JSON.stringify(words)}, ${JSON.stringify(DEFAULT_LOCALE)});`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeOfflineFiles({ outDir: fileURLToPath(dir), base, root });
        logger.info(`${SERVICE_WORKER_FILE} precaches ${count} files (${Math.round(size / 1024)} KB) under ${base}; ${WEB_MANIFEST_FILE} written`);
      },
    },
  };
}
