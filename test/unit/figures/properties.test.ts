import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';
import { recognize } from '../../../src/core/figures/recognize';
import type { Figure } from '../../../src/core/figures';

const KINDS = new Set(['money', 'percent', 'percentage_points', 'basis_points', 'multiple', 'number']);
const APPROX = new Set(['exact', 'about', 'over', 'under']);

/** The contract's invariants for one input and its figures: the first broken one, or null. */
function broken(input: string, figures: Figure[]): string | null {
  let prevEnd = 0;
  for (const f of figures) {
    const at = `${JSON.stringify(f)} in ${JSON.stringify(input.slice(0, 200))}`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) return `offsets not integers: ${at}`;
    if (f.start < prevEnd) return `unsorted or overlapping: ${at}`;
    if (f.end <= f.start || f.end > input.length) return `offsets out of bounds: ${at}`;
    if (f.text !== input.slice(f.start, f.end)) return `text is not the slice: ${at}`;
    if (!KINDS.has(f.kind) || !APPROX.has(f.approx)) return `bad kind or approx: ${at}`;
    if (!Number.isFinite(f.value) || (f.max !== undefined && !Number.isFinite(f.max)))
      return `not finite: ${at}`;
    if (f.kind === 'money' ? !/^[A-Z]{3,4}$/.test(f.unit ?? '') : f.unit !== null) return `bad unit: ${at}`;
    if (f.direction !== undefined && f.direction !== 'up' && f.direction !== 'down')
      return `bad direction: ${at}`;
    prevEnd = f.end;
  }
  return null;
}

/**
 * findFigures swallows internal errors (the page must never see one), so the properties also run the
 * engine underneath it, where an internal error would throw and fail the test.
 */
function checkInvariants(input: string, figures: Figure[]): void {
  expect(broken(input, figures)).toBeNull();
  expect(recognize(input, {})).toEqual(figures);
}

/** Pieces that exercise the recognizer's paths when glued together at random. */
const PIECES = [
  '1',
  '12',
  '380',
  '2,600',
  '1,234,567',
  '3.5',
  '０',
  '５',
  '，',
  '．',
  '％',
  '%',
  '$',
  'US$',
  'HK$',
  '¥',
  '￥',
  '€',
  '£',
  'RMB',
  'Rmb',
  'USD',
  'bn',
  'm',
  'k',
  'billion',
  'million',
  ' ',
  '  ',
  '-',
  '–',
  '+',
  'to',
  'and',
  'between',
  'from',
  'over',
  'about',
  'up to',
  'rose',
  'fell',
  'cut',
  'by',
  'percent',
  'per cent',
  'percentage points',
  'bps',
  'basis points',
  'times',
  'fold',
  'x',
  'yuan',
  'dollars',
  'cents',
  'one',
  'seven',
  'half',
  'quarter',
  'a',
  'of',
  '元',
  '亿',
  '万',
  '万亿',
  '千',
  '百',
  '十',
  '一',
  '两',
  '六',
  '零',
  '点',
  '点五',
  '多',
  '余',
  '数',
  '近',
  '超过',
  '约',
  '左右',
  '以上',
  '人民币',
  '美元',
  '港币',
  '个百分点',
  '基点',
  '倍',
  '成',
  '折',
  '翻',
  '番',
  '了',
  '百分之',
  '分之',
  '至',
  '负',
  '增长',
  '下降',
  '下调',
  '年',
  '月',
  '第',
  'Q',
  'FY',
  '.',
  ',',
  ':',
  '/',
  '(',
  ')',
  'http://',
  'www.',
  '\ud800',
  '\udc00',
  '\u3000',
  '\u00a0',
  'é',
  '😀',
];
const glued = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

// hundreds of generated inputs and megabyte strings on a shared machine: room to finish, no timing claim
describe('findFigures properties', { timeout: 30_000 }, () => {
  it('never throws and keeps its invariants on any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        checkInvariants(s, findFigures(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps its invariants on text glued from figure-like pieces', () => {
    fc.assert(
      fc.property(glued, (s) => {
        checkInvariants(s, findFigures(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(glued, fc.string({ unit: 'grapheme', maxLength: 100 })), (s) => {
        expect(findFigures(s)).toEqual(findFigures(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the same figure wherever it sits in neutral text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('US$53bn', '3800亿元', '9.2%', '75 bps', 'tenfold', '2个百分点', '350,000'),
        fc.constantFrom('', 'The ', 'Text: ', '据报道，'),
        fc.constantFrom('', '.', ' today', '。'),
        (fig, pre, post) => {
          const [f, ...rest] = findFigures(pre + fig + post);
          expect(rest).toEqual([]);
          expect(f?.text).toBe(fig);
          expect(f?.start).toBe(pre.length);
        },
      ),
    );
  });

  it('tolerates non-string input without throwing', () => {
    expect(findFigures(undefined as unknown as string)).toEqual([]);
    expect(findFigures(42 as unknown as string)).toEqual([]);
    expect(findFigures('')).toEqual([]);
  });

  it.each([
    ['1 MB without spaces', 'ab1c2,3$4%亿'.repeat(100_000).slice(0, 1_000_000)],
    ['1 MB of letters', 'x'.repeat(1_000_000)],
    ['100,000 digits', '7'.repeat(100_000)],
    ['100,000 digits and commas', '1,'.repeat(50_000)],
    ['grouped digits', '123,'.repeat(25_000)],
    ['full-width digits and commas', '１，'.repeat(50_000)],
    ['decimals', '1.'.repeat(50_000)],
    ['ranges', '1-'.repeat(50_000)],
    ['percents', '1%-'.repeat(40_000)],
    ['Chinese numerals', '一'.repeat(100_000)],
    ['Chinese units', '万亿'.repeat(50_000)],
    ['百分之', '百分之'.repeat(30_000)],
    ['number words', 'one '.repeat(25_000)],
    ['scale words', 'a million '.repeat(10_000)],
    ['dollar signs', '$'.repeat(100_000)],
    ['minus signs', '-'.repeat(100_000)],
    ['URL', `http://${'a'.repeat(100_000)}`],
    ['lone surrogates', '\ud8001%'.repeat(30_000)],
  ])(
    'keeps the contract on %s (a long pathological input; its speed is measured by bench:figures)',
    (_name, input) => {
      const figures = findFigures(input);
      checkInvariants(input, figures);
    },
  );

  it('finds ten times the figures in ten times the copies of a text (nothing carries over between copies)', () => {
    const unit = 'Revenue rose 7% to 380 billion yuan ($53bn); 营收增长9.2%至3800亿元。';
    const small = findFigures(unit.repeat(100)).length;
    const large = findFigures(unit.repeat(1000)).length;
    expect(large).toBe(small * 10);
  });
});
