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

/** Builds the site once (astro build), then serves dist/ on 127.0.0.1 for build and browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ROUNDABOUT_OUT_DIR: DIST_DIR },
  });
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const server: Server = createServer(sirv(DIST_DIR, { dev: false, etag: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('siteOrigin', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
