/**
 * How `claimlens corpus` reads its visits with and without the extension (item 12): a load event
 * missing with the extension more often than chance allows is ours; missing about as often without
 * it, the page's own; text that differs between loads without the extension is the page's own.
 */
import { describe, expect, it } from 'vitest';
import { judgeVisits, missingMoreOften } from '../../../src/cli/corpus';

/** a visit pair: L = loaded, - = load never fired; then the two texts */
const pair = (ours: 'L' | '-', plain: 'L' | '-', oursText = 'text', plainText = 'text') => ({
  oursLoaded: ours === 'L',
  plainLoaded: plain === 'L',
  oursText,
  plainText,
});
const theirs = (counts: string) =>
  `the page's own: its load event never fired in ${counts}, not more often with it than chance`;

describe('missingMoreOften (Fisher’s exact test, one-sided)', () => {
  it.each([
    [5, 0, 5, 1 / 252, 'all five with, none without'],
    [3, 0, 3, 1 / 20, 'three pairs cannot be told from chance at 0.05'],
    [0, 0, 5, 1, 'no misses'],
    [1, 1, 5, 7 / 9, 'one each'],
  ])('%i and %i misses in %i pairs: p = %f (%s)', (missing, without, visits, p) => {
    expect(missingMoreOften(missing, without, visits)).toBeCloseTo(p, 10);
  });
});

describe('judgeVisits', () => {
  it.each([
    ['one clean pair', [pair('L', 'L')], [], [], true],
    [
      'the reported case (load 0 vs 536 ms): never fired with the extension, always without',
      [pair('-', 'L'), pair('-', 'L'), pair('-', 'L'), pair('-', 'L'), pair('-', 'L')],
      ['the load event never fired in 5 of 5 visits with the extension, 0 of 5 without (p = 0.004)'],
      [],
      true,
    ],
    [
      'four of five with, none without: ours',
      [pair('-', 'L'), pair('-', 'L'), pair('L', 'L', 'a', 'b'), pair('-', 'L'), pair('-', 'L')],
      ['the load event never fired in 4 of 5 visits with the extension, 0 of 5 without (p = 0.024)'],
      [],
      true,
    ],
    [
      'a page that misses its own load now and then is not blamed on us for a few more misses',
      [pair('-', 'L'), pair('-', '-'), pair('L', 'L', 'a', 'b'), pair('-', 'L'), pair('L', 'L')],
      [],
      [theirs('3 of 5 visits with the extension, 1 of 5 without')],
      true,
    ],
    [
      'missing as often without the extension: the page’s own',
      [pair('-', '-'), pair('L', '-'), pair('-', 'L')],
      [],
      [theirs('2 of 3 visits with the extension, 2 of 3 without')],
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
