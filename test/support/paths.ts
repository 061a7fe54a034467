import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** Absolute path of the repository root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Absolute path of the built site (ROUNDABOUT_OUT_DIR lets parallel runs build apart). */
export const DIST_DIR = resolve(PROJECT_ROOT, process.env.ROUNDABOUT_OUT_DIR ?? 'dist');
/** Scratch space for tests, ignored by git (ROUNDABOUT_TEST_TMP moves it). */
export const TMP_DIR = resolve(PROJECT_ROOT, process.env.ROUNDABOUT_TEST_TMP ?? join('test', '.tmp'));
