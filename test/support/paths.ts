import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Absolute path of the repository root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Absolute path of the built site. */
export const DIST_DIR = join(PROJECT_ROOT, 'dist');
/** Scratch space for tests, ignored by git. */
export const TMP_DIR = join(PROJECT_ROOT, 'test/.tmp');
