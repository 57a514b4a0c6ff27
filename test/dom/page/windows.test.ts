/**
 * Sentence windows for big blocks, and the hint that a changed text could hold a figure at all.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findFigures } from '../../../src/core/figures';
import { mayHoldFigure } from '../../../src/page/figure-hint';
import { textWindows, WINDOWED_OVER } from '../../../src/page/scan';

describe('textWindows', () => {
  const sentence = 'Alibaba will invest 380 billion yuan, or 3.5% of its revenue. ';
  const chinese = '阿里巴巴将在未来三年投入3800亿元建设云和AI硬件基础设施。';
  test.each([
    ['a paragraph of normal length is one window', sentence.repeat(10)],
    ['English sentences', sentence.repeat(2000)],
    ['Chinese sentences, no spaces', chinese.repeat(3000)],
    ['one sentence without an end, spaces only', 'yuan '.repeat(20_000)],
    ['no sentence end and no space', 'x'.repeat(50_000)],
    ['astral characters never split', '😀'.repeat(30_000)],
  ])('%s: windows cover the text in order, none over 3,000 characters', (_why, text) => {
    const windows = textWindows(text);
    expect(windows[0]![0]).toBe(0);
    expect(windows.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < windows.length; i++) expect(windows[i]![0]).toBe(windows[i - 1]![1]);
    for (const [start, end] of windows) {
      expect(end - start).toBeLessThanOrEqual(text.length <= WINDOWED_OVER ? WINDOWED_OVER : 3001);
      const code = text.charCodeAt(end - 1);
      expect(code >= 0xd800 && code <= 0xdbff).toBe(false);
    }
    if (text.length <= WINDOWED_OVER) expect(windows).toHaveLength(1);
  });

  test.each([
    ['an English window ends after a full stop with a space after it', sentence.repeat(2000), '.', ' '],
    ['a Chinese window ends after 。', chinese.repeat(3000), '。', '阿'],
  ])('%s', (_why, text, last, next) => {
    for (const [, stop] of textWindows(text).slice(0, -1)) {
      expect([text[stop - 1], text[stop]]).toEqual([last, next]);
    }
  });

  test('"3.5%" is not a sentence end: no window cuts a decimal', () => {
    const text = sentence.repeat(2000);
    for (const [, stop] of textWindows(text).slice(0, -1)) expect(text[stop - 1]).not.toMatch(/\d/);
  });
});

describe('mayHoldFigure', () => {
  test.each([
    ['digits', 'rose 7% today', true],
    ['full-width digits', '上涨７％', true],
    ['Chinese numerals', '投入三千八百亿元', true],
    ['number words', 'the budget doubled', true],
    ['multiples', 'energy use up tenfold', true],
    ['halves', 'half a billion', true],
    ['nothing numeric', 'Markets closed. Read more', false],
    ['empty', '', false],
    ['Chinese without numerals', '市场收盘', false],
  ])('%s: %s', (_why, text, expected) => {
    expect(mayHoldFigure(text)).toBe(expected);
  });

  const pieces = [
    'Alibaba',
    'will',
    'invest',
    '380',
    'billion',
    'yuan',
    '$',
    '5',
    '%',
    'tenfold',
    'seven',
    'million',
    'half',
    'a',
    'twice',
    '3.5',
    'percentage points',
    'bps',
    '三千',
    '亿元',
    '百分之',
    '七',
    '倍',
    '超过',
    '万',
    '两',
    'rose',
    'fell',
    ',',
    '.',
    ' ',
    'Rs',
    'HK$',
    'twenty-five',
    'thousand',
    'fold',
    'dozen',
  ];
  test('is never narrower than the recognizer: a text with a figure always may hold one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        if (findFigures(text).length > 0) expect(mayHoldFigure(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
