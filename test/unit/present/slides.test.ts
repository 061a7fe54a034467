import { describe, expect, it } from 'vitest';
import { counterText, presentUrl, slideIndexOf, slideSequence, TITLE_SLIDE_ID } from '../../../src/present/slides';

const items = [
  { kind: 'chapter' as const, id: 'the-shortage' },
  { kind: 'step' as const, id: 'map-overview' },
  { kind: 'step' as const, id: 'map-pledge' },
  { kind: 'chapter' as const, id: 'seouls-pledge' },
];

describe('slideSequence(items)', () => {
  it('puts the title slide first, then chapters and steps in document order', () => {
    expect(slideSequence(items)).toEqual([{ kind: 'title', id: TITLE_SLIDE_ID }, ...items]);
  });

  it('is just the title slide for a story with nothing in it', () => {
    expect(slideSequence([])).toEqual([{ kind: 'title', id: TITLE_SLIDE_ID }]);
  });
});

describe('slideIndexOf(slides, hash)', () => {
  const slides = slideSequence(items);

  it('finds the slide a hash names', () => {
    expect(slideIndexOf(slides, '#map-pledge')).toBe(3);
    expect(slideIndexOf(slides, '#seouls-pledge')).toBe(4);
  });

  it('decodes percent-escapes in the hash', () => {
    expect(slideIndexOf(slideSequence([{ kind: 'step', id: 'état' }]), '#%C3%A9tat')).toBe(1);
  });

  it('falls back to the title slide for an empty, unknown or malformed hash', () => {
    expect(slideIndexOf(slides, '')).toBe(0);
    expect(slideIndexOf(slides, '#')).toBe(0);
    expect(slideIndexOf(slides, '#no-such-step')).toBe(0);
    expect(slideIndexOf(slides, '#%E0%A4%A')).toBe(0);
  });
});

describe('counterText(index, count)', () => {
  it('counts from one', () => {
    expect(counterText(0, 24)).toBe('1 / 24');
    expect(counterText(6, 24)).toBe('7 / 24');
    expect(counterText(23, 24)).toBe('24 / 24');
  });
});

describe('presentUrl(url, present, id)', () => {
  it('adds ?present and the slide id as the hash', () => {
    expect(presentUrl('http://x.test/news/roundabout/', true, 'map-pledge')).toBe('http://x.test/news/roundabout/?present#map-pledge');
  });

  it('drops the hash on the title slide', () => {
    expect(presentUrl('http://x.test/#map-pledge', true, TITLE_SLIDE_ID)).toBe('http://x.test/?present');
  });

  it('removes ?present on leaving but keeps the slide and any other parameter', () => {
    expect(presentUrl('http://x.test/?lang=en&present#a', false, 'map-pledge')).toBe('http://x.test/?lang=en#map-pledge');
    expect(presentUrl('http://x.test/?present', false, undefined)).toBe('http://x.test/');
  });
});
