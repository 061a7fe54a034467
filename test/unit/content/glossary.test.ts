import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossaryError, loadGlossary, parseGlossary, requireTerm } from '../../../src/glossary/load';
import { termPattern } from '../../../src/glossary/pattern';
import { PROJECT_ROOT } from '../../support/paths';
import { readStoryFiles, termCitations } from './story-files';

const valid = `
- id: howitzer
  term: howitzer
  definition: A gun that fires shells in a high arc.
- id: defence-industrial-base
  term: defence industrial base
  forms: [defense industrial base]
  definition: The factories that make weapons.
`;

describe('parseGlossary(text, fileName)', () => {
  it('reads entries in file order, keyed by id', () => {
    const glossary = parseGlossary(valid, 'glossary.yaml');
    expect([...glossary.keys()]).toEqual(['howitzer', 'defence-industrial-base']);
    expect(glossary.get('defence-industrial-base')?.forms).toEqual(['defense industrial base']);
  });

  it('names the file, the entry and the field when a definition is missing', () => {
    const text = valid.replace('  definition: A gun that fires shells in a high arc.\n', '');
    expect(() => parseGlossary(text, 'glossary.yaml')).toThrow(GlossaryError);
    expect(() => parseGlossary(text, 'glossary.yaml')).toThrow(/^glossary\.yaml: entry 1 \(id "howitzer"\): field "definition": /);
  });

  it('rejects a definition that adds a figure, but allows the calibre names', () => {
    const withFigure = valid.replace('in a high arc.', 'up to 30 kilometres away.');
    expect(() => parseGlossary(withFigure, 'glossary.yaml')).toThrow(/entry 1 \(id "howitzer"\): field "definition": must not contain figures/);
    const withCalibre = valid.replace('in a high arc.', 'of 155mm.');
    expect(parseGlossary(withCalibre, 'glossary.yaml').get('howitzer')?.definition).toContain('155mm');
  });

  it('rejects a duplicate id, an id that is not kebab-case and an unknown field', () => {
    expect(() => parseGlossary(`${valid}${valid.replace('defence-industrial-base', 'other')}`, 'g.yaml')).toThrow(
      /^g\.yaml: entry 3 \(id "howitzer"\): field "id": duplicate id/,
    );
    expect(() => parseGlossary(valid.replace('id: howitzer', 'id: Howitzer'), 'g.yaml')).toThrow(/field "id": must be kebab-case/);
    expect(() => parseGlossary(valid.replace('  term: howitzer', '  term: howitzer\n  plural: howitzers'), 'g.yaml')).toThrow(
      /entry 1 \(id "howitzer"\): field "\(entry\)": .*"plural"/,
    );
  });

  it('rejects a file that is not a list, or not YAML, naming the file', () => {
    expect(() => parseGlossary('howitzer: a gun', 'g.yaml')).toThrow(/^g\.yaml: must be a YAML list/);
    expect(() => parseGlossary('- id: [unclosed', 'g.yaml')).toThrow(/^g\.yaml: not valid YAML/);
  });
});

describe('requireTerm(glossary, id, where)', () => {
  it('returns the entry, or throws naming where it was asked for and the id', () => {
    const glossary = parseGlossary(valid, 'glossary.yaml');
    expect(requireTerm(glossary, 'howitzer', 'x').term).toBe('howitzer');
    expect(() => requireTerm(glossary, 'mortar', '<Term id="mortar">')).toThrow(
      /^<Term id="mortar">: unknown glossary term id "mortar"/,
    );
  });
});

describe('termPattern(entry)', () => {
  it('matches the term as whole words, in any case, with a plural s', () => {
    const pattern = termPattern({ term: 'howitzer' });
    expect('Howitzers fire shells').toMatch(pattern);
    expect('the howitzer').toMatch(pattern);
    expect('howitzery').not.toMatch(pattern);
  });

  it('matches the other forms and spans line breaks between words', () => {
    const pattern = termPattern({ term: 'defence industrial base', forms: ['defense industrial base'] });
    expect('our defense\nindustrial base').toMatch(pattern);
    expect('the defence industrial bases of').toMatch(pattern);
    expect('the industrial base').not.toMatch(pattern);
  });

  it('treats calibre names literally', () => {
    expect('a 155mm round').toMatch(termPattern({ term: '155mm' }));
    expect('a 1155mm round').not.toMatch(termPattern({ term: '155mm' }));
  });
});

describe('content/glossary.yaml (the real glossary)', () => {
  const glossary = loadGlossary(join(PROJECT_ROOT, 'content/glossary.yaml'));

  it('defines the terms the story needs', () => {
    expect([...glossary.keys()].sort()).toEqual(
      ['155mm', 'air-defence', 'defence-industrial-base', 'end-user', 'high-intensity-battle', 'howitzer', 'lethal-aid', 'munitions', 'nato', 'pentagon', 'readiness', 'ukraine-defense-contact-group'].sort(),
    );
  });

  it('is cited with <Term> from the story, and every cited id exists', () => {
    const cited = readStoryFiles().flatMap(({ file, body }) => termCitations(body).map((id) => ({ file, id })));
    for (const { file, id } of cited) expect(glossary.has(id), `${file}: <Term id="${id}">`).toBe(true);
    const citedIds = new Set(cited.map((citation) => citation.id));
    for (const id of glossary.keys()) expect(citedIds.has(id), `glossary term ${id} is never linked`).toBe(true);
  });
});
