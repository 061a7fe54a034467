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

describe('checkChapterTree with graphicStates: <Scrolly graphic> and <Step state>', () => {
  const graphicStates = new Map([
    ['drawdown', ['drawdown-start', 'drawdown-run']],
    ['flow-map', ['map-buyer']],
  ]);
  const jsx = (name: string, attributes: Record<string, string>, line: number, children: unknown[] = []) => ({
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([attribute, value]) => ({ type: 'mdxJsxAttribute', name: attribute, value })),
    position: at(line),
    children,
  });
  const tree = (...children: unknown[]) => ({ type: 'root', children });
  const check = (root: unknown) => () => checkChapterTree(root as never, file, { ...options, graphicStates });

  it('accepts a block whose steps are states of its graphic', () => {
    expect(check(tree(jsx('Scrolly', { graphic: 'drawdown' }, 5, [jsx('Step', { state: 'drawdown-run' }, 6)])))).not.toThrow();
  });

  it('fails on an unknown graphic, naming the file, line and the known graphics', () => {
    expect(check(tree(jsx('Scrolly', { graphic: 'pie' }, 5, [jsx('Step', { state: 'drawdown-run' }, 6)])))).toThrow(
      /^content\/chapters\/99-fixture\.mdx:5:1: unknown graphic "pie" in <Scrolly graphic="pie"> \(known: drawdown, flow-map\)/,
    );
  });

  it('fails on a step that is another graphic’s state, naming its line and the block’s states', () => {
    expect(check(tree(jsx('Scrolly', { graphic: 'drawdown' }, 5, [jsx('Step', { state: 'map-buyer' }, 7)])))).toThrow(
      /99-fixture\.mdx:7:1: <Step state="map-buyer"> is not a state of drawdown \(its states: drawdown-start, drawdown-run\)/,
    );
  });

  it('fails on a <Step> outside any <Scrolly>, a block with no steps, and nested blocks', () => {
    expect(check(tree(jsx('Step', { state: 'map-buyer' }, 9)))).toThrow(/99-fixture\.mdx:9:1: <Step state="map-buyer"> outside a <Scrolly>/);
    expect(check(tree(jsx('Scrolly', { graphic: 'flow-map' }, 4)))).toThrow(/99-fixture\.mdx:4:1: <Scrolly graphic="flow-map"> has no <Step>/);
    expect(check(tree(jsx('Scrolly', { graphic: 'flow-map' }, 4, [jsx('Scrolly', { graphic: 'drawdown' }, 5)])))).toThrow(/99-fixture\.mdx:5:1: <Scrolly> inside/);
  });

  it('fails on a missing graphic or state attribute', () => {
    expect(check(tree(jsx('Scrolly', {}, 4)))).toThrow(/<Scrolly> is missing its graphic attribute/);
    expect(check(tree(jsx('Scrolly', { graphic: 'flow-map' }, 4, [jsx('Step', {}, 5)])))).toThrow(/99-fixture\.mdx:5:1: <Step> is missing its state attribute/);
  });
});
