import { describe, expect, it } from 'vitest';
import { buildProjectCopy } from '../support/project-copy';

const fixtureChapter = (frontmatter: string, body: string) => `---
${frontmatter}
---
import Fact from '../../src/components/Fact.astro';

${body}
`;

const VALID_FRONTMATTER = 'title: Fixture chapter\nsummary: A chapter that exists only in a test.\norder: 99';

describe('bad input fails the build with a message naming the file and the field', () => {
  it('a <Fact> with an unknown id names the MDX file and the id', () => {
    const { status, output } = buildProjectCopy({
      name: 'fixture-unknown-fact',
      files: {
        'content/chapters/99-fixture.mdx': fixtureChapter(VALID_FRONTMATTER, 'Ukraine fired <Fact id="no-such-fact" /> rounds.'),
      },
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/99-fixture\.mdx:\d+:\d+: unknown fact id "no-such-fact"/);
  });

  it('a bare figure in prose names the MDX file and the figure', () => {
    const { status, output } = buildProjectCopy({
      name: 'fixture-bare-figure',
      files: { 'content/chapters/99-fixture.mdx': fixtureChapter(VALID_FRONTMATTER, 'Ukraine fired 4,000 rounds.') },
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/99-fixture\.mdx:\d+:\d+: bare figure "4,000"/);
  });

  it('a <Step> whose state is not its graphic’s names the MDX file, the line and the graphic’s states', () => {
    const { status, output } = buildProjectCopy({
      name: 'fixture-wrong-state',
      files: {
        'content/chapters/99-fixture.mdx': `---\n${VALID_FRONTMATTER}\n---\nimport Scrolly from '../../src/components/Scrolly.astro';\nimport Step from '../../src/components/Step.astro';\n\n<Scrolly graphic="drawdown">\n  <Step state="map-buyer">Text.</Step>\n</Scrolly>\n`,
      },
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/99-fixture\.mdx:\d+:\d+: <Step state="map-buyer"> is not a state of drawdown \(its states: drawdown-start/);
  });

  it('malformed chapter frontmatter names the file and the field', () => {
    const { status, output } = buildProjectCopy({
      name: 'fixture-bad-frontmatter',
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
    const { status, output } = buildProjectCopy({
      name: 'fixture-bad-ledger',
      files: { 'content/facts.yaml': (original) => original.replace(/^ {2}quote: .*\n/m, '') },
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/facts\.yaml: entry 1 \(id "[a-z-]+"\): field "quote"/);
  });
});
