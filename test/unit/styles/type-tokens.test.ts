import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/paths';

/**
 * The comment that lets a literal stand, on its declaration's line or the line above: `/* one-off: reason *\/`.
 * A reason is required, so a literal says why no step of the scale fits.
 */
const ONE_OFF = /\/\*\s*one-off:\s*\S[^*]*\*\//;

/** Values that are not literals: one token (with or without a fallback) or a CSS-wide keyword. */
const TOKEN_VALUE = /^var\(\s*--[\w-]+\s*(?:,[^()]*)?\)$/;
const CSS_WIDE = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);

/** Presentation mode's components follow the projector scale of src/present/present.css, which has its own owner. */
const PRESENTATION = /^src\/components\/(?:Present\w*|TitleSlide)\.astro$/;

/** A literal type value, where it stands. */
interface Finding {
  file: string;
  line: number;
  declaration: string;
}

/** A stylesheet's text and the line of the file it starts on (an .astro file's <style> block starts mid-file). */
interface Sheet {
  file: string;
  css: string;
  firstLine: number;
}

/** Comments blanked out character for character, so positions and line numbers still match the source. */
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));

/**
 * literalTypeDeclarations(sheet) lists the declarations of font-size, line-height and font-weight (and the `font`
 * shorthand) whose value is a literal rather than a token, unless a `one-off:` comment gives the reason.
 */
export function literalTypeDeclarations({ file, css, firstLine }: Sheet): Finding[] {
  const lines = css.split('\n');
  const bare = withoutComments(css);
  const findings: Finding[] = [];
  for (const match of bare.matchAll(/(?<![\w-])(font-size|line-height|font-weight|font)\s*:\s*([^;{}]+?)\s*(?:!important\s*)?(?=[;}])/g)) {
    const value = match[2]!.trim();
    if (TOKEN_VALUE.test(value) || CSS_WIDE.has(value)) continue;
    const index = bare.slice(0, match.index).split('\n').length - 1;
    if (ONE_OFF.test(lines[index] ?? '') || ONE_OFF.test(lines[index - 1] ?? '')) continue;
    findings.push({ file, line: firstLine + index, declaration: `${match[1]}: ${value}` });
  }
  return findings;
}

/** The <style> blocks of an .astro file, each with the line it starts on. */
export function styleBlocksOf(file: string, source: string): Sheet[] {
  return [...source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({
    file,
    css: match[1]!,
    firstLine: source.slice(0, match.index + match[0].indexOf('>') + 1).split('\n').length,
  }));
}

/** Every file under a folder of the project whose name ends in `ext`, as project-relative paths. */
function filesUnder(folder: string, ext: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => `${folder}/${name.split('\\').join('/')}`)
    .sort();
}

/** The site's own stylesheets and <style> blocks: everything but theme.css, where the tokens are written. */
function siteSheets(): Sheet[] {
  const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');
  const stylesheets = ['src/styles/global.css', 'src/styles/print.css'].map((file) => ({ file, css: read(file), firstLine: 1 }));
  const astro = ['src/pages', 'src/components', 'src/layouts']
    .flatMap((folder) => filesUnder(folder, '.astro'))
    .filter((file) => !PRESENTATION.test(file))
    .flatMap((file) => styleBlocksOf(file, read(file)));
  return [...stylesheets, ...astro];
}

/** The custom properties theme.css declares, and those global.css derives from them on <body>. */
function declaredTokens(): Set<string> {
  const names = new Set<string>();
  for (const file of ['src/styles/theme.css', 'src/styles/global.css']) {
    for (const match of readFileSync(join(PROJECT_ROOT, file), 'utf8').matchAll(/(--[\w-]+)\s*:/g)) names.add(match[1]!);
  }
  return names;
}

const where = (finding: Finding) => `${finding.file}:${finding.line}: ${finding.declaration}`;

describe('literalTypeDeclarations(sheet)', () => {
  const sheet = (css: string): Sheet => ({ file: 'src/components/Example.astro', css, firstLine: 40 });

  it('names the file and line of a literal font-weight added to a component', () => {
    const findings = literalTypeDeclarations(sheet('.example {\n  color: red;\n  font-weight: 700;\n}\n'));
    expect(findings.map(where)).toEqual(['src/components/Example.astro:42: font-weight: 700']);
  });

  it('names literal sizes, line heights, keywords and the font shorthand alike', () => {
    const css = '.a { font-size: 0.85rem; }\n.b { line-height: 1.5 !important; }\n.c { font-weight: bold }\n.d { font: 700 1rem/1.2 serif; }\n';
    expect(literalTypeDeclarations(sheet(css)).map((finding) => finding.declaration)).toEqual([
      'font-size: 0.85rem',
      'line-height: 1.5',
      'font-weight: bold',
      'font: 700 1rem/1.2 serif',
    ]);
  });

  it('lets tokens, CSS-wide keywords and a commented one-off stand', () => {
    const css = [
      '.a { font-size: var(--step--1); line-height: var(--leading-ui, 1.4); font: inherit; }',
      '.b { font-size: 0.7rem; /* one-off: fits the QR code */ }',
      '.c {',
      '  /* one-off: paper is set in points */',
      '  font-size: 10.5pt;',
      '}',
    ].join('\n');
    expect(literalTypeDeclarations(sheet(css))).toEqual([]);
  });

  it('does not let a one-off marker without a reason, or a calc() around a token, through', () => {
    const css = '.a { font-size: 0.7rem; /* one-off: */ }\n.b { font-size: calc(var(--step-0) * 1.1); }\n';
    expect(literalTypeDeclarations(sheet(css)).map((finding) => finding.line)).toEqual([40, 41]);
  });

  it('ignores declarations inside comments and other properties that merely contain the names', () => {
    const css = '/* font-size: 12px */\n.a { --font-size-note: 1rem; font-family: var(--font-ui); }\n';
    expect(literalTypeDeclarations(sheet(css))).toEqual([]);
  });
});

describe('styleBlocksOf(file, source)', () => {
  it('gives each <style> block of an .astro file the line it starts on, so findings name the file’s own lines', () => {
    const source = '---\nconst a = 1;\n---\n<p>hi</p>\n\n<style is:global>\n  p {\n    font-size: 12px;\n  }\n</style>\n';
    const [block] = styleBlocksOf('src/components/Example.astro', source);
    expect(literalTypeDeclarations(block!).map(where)).toEqual(['src/components/Example.astro:8: font-size: 12px']);
  });
});

describe('the site’s styles set type with the tokens of src/styles/theme.css', () => {
  const sheets = siteSheets();

  it('reads global.css, print.css and the <style> blocks of the pages, components and layouts', () => {
    const files = new Set(sheets.map((sheet) => sheet.file));
    for (const file of ['src/styles/global.css', 'src/styles/print.css', 'src/components/EmbedGraphic.astro', 'src/pages/[...locale]/handout.astro']) {
      expect(files, file).toContain(file);
    }
  });

  it('has no literal font-size, line-height or font-weight without a `/* one-off: reason */` comment', () => {
    expect(sheets.flatMap(literalTypeDeclarations).map(where)).toEqual([]);
  });

  it('names only tokens that theme.css (or global.css, deriving from it) declares', () => {
    const tokens = declaredTokens();
    const unknown: string[] = [];
    for (const sheet of sheets) {
      const bare = withoutComments(sheet.css);
      for (const match of bare.matchAll(/(?<![\w-])(?:font-size|line-height|font-weight|max-width)\s*:[^;{}]*?var\(\s*(--[\w-]+)/g)) {
        if (!tokens.has(match[1]!)) unknown.push(`${sheet.file}:${sheet.firstLine + bare.slice(0, match.index).split('\n').length - 1}: ${match[1]}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
