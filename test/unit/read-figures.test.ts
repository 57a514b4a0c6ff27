/** The matcher's reading of figures: a length-preserving fold before the recognizer, offsets unchanged. */
import { expect, test } from 'vitest';
import { foldForFigures, readFigures } from '../../src/core/read-figures';

test.each([
  // [why, text, figures as [text, value]]
  ['full-width digits and ％', '收涨９％', [['９％', 9]]],
  ['﹒ between digits is the decimal point', '收涨9﹒16％', [['9﹒16％', 9.16]]],
  ['．between full-width digits too', '收涨９．１６％', [['９．１６％', 9.16]]],
  ["a space between a number and 亿 (the text stays the page's)", '三年 3800 亿 AI', [['3800 亿', 380e9]]],
  ['…and before 億元', '3800 億元人民幣', [['3800 億元人民幣', 380e9]]],
  ['…and before 万亿', '将突破 4 万亿美元', [['4 万亿美元', 4e12]]],
  ['a space before 萬 in traditional script', '播放量突破２,０００ 萬次', [['２,０００ 萬', 20e6]]],
  ['English text is read as it is', 'Alibaba will invest 380 billion yuan.', [['380 billion yuan', 380e9]]],
] as [string, string, [string, number][]][])('%s', (_why, text, expected) => {
  const figures = readFigures(text);
  expect(figures.map((f) => [f.text, f.value])).toEqual(expected);
  for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
});

test('the fold keeps the length, and a full stop not between digits', () => {
  for (const text of ['９﹒２％。', 'a ﹒ b', '3800 亿', '３８００億元'])
    expect(foldForFigures(text)).toHaveLength(text.length);
  expect(foldForFigures('a ﹒ b')).toBe('a ﹒ b');
});
