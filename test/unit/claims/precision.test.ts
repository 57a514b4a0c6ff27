/** Stated precision: the interval a written figure stands for (never an open interval). */
import { expect, test } from 'vitest';
import { pageInterval, recordedInterval } from '../../../src/core/claims/precision';
import type { Approx, Figure } from '../../../src/core/figures/types';

const figure = (text: string, value: number, approx: Approx, max?: number): Figure => ({
  text,
  start: 0,
  end: text.length,
  kind: 'percent',
  value,
  unit: null,
  approx,
  ...(max === undefined ? {} : { max }),
});
const round = ([lo, hi]: [number, number]) => [Number(lo.toPrecision(6)), Number(hi.toPrecision(6))];

test.each([
  // [why, written, value, approx, interval]
  ['exact: half a step either way', '9.2%', 9.2, 'exact', [9.15, 9.25]],
  ['over: the figure up to the next step', 'over 7%', 7, 'over', [7, 8]],
  ['超 the same in Chinese', '超9%', 9, 'over', [9, 10]],
  ['over with a decimal: a tenth', '逾9.1%', 9.1, 'over', [9.1, 9.2]],
  ['under: a little under, down one step', 'nearly 10%', 10, 'under', [9, 10]],
  ['近 the same', '近10%', 10, 'under', [9, 10]],
  ['about: one step either way', 'about 53%', 53, 'about', [52, 54]],
  ['full-width digits read the same', '超９％', 9, 'over', [9, 10]],
  ['a range keeps its ends', '5-7%', 5, 'exact', [4.5, 7.5]],
] as [string, string, number, Approx, [number, number]][])(
  '%s: %s',
  (_why, text, value, approx, expected) => {
    const max = text === '5-7%' ? 7 : undefined;
    expect(round(pageInterval(figure(text, value, approx, max)))).toEqual(expected);
  },
);

test.each([
  ['a recorded exact value within its tolerance', 9.16, 0.01, 'exact', 0.005, [9.10922, 9.21083]],
  ['a recorded "over 7%" is [7, 8)', 7, 1, 'over', 0, [7, 8]],
  [
    'a recorded "about 53 billion" is widened by its tolerance, not by a step',
    53,
    1,
    'about',
    0.03,
    [50.925, 55.105],
  ],
] as [string, number, number, Approx, number, [number, number]][])(
  '%s',
  (_why, value, step, approx, tol, expected) => {
    expect(round(recordedInterval(value, undefined, step, approx, tol))).toEqual(expected);
  },
);
