import { describe, expect, it } from 'vitest';
import { findBareFigures } from '../../../src/mdx/figures';

describe('findBareFigures(text)', () => {
  it('finds digits in prose, with their separators', () => {
    expect(findBareFigures('Ukraine fired 4,000 rounds and 7.5 more')).toEqual([
      { text: '4,000', offset: 14 },
      { text: '7.5', offset: 31 },
    ]);
  });

  it('allows calibre names 152mm and 155mm but not other measures', () => {
    expect(findBareFigures('Soviet-era 152mm guns and NATO 155mm howitzers')).toEqual([]);
    expect(findBareFigures('a 120mm mortar')).toEqual([{ text: '120', offset: 2 }]);
    expect(findBareFigures('1155mm')).toHaveLength(1);
  });

  it('allows Korean month names but not counts that end in 월 or other units', () => {
    expect(findBareFigures('윤석열 대통령은 8월에, 계약은 7월과 12월에')).toEqual([]);
    expect(findBareFigures('13월')).toHaveLength(1);
  });

  it("allows a lesson's minutes in a teacher's guide only", () => {
    expect(findBareFigures('45분 수업 지도안: 5분, 10분', 'content/ko/teachers/guide.mdx')).toEqual([]);
    expect(findBareFigures('포탄이 15분 만에 바닥났다', 'content/ko/chapters/05-the-arithmetic-of-fire.mdx')).toHaveLength(1);
    expect(findBareFigures('15분', '')).toHaveLength(1);
    expect(findBareFigures('1,000월')).toHaveLength(1);
    expect(findBareFigures('4,000발')).toEqual([{ text: '4,000', offset: 0 }]);
  });

  it('finds nothing in words', () => {
    expect(findBareFigures('nearly one million rounds')).toEqual([]);
  });
});
