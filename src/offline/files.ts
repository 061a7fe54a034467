/** Names the offline files share between the build (src/integrations/offline.ts) and the pages' scripts. */

/** The service worker, written at the site's base path so that its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The web app manifest, written at the site's base path and linked from every page. */
export const WEB_MANIFEST_FILE = 'manifest.webmanifest';

/** Workbox's cache id: the precache is named `${PRECACHE_ID}-precache-…-${scope}`, one per deployment path. */
export const PRECACHE_ID = 'roundabout';

/** The message Workbox's generated worker answers by calling skipWaiting() (only when a reader asks for it). */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const;

/**
 * Files the worker leaves out: the picture files under embed/<graphic>/ (SVG and PNG, over 10 MB in two languages,
 * src/charts/kit/picture.ts) are downloads for newsrooms, which no lesson needs offline; the pages, their own step
 * pictures and everything else are precached.
 */
export const NOT_PRECACHED = ['**/embed/*/*.png', '**/embed/*/*.svg'] as const;
