import { describe, expect, it } from 'vitest';
import { sentenceParts } from '../../../src/i18n/parts';
import { translator } from '../../../src/i18n/translate';

const t = translator<string>(
  'words',
  { en: { footer: '{site} links to {link}, the one page.', twice: '{a} and {a}', end: 'See {link}' }, ko: { footer: '{site}은 {link}로 이어진다.', twice: '{a}와 {a}', end: '{link} 참고' } },
  'en',
);

describe('sentenceParts(t, key, values, slots)', () => {
  it('fills the values and cuts the sentence where each slot stands', () => {
    expect(sentenceParts(t, 'footer', { site: 'Roundabout' }, ['link'])).toEqual([
      { kind: 'text', text: 'Roundabout links to ' },
      { kind: 'slot', name: 'link' },
      { kind: 'text', text: ', the one page.' },
    ]);
  });

  it('gives a slot at the end of the sentence no empty text after it, and every use of a slot its own part', () => {
    expect(sentenceParts(t, 'end', {}, ['link'])).toEqual([{ kind: 'text', text: 'See ' }, { kind: 'slot', name: 'link' }]);
    expect(sentenceParts(t, 'twice', {}, ['a']).filter((part) => part.kind === 'slot')).toHaveLength(2);
  });

  it('fails naming the key when a placeholder is neither a value nor a slot', () => {
    expect(() => sentenceParts(t, 'footer', { site: 'Roundabout' })).toThrow('words "footer" (en): no value for {link}');
  });

  it('fails naming the key when a slot is not in the template, so a translation cannot drop a link unseen', () => {
    expect(() => sentenceParts(t, 'end', {}, ['link', 'story'])).toThrow('words "end" (en): "See {link}" has no placeholder for {story}');
  });

  it('fails when a placeholder is given both as a value and as a slot', () => {
    expect(() => sentenceParts(t, 'end', { link: 'x' }, ['link'])).toThrow('"end": {link} is given both as a value and as a slot');
  });
});
