import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;
/** Scratch folder of this run (ROUNDABOUT_TEST_TMP lets parallel runs keep their reports apart). */
const tmp = resolve(root, process.env.ROUNDABOUT_TEST_TMP ?? 'test/.tmp');

/**
 * Three projects, one run: `unit` (pure functions and schemas), `build` (the built HTML),
 * `browser` (the built site served on 127.0.0.1, driven in Debian's Chromium).
 * The global setup builds the site once and serves it for the projects that need it.
 */
export default defineConfig({
  test: {
    root,
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', ['json', { outputFile: resolve(tmp, 'vitest-report.json') }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
