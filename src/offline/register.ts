import { withBase } from '../lib/paths';
import { PRECACHE_ID, SERVICE_WORKER_FILE } from './files';

/** The worker's scope: the site's base path, so a copy under /news/roundabout/ keeps to that path. */
export const OFFLINE_SCOPE = withBase('');

/** The states a worker passes through on its way to serving pages, in order. */
const STATES: readonly ServiceWorkerState[] = ['parsed', 'installing', 'installed', 'activating', 'activated'];

/** offlineSupported() is true where this browser can keep the site: service workers and Cache Storage in a secure context. */
export function offlineSupported(): boolean {
  return window.isSecureContext && 'serviceWorker' in navigator && 'caches' in window;
}

let registering: Promise<ServiceWorkerRegistration> | undefined;

/**
 * registerOfflineWorker() registers sw.js at the base path, scoped to it. Every script on a page shares the
 * one registration; after a failure the next call tries again.
 */
export function registerOfflineWorker(): Promise<ServiceWorkerRegistration> {
  registering ??= navigator.serviceWorker.register(withBase(SERVICE_WORKER_FILE), { scope: OFFLINE_SCOPE }).catch((error: unknown) => {
    registering = undefined;
    throw error;
  });
  return registering;
}

/** reached(worker, state) resolves once the worker is at `state` or past it; it rejects if the worker is dropped (a failed install). */
function reached(worker: ServiceWorker, state: ServiceWorkerState): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === 'redundant') {
        worker.removeEventListener('statechange', check);
        reject(new Error(`${SERVICE_WORKER_FILE}: the worker was dropped before it reached "${state}" (a file failed to download)`));
      } else if (STATES.indexOf(worker.state) >= STATES.indexOf(state)) {
        worker.removeEventListener('statechange', check);
        resolve();
      }
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

/**
 * whenOfflineReady(registration) resolves once the whole site is in the precache: a worker is active and no
 * install is under way. Workbox installs a worker only when every file of its precache list is cached, so an
 * active worker means a complete copy; a newer version that finished installing waits, complete, beside it.
 */
export async function whenOfflineReady(registration: ServiceWorkerRegistration): Promise<void> {
  for (;;) {
    const active = registration.active;
    const incoming = registration.installing ?? (active ? null : registration.waiting);
    if (incoming) {
      await reached(incoming, active ? 'installed' : 'activated');
    } else if (active) {
      await reached(active, 'activated');
      return;
    } else {
      throw new Error(`${SERVICE_WORKER_FILE}: the registration for ${registration.scope} has no worker`);
    }
  }
}

/** precachedFileCount(registration) counts the files in the site's precache (Workbox names it after the scope). */
export async function precachedFileCount(registration: ServiceWorkerRegistration): Promise<number> {
  const names = (await caches.keys()).filter((name) => name.startsWith(`${PRECACHE_ID}-precache`) && name.endsWith(registration.scope));
  const sizes = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
  return sizes.reduce((sum, size) => sum + size, 0);
}
