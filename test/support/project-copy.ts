import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

/** What a build needs from the project; dependencies are linked, not copied. */
const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Variables vitest puts into a worker's process.env (import.meta.env mirrors). Astro reads BASE_URL from the
 * environment, so a child build that inherits BASE_URL=/ silently ignores BASE_PATH: strip them all.
 */
const VITEST_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/;

/** A copy of the project to build: its own files, edits and environment. */
export interface ProjectCopyOptions {
  /** Names the copy's folder (one per test suite and fixture). */
  name: string;
  /** Files to replace (text) or edit (a function of the original), by project-relative path. */
  files?: Record<string, string | ((original: string) => string)>;
  /** Extra environment for the build (SITE_URL, BASE_PATH, …). */
  env?: Record<string, string>;
  /** Where the build goes (default: beside the copy). */
  outDir?: string;
}

/** A built copy: where it is, how the build ended and what it printed (colour codes removed). */
export interface BuiltCopy {
  /** The copy's project folder. */
  dir: string;
  /** Its build output. */
  outDir: string;
  status: number | null;
  output: string;
}

/**
 * buildProjectCopy(options) copies the project into a folder of its own under the system's temp
 * folder (outside the project, whose .astro folder would otherwise be shared by concurrent builds),
 * applies the edits and runs `astro build` there with vitest's variables stripped from the environment.
 */
export function buildProjectCopy({ name, files = {}, env = {}, outDir: out }: ProjectCopyOptions): BuiltCopy {
  const root = join(tmpdir(), `roundabout-test-${process.pid}`, name);
  const dir = join(root, 'project');
  const outDir = out ?? join(root, 'dist');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_FILES) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, change] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, typeof change === 'string' ? change : change(readFileSync(target, 'utf8')));
  }
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([variable]) => !VITEST_ENV.test(variable)));
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env, ROUNDABOUT_OUT_DIR: outDir, ROUNDABOUT_CACHE_DIR: join(root, 'cache') },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { dir, outDir, status: result.status, output };
}
