import { describe, expect, it } from 'vitest';
import { datasetsInUseRows } from '../../../src/platform/datasets-in-use';
import type { ImportedDataset } from '../../../src/contracts/datasets';

const BUNDLED = [
  { id: 'alibaba-ai-2025', name: 'Alibaba AI', version: '1.1.0' },
  { id: 'china-tech-ai-2025', name: 'China tech AI', version: '1.0.1' },
];
const stored = (id: string, origin?: unknown): ImportedDataset =>
  ({
    id,
    name: id,
    version: '2.0.0',
    claimCount: 1,
    importedAt: '',
    fileName: '',
    data: {},
    origin,
  }) as ImportedDataset;

describe('datasetsInUseRows', () => {
  it('lists the bundled datasets, then the stored ones with where they came from', () => {
    expect(
      datasetsInUseRows(BUNDLED, [
        stored('mine'),
        stored('my-claims', { kind: 'recorded' }),
        stored('followed', {
          kind: 'subscription',
          url: 'https://x.example/d.json',
          checkedAt: 5,
          error: 'the server answered 500',
          pending: { data: {}, version: '2.1.0', fetchedAt: 4 },
        }),
      ]),
    ).toEqual([
      { id: 'alibaba-ai-2025', name: 'Alibaba AI', version: '1.1.0', kind: 'bundled' },
      { id: 'china-tech-ai-2025', name: 'China tech AI', version: '1.0.1', kind: 'bundled' },
      { id: 'mine', name: 'mine', version: '2.0.0', kind: 'file' },
      { id: 'my-claims', name: 'my-claims', version: '2.0.0', kind: 'recorded' },
      {
        id: 'followed',
        name: 'followed',
        version: '2.0.0',
        kind: 'subscription',
        checkedAt: 5,
        checkFailed: true,
        pendingVersion: '2.1.0',
      },
    ]);
  });

  it('a stored dataset with a bundled id replaces it (a new version): listed once', () => {
    const rows = datasetsInUseRows(BUNDLED, [stored('alibaba-ai-2025')]);
    expect(rows.map((r) => [r.id, r.kind, r.version])).toEqual([
      ['china-tech-ai-2025', 'bundled', '1.0.1'],
      ['alibaba-ai-2025', 'file', '2.0.0'],
    ]);
  });

  it('an unreadable origin reads as a file: listed, not followed', () => {
    expect(datasetsInUseRows([], [stored('odd', { kind: 'subscription' })])[0]?.kind).toBe('file');
  });
});
