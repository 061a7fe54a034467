import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, DIST_DIR } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site served on 127.0.0.1, e.g. "http://127.0.0.1:41234". */
    siteOrigin: string;
  }
}

/** The one build and server of a test run, shared by every project that names this setup. */
interface SharedSite {
  ready: Promise<{ origin: string; server: Server }>;
  users: number;
}

const KEY = Symbol.for('roundabout.test.site');
const holder = globalThis as typeof globalThis & { [KEY]?: SharedSite };

function buildAndServe(): Promise<{ origin: string; server: Server }> {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ROUNDABOUT_OUT_DIR: DIST_DIR },
  });
  if (result.status !== 0) {
    return Promise.reject(new Error(`astro build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`));
  }
  const server: Server = createServer(sirv(DIST_DIR, { dev: false, etag: true }));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })),
  );
}

/**
 * Global setup of the `build` and `browser` projects (never `unit`): builds the site once per
 * run, however many projects ask, serves dist/ on 127.0.0.1, and closes the server after the
 * last of them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (holder[KEY] ??= { ready: buildAndServe(), users: 0 });
  shared.users += 1;
  const { origin, server } = await shared.ready;
  project.provide('siteOrigin', origin);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete holder[KEY];
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
