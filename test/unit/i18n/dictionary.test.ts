import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import { PROJECT_ROOT } from '../../support/paths';
import { clientModuleGraph, filesUnder, resolveLocal } from '../architecture/imports';
import { inlineEnglish } from './astro-text';

const SRC = join(PROJECT_ROOT, 'src');
const rel = (file: string) => relative(PROJECT_ROOT, file);
/** Every source file under src/ but the dictionaries themselves. */
const sources = filesUnder(SRC)
  .filter((file) => /\.(ts|astro|mdx|mjs|js)$/.test(file))
  .map((file) => ({ path: rel(file), text: readFileSync(file, 'utf8') }));
const quoted = (name: string) => new RegExp(`['"\`]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);

describe('the site dictionary, src/i18n/en.json', () => {
  it('has no dead keys: every key is named, as a literal, somewhere in src/', () => {
    const keys = Object.keys(en);
    expect(keys.length).toBeGreaterThan(0);
    const unused = keys.filter((key) => !sources.some(({ text }) => quoted(key).test(text)));
    expect(unused).toEqual([]);
  });

  it('never reaches the browser: no client module imports a dictionary or the module that loads them', () => {
    const offences: string[] = [];
    for (const [file, { imports, via }] of clientModuleGraph()) {
      const from = file.replace(/#script\d+$/, '');
      for (const specifier of imports) {
        if (specifier.includes('*')) continue; // a graphic-folder glob: its files are in the graph themselves
        const target = specifier.startsWith('.') ? rel(resolveLocal(from, specifier) ?? specifier) : specifier;
        if (/^src\/i18n\/(.*\.json|site\.ts)$/.test(target)) offences.push(`${rel(file)} (loaded via ${rel(via)}) imports ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });
});

describe('.astro files under src/', () => {
  const astroFiles = sources.filter(({ path }) => path.endsWith('.astro'));

  it('are found', () => {
    expect(astroFiles.map(({ path }) => path)).toEqual(expect.arrayContaining(['src/layouts/Base.astro', 'src/pages/[...locale]/sources.astro']));
  });

  it('write no English of their own: no run of four or more words in their markup (words come from en.json or content/)', () => {
    const offences = astroFiles.flatMap(({ path, text }) => inlineEnglish(text).map((run) => `${path}: “${run}”`));
    expect(offences).toEqual([]);
  });
});

describe('inlineEnglish(astro)', () => {
  it('finds a run of words in the template, in an attribute, and in JSX or a string inside an expression', () => {
    const astro = [
      '---',
      "const note = 'frontmatter is code and is not read';",
      '---',
      '<p>Show the data as a table</p>',
      '<aside aria-label="Notes for the presenter"></aside>',
      "{shown && <span>Read the full story</span>}",
      "{fact.decimals === 0 ? ', rounded to whole numbers' : ''}",
    ].join('\n');
    expect(inlineEnglish(astro)).toEqual(['Show the data as a table', 'Notes for the presenter', 'Read the full story', 'rounded to whole numbers']);
  });

  it('leaves out the frontmatter, expressions’ code, short labels, <style>, <script> and comments', () => {
    const astro = [
      '---',
      "throw new Error('a message for the developer, not the reader');",
      '---',
      "<h2>{t('sources.fromSource')}</h2>",
      '<button>Next</button> <kbd>Esc</kbd>',
      '<!-- a comment about the markup below -->',
      '{/* a comment inside an expression */}',
      '<style>.a { content: "text in a style sheet"; }</style>',
      '<script>console.log("text in a client script");</script>',
    ].join('\n');
    expect(inlineEnglish(astro)).toEqual([]);
  });
});

describe('page content, content/pages/', () => {
  it('is all in use: every file is named by the page that renders it', () => {
    const names = readdirSync(join(PROJECT_ROOT, 'content/pages')).map((file) => file.replace(/\.(mdx|yaml)$/, ''));
    expect(names.length).toBeGreaterThan(0);
    const unused = names.filter((name) => !sources.some(({ text }) => quoted(name).test(text)));
    expect(unused).toEqual([]);
  });
});
