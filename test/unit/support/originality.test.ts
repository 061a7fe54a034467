import { describe, expect, it } from 'vitest';
import { BREAK, ngrams, originalityMeasure, pageTokens, sharedRuns, withoutQuotes, words } from '../../support/originality';

const SOURCE = 'The arrangement allows South Korea to honor its public promise not to send lethal aid to Ukraine.';
const limits = { maxRun: 8, shareRun: 6, maxShare: 0.1, allowed: [] };

describe('words(text)', () => {
  it('folds case, punctuation, apostrophes and hyphens', () => {
    expect(words('South Korea’s “high-intensity” battles!')).toEqual(['south', 'koreas', 'high', 'intensity', 'battles']);
  });
  it('folds British spelling to American', () => {
    expect(words('Defence armour honour finalised calibre neighbour')).toEqual(['defense', 'armor', 'honor', 'finalized', 'caliber', 'neighbor']);
  });
  it('joins digit groups, so 4,000 and 4000 are one word', () => {
    expect(words('4,000 to 7,000 and 100,000')).toEqual(['4000', 'to', '7000', 'and', '100000']);
  });
  it('keeps Korean words as words', () => {
    expect(words('미국이 한국에서 포탄을')).toEqual(['미국이', '한국에서', '포탄을']);
  });
});

describe('withoutQuotes(text)', () => {
  it('replaces each span inside curly or straight double quotes by a break', () => {
    expect(withoutQuotes('it said “the end user” was "the US" today')).toBe(`it said  ${BREAK}  was  ${BREAK}  today`);
  });
  it('leaves an opening mark with no closing mark alone', () => {
    expect(withoutQuotes('an “open quote that never closes')).toBe('an “open quote that never closes');
  });
});

describe('pageTokens(text, allowed)', () => {
  it('puts a break where an allowed name stands', () => {
    expect(pageTokens('the Ukraine Defense Contact Group met', [{ name: 'Ukraine Defense Contact Group', reason: 'a name' }])).toEqual([
      'the',
      BREAK,
      'met',
    ]);
  });
});

describe('sharedRuns(page, sourceGrams, n)', () => {
  const source = ngrams(words('a b c d e f g h'), 3);
  it('returns maximal runs whose every n-word window is in the source', () => {
    expect(sharedRuns(words('x a b c d y f g h z'), source, 3)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['f', 'g', 'h'],
    ]);
  });
  it('never lets a run cross a break', () => {
    expect(sharedRuns(['a', 'b', BREAK, 'c', 'd', 'e'], source, 3)).toEqual([['c', 'd', 'e']]);
  });
  it('finds nothing shorter than n', () => {
    expect(sharedRuns(words('a b x c d'), source, 3)).toEqual([]);
  });
});

describe('originalityMeasure(source, limits)(page)', () => {
  const measure = originalityMeasure(SOURCE, limits);
  it('fails a page that copies a sentence with one word changed, naming the runs', () => {
    const report = measure('The arrangement lets South Korea honour its public promise not to send lethal aid to Ukraine.');
    expect(report.ok).toBe(false);
    expect(report.longRuns).toEqual(['honor its public promise not to send lethal aid to ukraine']);
    expect(report.runs).toEqual(['honor its public promise not to send lethal aid to ukraine']);
    expect(report.sharedWords).toBe(11);
    expect(report.words).toBe(16);
  });
  it('passes the same words inside quotation marks', () => {
    const report = measure('The deal, officials say, “allows South Korea to honor its public promise not to send lethal aid to Ukraine”.');
    expect(report).toMatchObject({ ok: true, longRuns: [], sharedWords: 0, words: 4 });
  });
  it('passes a retelling in other words', () => {
    const report = measure('Because America is the buyer, Seoul can still say it keeps its word and arms nobody.');
    expect(report).toMatchObject({ ok: true, sharedWords: 0, share: 0 });
  });
  it('fails a page where more than a tenth of the words sit in 6-word runs, with no 8-word run', () => {
    // 7 shared words ("promise not to send lethal aid to") out of 16.
    const report = measure('We think its promise not to send lethal aid to anyone at all is sincere enough.');
    expect(report.longRuns).toEqual([]);
    expect(report.sharedWords).toBe(7);
    expect(report.share).toBeCloseTo(7 / 16);
    expect(report.ok).toBe(false);
  });
  it('passes a long page whose one 6-word run is under a tenth of its words', () => {
    const filler = Array.from({ length: 70 }, (_, i) => `word${i}`).join(' ');
    const report = measure(`${filler} not to send lethal aid to nobody`);
    expect(report.sharedWords).toBe(6);
    expect(report.share).toBeCloseTo(6 / 77);
    expect(report.ok).toBe(true);
  });
  it('gives a share of 0 for a page with no words', () => {
    expect(measure('“all of it quoted”')).toMatchObject({ words: 0, share: 0, ok: true });
  });
});
