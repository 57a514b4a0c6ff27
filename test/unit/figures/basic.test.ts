import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';
import { anchorOf, DIGIT_OR_IDEOGRAPH } from '../../../src/core/figures/chars';

describe('findFigures: first slice', () => {
  it.each([
    ['380 billion yuan', '380 billion yuan', 'money', 380e9, 'CNY'],
    ['RMB 380 billion', 'RMB 380 billion', 'money', 380e9, 'CNY'],
    ['US$53bn', 'US$53bn', 'money', 53e9, 'USD'],
    ['$53 billion', '$53 billion', 'money', 53e9, 'USD'],
    ['3800亿元', '3800亿元', 'money', 380e9, 'CNY'],
    ['３８００億元人民幣', '３８００億元人民幣', 'money', 380e9, 'CNY'],
    ['9.2%', '9.2%', 'percent', 9.2, null],
    ['3.5 percentage points', '3.5 percentage points', 'percentage_points', 3.5, null],
    ['tenfold', 'tenfold', 'multiple', 10, null],
    ['10倍', '10倍', 'multiple', 10, null],
    ['17万个', '17万', 'number', 170000, null],
  ])('%s', (input, text, kind, value, unit) => {
    const [f, ...rest] = findFigures(input);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ text, kind, value, unit });
  });

  it('reads signs, bounds and direction', () => {
    expect(findFigures('+7%')[0]).toMatchObject({ value: 7, direction: 'up', approx: 'exact' });
    expect(findFigures('over 7%')[0]).toMatchObject({ text: '7%', value: 7, approx: 'over' });
    expect(findFigures('over 100,000 derivative models')[0]).toMatchObject({
      text: '100,000',
      kind: 'number',
      value: 100000,
      approx: 'over',
    });
  });

  it('does not take years and dates for figures', () => {
    expect(findFigures('in 2030, 2030年, FY2026, the 2010s, March 3, 3月3日, Q4, H2 2025, 第四季度')).toEqual(
      [],
    );
  });
});

describe('the scan finds every anchor', () => {
  it('DIGIT_OR_IDEOGRAPH, the regex the scan jumps with, matches every anchor character', () => {
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (anchorOf(c) === 0) continue;
      DIGIT_OR_IDEOGRAPH.lastIndex = 0;
      if (!DIGIT_OR_IDEOGRAPH.test(String.fromCharCode(c))) missed.push(String.fromCharCode(c));
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ['Revenue rose 5% as 营收增长3成 and 2 billion yuan', '5% ; 3成 ; 2 billion yuan'],
    ['营收2025年增长3成, then 5% in English', '3成 ; 5%'],
    ['a 5% rise, then 六成 and 7%', '5% ; 六成 ; 7%'],
  ])('%s: digits before and after ideographs', (input, texts) => {
    expect(findFigures(input).map((f) => f.text)).toEqual(texts.split(' ; '));
  });
});
