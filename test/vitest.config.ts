import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;
/** Builds and serves the site once per run, for the projects that read it. */
const SITE_SETUP = 'test/support/global-setup.ts';
/** Scratch folder of this run (ROUNDABOUT_TEST_TMP lets parallel runs keep their reports apart). */
const tmp = resolve(root, process.env.ROUNDABOUT_TEST_TMP ?? 'test/.tmp');

/**
 * Three projects, one run: `unit` (pure functions and schemas), `build` (the built HTML),
 * `browser` (the built site served on 127.0.0.1, driven in Debian's Chromium).
 * The build and browser projects share one global setup that builds the site once and serves it;
 * `--project unit` builds nothing.
 */
export default defineConfig({
  test: {
    root,
    // Two test files at a time even on a 2-core machine: the browser files spend most of their time waiting on
    // Chromium's own processes and on the network stack, so a second worker overlaps that wait.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: resolve(tmp, 'vitest-report.json') }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: [SITE_SETUP],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: [SITE_SETUP],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
