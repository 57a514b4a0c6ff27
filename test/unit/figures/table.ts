/**
 * The table format of the figure tests: one line per case, [input, expected] or [input, expected, why].
 * Expected lists the figures separated by " ; ", each as "text|kind value [UNIT] [~approx] [..max]
 * [up|down]" where kind is m(oney) p(ercent) pp (percentage points) bp (basis points) x (multiple)
 * n(umber). An empty string means no figures. Anything not written is expected absent: approx 'exact',
 * no max, no direction, unit null. The why, when given, is shown in the test's name.
 */
import { expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';
import { recognize } from '../../../src/core/figures/recognize';
import type { Figure, FindFiguresOptions } from '../../../src/core/figures';

export type Case =
  | readonly [input: string, expected: string]
  | readonly [input: string, expected: string, why: string];

const KINDS: Record<string, Figure['kind']> = {
  m: 'money',
  p: 'percent',
  pp: 'percentage_points',
  bp: 'basis_points',
  x: 'multiple',
  n: 'number',
};

export function parse(expected: string): Partial<Figure>[] {
  if (expected === '') return [];
  return expected.split(' ; ').map((spec) => {
    const bar = spec.lastIndexOf('|');
    const text = spec.slice(0, bar);
    const [kind, value, ...rest] = spec.slice(bar + 1).split(' ');
    const f: Partial<Figure> = {
      text,
      kind: KINDS[kind!]!,
      value: Number(value),
      unit: null,
      approx: 'exact',
    };
    for (const t of rest) {
      if (/^[A-Z]{3,4}$/.test(t)) f.unit = t;
      else if (t.startsWith('~')) f.approx = t.slice(1) as Figure['approx'];
      else if (t.startsWith('..')) f.max = Number(t.slice(2));
      else if (t === 'up' || t === 'down') f.direction = t;
      else throw new Error(`bad token ${t} in ${spec}`);
    }
    return f;
  });
}

/** The figures of input in the shape parse gives (what the table does not write is left out). */
function found(input: string, options: FindFiguresOptions): Partial<Figure>[] {
  return findFigures(input, options).map((f) => {
    const g: Partial<Figure> = { text: f.text, kind: f.kind, value: f.value, unit: f.unit, approx: f.approx };
    if (f.max !== undefined) g.max = f.max;
    if (f.direction !== undefined) g.direction = f.direction;
    return g;
  });
}

export function check(cases: readonly Case[], options: FindFiguresOptions = {}): void {
  for (const [input, expected, why] of cases) {
    it(why === undefined ? input : `${input} — ${why}`, () => {
      // findFigures swallows internal errors; the engine underneath must not have any
      expect(() => recognize(input, options)).not.toThrow();
      expect(found(input, options)).toEqual(parse(expected));
    });
  }
}
