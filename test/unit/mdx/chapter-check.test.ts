import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChapterError, checkChapterTree } from '../../../src/mdx/chapter-check';
import { PROJECT_ROOT } from '../../support/paths';

const options = {
  ledgerPath: join(PROJECT_ROOT, 'content/facts.yaml'),
  glossaryPath: join(PROJECT_ROOT, 'content/glossary.yaml'),
};
const file = { path: join(PROJECT_ROOT, 'content/chapters/99-fixture.mdx'), cwd: PROJECT_ROOT };
const at = (line: number) => ({ start: { line, column: 1 } });

/** A paragraph holding one JSX element with a literal id and the given text inside. */
function paragraphWith(name: string, id: string | undefined, text: string) {
  const attributes = id === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'id', value: id }];
  return {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        position: at(3),
        children: [
          { type: 'text', value: 'Ukraine asked for ', position: at(3) },
          { type: 'mdxJsxTextElement', name, attributes, position: at(3), children: [{ type: 'text', value: text, position: at(3) }] },
        ],
      },
    ],
  };
}

describe('checkChapterTree(tree, file, options)', () => {
  it('accepts a <Term> whose id is in the glossary', () => {
    expect(() => checkChapterTree(paragraphWith('Term', 'howitzer', 'howitzers'), file, options)).not.toThrow();
  });

  it('fails on an unknown <Term> id, naming the file, line and id', () => {
    const check = () => checkChapterTree(paragraphWith('Term', 'mortar', 'mortars'), file, options);
    expect(check).toThrow(ChapterError);
    expect(check).toThrow(/^content\/chapters\/99-fixture\.mdx:3:1: unknown glossary term id "mortar" in <Term id="mortar">/);
  });

  it('fails on a <Term> without an id', () => {
    expect(() => checkChapterTree(paragraphWith('Term', undefined, 'howitzers'), file, options)).toThrow(
      /99-fixture\.mdx:3:1: <Term> is missing its id attribute/,
    );
  });

  it('still checks the words inside a <Term> for bare figures, allowing calibre names', () => {
    expect(() => checkChapterTree(paragraphWith('Term', '155mm', '155mm'), file, options)).not.toThrow();
    expect(() => checkChapterTree(paragraphWith('Term', 'howitzer', '142 howitzers'), file, options)).toThrow(/bare figure "142"/);
  });

  it('fails on an unknown <Fact> id, naming the file and id', () => {
    expect(() => checkChapterTree(paragraphWith('Fact', 'no-such-fact', ''), file, options)).toThrow(
      /99-fixture\.mdx:3:1: unknown fact id "no-such-fact"/,
    );
  });
});
