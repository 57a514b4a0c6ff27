import { describe, expect, it } from 'vitest';
import { claimIdClashes, type DatasetInUse, withDataset } from '../../../src/core/claims/claim-ids';

const bundled: DatasetInUse = {
  id: 'alibaba-ai-2025',
  label: 'the bundled dataset “Alibaba AI”',
  claimIds: ['capex-380', 'baba-high'],
};
const mine: DatasetInUse = { id: 'mine', label: 'mine.json', claimIds: ['acme-capex'] };
const dataset = (id: string, ...claims: string[]) => ({ id, claims: claims.map((c) => ({ id: c })) });

describe('claimIdClashes', () => {
  it.each([
    ['new', ['acme-2'], [bundled], [], 'ids of its own: no clash'],
    [
      'new',
      ['capex-380'],
      [bundled],
      [
        'x.json: claims[0] (capex-380).id: claim id "capex-380" is also used by the bundled dataset “Alibaba AI”',
      ],
      'a bundled claim’s id: refused, naming the dataset that has it',
    ],
    [
      'new',
      ['a', 'acme-capex'],
      [bundled, mine],
      ['x.json: claims[1] (acme-capex).id: claim id "acme-capex" is also used by mine.json'],
      'an imported claim’s id, at its own index',
    ],
    ['alibaba-ai-2025', ['capex-380'], [bundled], [], 'a new version of the bundled dataset replaces it'],
    ['mine', ['acme-capex'], [bundled, mine], [], 'a new version of an imported one replaces it'],
  ])('%s with %j', (id, claims, inUse, errors) => {
    expect(claimIdClashes(dataset(id, ...claims), 'x.json', inUse)).toEqual(errors);
  });
});

describe('withDataset', () => {
  it('replaces the dataset with the same id, or adds it', () => {
    expect(withDataset([bundled, mine], dataset('mine', 'b'), 'b.json')).toEqual([
      bundled,
      { id: 'mine', label: 'b.json', claimIds: ['b'] },
    ]);
    expect(withDataset([bundled], dataset('other', 'c'), 'c.json')).toHaveLength(2);
  });
});
