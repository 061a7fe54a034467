import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TMP_DIR } from '../support/paths';

/** A broken copy of the project: each file is replaced by a fixture or by an edit of the real one. */
interface Fixture {
  name: string;
  files: Record<string, string | ((original: string) => string)>;
}

const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project into test/.tmp/<name>, applies the fixture and runs `astro build` there. */
function buildFixture(fixture: Fixture): { status: number | null; output: string } {
  const dir = join(TMP_DIR, `fixture-${fixture.name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_FILES) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, change] of Object.entries(fixture.files)) {
    const target = join(dir, path);
    const text = typeof change === 'string' ? change : change(readFileSync(target, 'utf8'));
    writeFileSync(target, text);
  }
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ROUNDABOUT_OUT_DIR: join(dir, 'dist'), ROUNDABOUT_CACHE_DIR: join(dir, '.cache') },
  });
  // Strip colour codes so messages can be matched as plain text.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

const fixtureChapter = (frontmatter: string, body: string) => `---
${frontmatter}
---
import Fact from '../../src/components/Fact.astro';

${body}
`;

const VALID_FRONTMATTER = 'title: Fixture chapter\nsummary: A chapter that exists only in a test.\norder: 99';

describe('bad input fails the build with a message naming the file and the field', () => {
  it('a <Fact> with an unknown id names the MDX file and the id', () => {
    const { status, output } = buildFixture({
      name: 'unknown-fact',
      files: {
        'content/chapters/99-fixture.mdx': fixtureChapter(VALID_FRONTMATTER, 'Ukraine fired <Fact id="no-such-fact" /> rounds.'),
      },
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/99-fixture\.mdx:\d+:\d+: unknown fact id "no-such-fact"/);
  });

  it('a bare figure in prose names the MDX file and the figure', () => {
    const { status, output } = buildFixture({
      name: 'bare-figure',
      files: { 'content/chapters/99-fixture.mdx': fixtureChapter(VALID_FRONTMATTER, 'Ukraine fired 4,000 rounds.') },
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/99-fixture\.mdx:\d+:\d+: bare figure "4,000"/);
  });

  it('malformed chapter frontmatter names the file and the field', () => {
    const { status, output } = buildFixture({
      name: 'bad-frontmatter',
      files: {
        'content/chapters/99-fixture.mdx': fixtureChapter(
          VALID_FRONTMATTER.replace('order: 99', 'order: ninety-nine'),
          'A chapter with no figures.',
        ),
      },
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/99-fixture.mdx');
    expect(output).toMatch(/\border\b.*expected type\W+number/i);
  });

  it('a ledger entry without its quote names content/facts.yaml, the entry and the field', () => {
    const { status, output } = buildFixture({
      name: 'bad-ledger',
      files: { 'content/facts.yaml': (original) => original.replace(/^ {2}quote: .*\n/m, '') },
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/facts\.yaml: entry 1 \(id "[a-z-]+"\): field "quote"/);
  });
});
