import { describe, expect, it } from 'vitest';
import {
  type DiffableDataset,
  diffDatasets,
  isEmptyDiff,
  sameJson,
} from '../../../src/core/claims/dataset-diff';
import { bundled } from './helpers';

const claim = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  statement: { en: `claim ${id}`, zh: `说法${id}` },
  rating: 'verified',
  figure: { kind: 'money', value: 1, unit: 'CNY' },
  sources: [{ url: `https://example.com/${id}` }],
  ...extra,
});
const dataset = (version: string, claims: ReturnType<typeof claim>[], extra: Record<string, unknown> = {}) =>
  ({ id: 'd', name: 'D', version, subjects: [{ id: 's' }], claims, ...extra }) as DiffableDataset;

const base = dataset('1.0.0', [claim('a'), claim('b'), claim('c')]);

describe('diffDatasets', () => {
  it.each<[string, DiffableDataset, Partial<ReturnType<typeof diffDatasets>>]>([
    ['same claims, new version: nothing to see', dataset('1.0.1', base.claims as never), {}],
    [
      'a claim with a new id is added, in the new order',
      dataset('1.1.0', [claim('a'), claim('n'), claim('b'), claim('c')]),
      { added: [{ id: 'n', statement: { en: 'claim n', zh: '说法n' } }] },
    ],
    [
      'a claim whose id is gone is removed',
      dataset('2.0.0', [claim('a'), claim('c')]),
      { removed: [{ id: 'b', statement: { en: 'claim b', zh: '说法b' } }] },
    ],
    [
      'a renamed id is a removal and an addition, never a guess',
      dataset('2.0.0', [claim('a'), claim('b2'), claim('c')]),
      {
        added: [{ id: 'b2', statement: { en: 'claim b2', zh: '说法b2' } }],
        removed: [{ id: 'b', statement: { en: 'claim b', zh: '说法b' } }],
      },
    ],
    [
      'changed fields are named, sorted',
      dataset('1.0.1', [
        claim('a', { rating: 'disputed', figure: { kind: 'money', value: 2, unit: 'CNY' } }),
        claim('b'),
        claim('c'),
      ]),
      {
        changed: [{ id: 'a', statement: { en: 'claim a', zh: '说法a' }, fields: ['figure', 'rating'] }],
      },
    ],
    [
      'a field added to a claim (a note) is a change of that field',
      dataset('1.0.1', [claim('a'), claim('b', { note: { en: 'new' } }), claim('c')]),
      { changed: [{ id: 'b', statement: { en: 'claim b', zh: '说法b' }, fields: ['note'] }] },
    ],
    [
      'a new source appended is a change of sources (their order is what readers see)',
      dataset('1.0.1', [
        claim('a', { sources: [{ url: 'https://example.com/a' }, { url: 'https://example.org/a' }] }),
        claim('b'),
        claim('c'),
      ]),
      { changed: [{ id: 'a', statement: { en: 'claim a', zh: '说法a' }, fields: ['sources'] }] },
    ],
    [
      'keys in another order are the same claim (a tool may reorder them)',
      dataset('1.0.1', [
        Object.fromEntries(Object.entries(claim('a')).reverse()) as ReturnType<typeof claim>,
        claim('b'),
        claim('c'),
      ]),
      {},
    ],
    [
      'the dataset’s own fields are listed, but not its version or $schema',
      dataset('1.0.1', base.claims as never, { name: 'D2', $schema: './other.json' }),
      { datasetFields: ['name'] },
    ],
  ])('%s', (_why, after, expected) => {
    expect(diffDatasets(base, after)).toEqual({
      fromVersion: '1.0.0',
      toVersion: after.version,
      added: [],
      changed: [],
      removed: [],
      datasetFields: [],
      ...expected,
    });
  });

  it('a real dataset against itself is empty; one claim edited is one change', () => {
    const real = bundled() as unknown as DiffableDataset;
    expect(isEmptyDiff(diffDatasets(real, structuredClone(real)))).toBe(true);
    const edited = structuredClone(real) as unknown as { claims: Record<string, unknown>[]; version: string };
    edited.version = '9.0.0';
    edited.claims[3] = { ...edited.claims[3], asOf: '2030-01-01' };
    const diff = diffDatasets(real, edited as unknown as DiffableDataset);
    expect(diff.changed.map((c) => [c.id, c.fields])).toEqual([[real.claims[3]!.id, ['asOf']]]);
    expect(isEmptyDiff(diff)).toBe(false);
  });
});

describe('sameJson', () => {
  it.each<[unknown, unknown, boolean, string]>([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true, 'key order does not matter'],
    [[1, 2], [2, 1], false, 'array order does'],
    [{ a: 1 }, { a: 1, b: undefined }, true, 'an undefined key is an absent key (as in JSON)'],
    [{ a: null }, { a: {} }, false, 'null is not an empty object'],
    [[], {}, false, 'an empty list is not an empty object'],
  ])('%j vs %j -> %s (%s)', (a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
  });
});
