import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/facts/ledger';
import { isDerived } from '../../src/facts/schema';
import { loadGlossary } from '../../src/glossary/load';
import { termPattern } from '../../src/glossary/pattern';
import { readChapters } from '../support/content';
import { DIST_DIR, PROJECT_ROOT } from '../support/paths';
import { buildProjectCopy } from '../support/project-copy';
import { ARTICLE_SLIPS } from '../unit/content/story-files';

const glossary = loadGlossary(join(PROJECT_ROOT, 'content/glossary.yaml'));
const ledger = loadLedger(join(PROJECT_ROOT, 'content/facts.yaml'));
const read = (path: string) => readFileSync(join(DIST_DIR, path), 'utf8');

/** Text nodes under `root`, in document order. */
function textNodes(root: Node): Node[] {
  return root.childNodes.flatMap((child) => (child.nodeType === 3 ? [child] : textNodes(child)));
}

/** The nearest ancestor (or self) that is an element matching `test`. */
function closest(node: Node, test: (element: HTMLElement) => boolean): HTMLElement | null {
  for (let current: Node | null = node.parentNode; current; current = current.parentNode) {
    if (current.nodeType === 1 && test(current as HTMLElement)) return current as HTMLElement;
  }
  return null;
}

describe('the built story, dist/index.html', () => {
  let raw: string;
  let html: HTMLElement;
  let story: HTMLElement[];
  beforeAll(() => {
    raw = read('index.html');
    html = parse(raw);
    // The words of the story as readers meet them: the summary, then each chapter body.
    story = html.querySelectorAll('.story-summary, .chapter__body');
  });

  it('contains each chapter heading, with its section', () => {
    const headings = html.querySelectorAll('.chapter__heading').map((heading) => heading.text.trim());
    for (const chapter of readChapters()) {
      expect(headings, chapter.file).toContain(chapter.title);
      expect(html.querySelector(`section#${chapter.slug} .chapter__body p`), `${chapter.file} has prose`).not.toBeNull();
    }
  });

  it('links every glossary term at least once, to an anchor that exists on the glossary page', () => {
    const glossaryPage = parse(read('glossary/index.html'));
    for (const id of glossary.keys()) {
      const links = html.querySelectorAll(`a[data-term="${id}"]`);
      expect(links.length, `term ${id}`).toBeGreaterThan(0);
      for (const link of links) expect(link.getAttribute('href'), `term ${id}`).toMatch(new RegExp(`/glossary/#term-${id}$`));
      expect(glossaryPage.querySelector(`#term-${id}`), `glossary page #term-${id}`).not.toBeNull();
    }
  });

  it('links each glossary term at its first use in the story, not later', () => {
    // The prose as readers meet it: graphic titles, generated picture descriptions, data notes and the
    // pictures themselves are the graphics' own words, not the story's.
    const chrome = (element: HTMLElement) =>
      element.tagName === 'FIGURE' || element.tagName === 'svg' || element.tagName === 'SVG' ||
      ['scrolly__header', 'step__alt', 'graphic-notes'].some((name) => element.classList.contains(name));
    const nodes = story.flatMap(textNodes).filter((node) => !closest(node, chrome));
    for (const [id, entry] of glossary) {
      const pattern = termPattern(entry);
      // A term can be split across a link and its neighbour only at the link's edge, so scan node by node.
      const first = nodes.find((node) => pattern.test(node.text));
      expect(first, `the story never uses "${entry.term}"`).toBeDefined();
      const link = closest(first!, (element) => element.tagName === 'A');
      expect(link?.getAttribute('data-term'), `first use of "${entry.term}": "${first!.text.trim()}"`).toBe(id);
    }
  });

  it('marks every derived figure in the story as derived', () => {
    for (const element of html.querySelectorAll('[data-fact]')) {
      const fact = ledger.get(element.getAttribute('data-fact')!)!;
      expect(element.classList.contains('fact--derived'), fact.id).toBe(isDerived(fact));
    }
    const derivedIds = [...ledger.values()].filter(isDerived).map((fact) => fact.id);
    for (const id of derivedIds) {
      const first = html.querySelector(`[data-fact="${id}"]`);
      expect(first?.querySelector('.fact__arithmetic')?.text, `first ${id}`).toMatch(/^\s*\(derived: .+\)$/);
    }
  });

  it('copies none of the article’s slips', () => {
    for (const slip of ARTICLE_SLIPS) expect(raw, slip.name).not.toMatch(slip.pattern);
  });

  it('names the university meeting correctly', () => {
    expect(html.querySelector('main')!.text.replace(/\s+/g, ' ')).toContain(
      'Project for Media and National Security at George Washington University',
    );
  });
});

describe('the built glossary page, dist/glossary/index.html', () => {
  it('defines every term under its own id, and is linked from the site nav', () => {
    const html = parse(read('glossary/index.html'));
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    for (const [id, entry] of glossary) {
      const item = html.querySelector(`#term-${id}`);
      expect(item?.querySelector('dt')?.text.trim(), id).toBe(entry.term);
      expect(item?.querySelector('dd')?.text.trim().length, id).toBeGreaterThan(20);
    }
    for (const page of ['index.html', 'sources/index.html', 'glossary/index.html']) {
      const nav = parse(read(page)).querySelectorAll('.site-nav a').map((a) => a.getAttribute('href'));
      expect(nav, page).toContainEqual(expect.stringMatching(/\/glossary\/$/));
    }
  });
});

describe('the built sources page, dist/sources/index.html', () => {
  let html: HTMLElement;
  beforeAll(() => {
    html = parse(read('sources/index.html'));
  });

  it('explains each derivation in plain words, linking to its arithmetic', () => {
    for (const fact of ledger.values()) {
      if (!isDerived(fact)) continue;
      const section = html.querySelector(`[data-derivation="${fact.id}"]`);
      expect(section, fact.id).not.toBeNull();
      const words = section!.text.replace(/\s+/g, ' ');
      for (const operand of fact.derivedFrom) expect(words, `${fact.id} names ${operand}`).toContain(ledger.get(operand)!.display);
      expect(words, fact.id).toContain(`gives ${fact.display} ${fact.unit}`);
      expect(section!.querySelector(`a[href="#fact-${fact.id}"]`), fact.id).not.toBeNull();
    }
  });

  it('says what the source does not establish', () => {
    const heading = html.querySelector('#not-established');
    expect(heading?.text).toBe('What the source does not establish');
    const items = html.querySelectorAll('.not-established li').map((li) => li.text.replace(/\s+/g, ' '));
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.join(' ')).toMatch(/finalised/);
    expect(items.join(' ')).toMatch(/North Korea/);
    expect(items.join(' ')).toMatch(/no year/);
  });
});

describe('an unknown <Term> id', () => {
  it('fails the build, naming the MDX file and the id', () => {
    const { status, output } = buildProjectCopy({
      name: 'fixture-unknown-term',
      files: {
        'content/chapters/99-fixture.mdx': `---\ntitle: Fixture chapter\nsummary: A chapter that exists only in a test.\norder: 99\n---\nimport Term from '../../src/components/Term.astro';\n\nUkraine asked for <Term id="mortar">mortars</Term>.\n`,
      },
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/99-fixture\.mdx:\d+:\d+: unknown glossary term id "mortar"/);
  });
});
