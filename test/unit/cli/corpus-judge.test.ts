/**
 * How `claimlens corpus` reads its visits with and without the extension (item 12): a load event
 * missing with the extension is a failure unless the page misses it as often without; text that
 * differs between loads without the extension is the page's own.
 */
import { describe, expect, it } from 'vitest';
import { judgeVisits } from '../../../src/cli/corpus';

/** a visit pair: L = loaded, - = load never fired; then the two texts */
const pair = (ours: 'L' | '-', plain: 'L' | '-', oursText = 'text', plainText = 'text') => ({
  oursLoaded: ours === 'L',
  plainLoaded: plain === 'L',
  oursText,
  plainText,
});

describe('judgeVisits', () => {
  it.each([
    ['one clean pair', [pair('L', 'L')], [], [], true],
    [
      'the reported case: load 0 vs 536 ms, never fired with the extension',
      [pair('-', 'L'), pair('-', 'L'), pair('L', 'L')],
      ['the load event never fired in 2 of 3 visits with the extension, 0 of 3 without'],
      [],
      true,
    ],
    [
      'missing as often without the extension: the page’s own',
      [pair('-', '-'), pair('L', '-'), pair('-', 'L')],
      [],
      ["the page's own: its load event never fired in 2 of 3 visits with the extension, 2 of 3 without"],
      true,
    ],
    [
      'missing more often with the extension: ours, even when the page misses it too',
      [pair('-', '-'), pair('-', 'L'), pair('-', 'L')],
      ['the load event never fired in 3 of 3 visits with the extension, 1 of 3 without'],
      [],
      true,
    ],
    [
      'text differs once, then agrees: ok',
      [pair('L', 'L', 'a', 'b'), pair('L', 'L', 'b', 'b')],
      [],
      [],
      true,
    ],
    [
      'text differs and the page is stable without us: ours',
      [pair('L', 'L', 'a x', 'a'), pair('L', 'L', 'a x', 'a'), pair('L', 'L', 'a x', 'a')],
      ['text differs at 1: "a" vs "a x"'],
      [],
      false,
    ],
    [
      'text differs between loads without the extension: the page’s own',
      [pair('L', 'L', 'ad 1', 'ad 2'), pair('L', 'L', 'ad 3', 'ad 4'), pair('L', 'L', 'ad 5', 'ad 6')],
      [],
      ["the page's own: its text differs between loads without the extension (3 texts in 3 loads)"],
      true,
    ],
  ] as const)('%s', (_why, pairs, errors, notes, textUnchanged) => {
    const judged = judgeVisits([...pairs]);
    expect(judged.errors).toEqual(errors);
    expect(judged.pageNotes).toEqual(notes);
    expect(judged.textUnchanged).toBe(textUnchanged);
  });
});
