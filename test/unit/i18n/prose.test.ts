import { describe, expect, it } from 'vitest';
import { proseParts } from '../../../src/i18n/prose';

describe('proseParts(text, where): the inline marks of YAML prose', () => {
  it('cuts a quote mark into our translation and the original, and an English mark into its words', () => {
    expect(proseParts('국방부는 [[최종 사용자|the end user]]가 미국이라고 본다. 이름은 [[en:Ukraine Defense Contact Group]]이다.', 'x')).toEqual([
      { kind: 'text', text: '국방부는 ' },
      { kind: 'quote', ours: '최종 사용자', original: 'the end user' },
      { kind: 'text', text: '가 미국이라고 본다. 이름은 ' },
      { kind: 'english', text: 'Ukraine Defense Contact Group' },
      { kind: 'text', text: '이다.' },
    ]);
  });

  it('leaves text without marks whole', () => {
    expect(proseParts('plain words', 'x')).toEqual([{ kind: 'text', text: 'plain words' }]);
  });

  it.each([
    ['a quote with no English', '[[최종 사용자]]'],
    ['a quote with no translation', '[[|the end user]]'],
    ['an English mark with no words', '[[en: ]]'],
    ['an unclosed mark', '[[최종 사용자|the end user'],
    ['a stray closing mark', 'the end user]]'],
  ])('fails naming where for %s', (_, text) => {
    expect(() => proseParts(text, 'content/ko/glossary.yaml: end-user')).toThrow('content/ko/glossary.yaml: end-user');
  });
});
