/**
 * Subscribing through the options page's port: the first version goes through the import's checks,
 * a waiting version is listed with its diff and put in use only on accept (checked again then), and
 * the site's permission is given back when no subscription needs it any more.
 */
import { describe, expect, it, vi } from 'vitest';
import { validDataset } from '../../dom/options/dataset.fixture';
import { memoryArea } from '../../support/fake-storage';
import type { FetchOutcome } from '../../../src/platform/subscriptions';

vi.mock('../../../src/platform/browser', () => ({ browser: {} }));

const { validateDataset } = await import('../../../src/core/claims/schema');
const { createOptionsPort } = await import('../../../src/platform/options-port');
const { IMPORTED_DATASETS_KEY, loadImportedDatasets } = await import('../../../src/platform/datasets-store');

const BUNDLED = [{ id: 'alibaba-ai-2025', label: 'the bundled dataset', claimIds: ['capex-380'] }];
const URL_A = 'https://data.example.org/energy.json';
const URL_B = 'https://data.example.org/other.json';
const NOW = new Date('2026-06-01T12:00:00Z');

const v1 = validDataset();
const v2 = validDataset({
  version: '1.1.0',
  claims: [
    { ...v1.claims[0], rating: 'outdated' },
    { ...v1.claims[0], id: 'acme-jobs', statement: { en: 'Acme hires 300.', zh: '艾克美招聘300人。' } },
  ],
});

function setup(answers: Record<string, FetchOutcome>) {
  const local = memoryArea();
  const log: string[] = [];
  const port = createOptionsPort({
    sync: memoryArea(),
    local,
    validate: validateDataset,
    bundled: BUNDLED,
    now: () => NOW,
    permissions: {
      async request(origins) {
        log.push(`request ${origins.join(' ')}`);
        return true;
      },
      async remove(origins) {
        log.push(`remove ${origins.join(' ')}`);
        return true;
      },
    },
    background: {
      async check(force) {
        log.push(`check ${force}`);
        return { checked: 0, updates: 0, errors: 0 };
      },
      async fetchNew(url) {
        log.push(`fetch ${url}`);
        return answers[url] ?? { kind: 'failed', error: 'the server answered 404 Not Found' };
      },
    },
  });
  return { port, local, log };
}

const fetched = (data: unknown): FetchOutcome => ({
  kind: 'fetched',
  text: JSON.stringify(data),
  etag: '"e1"',
});

/** puts a pending version on the stored entry, as a background check would */
async function withPending(local: ReturnType<typeof memoryArea>, data: unknown) {
  const raw = local.data[IMPORTED_DATASETS_KEY] as { origin: Record<string, unknown> }[];
  raw[0]!.origin.pending = { data, version: (data as { version: string }).version, fetchedAt: NOW.getTime() };
}

describe('subscribing', () => {
  it('asks for the site, fetches through the background and stores the first version with its origin', async () => {
    const { port, local, log } = setup({ [URL_A]: fetched(v1) });
    expect(await port.requestSubscriptionPermission(URL_A)).toBe(true);
    const outcome = await port.subscribe(URL_A);
    expect(outcome).toMatchObject({ ok: true, dataset: { id: 'test-energy', subscription: { url: URL_A } } });
    expect(log).toEqual(['request https://data.example.org/*', `fetch ${URL_A}`]);
    const { datasets } = await loadImportedDatasets(local);
    expect(datasets[0]?.origin).toEqual({
      kind: 'subscription',
      url: URL_A,
      etag: '"e1"',
      checkedAt: NOW.getTime(),
    });
  });

  it.each<[string, FetchOutcome, RegExp]>([
    [
      'unreachable',
      { kind: 'failed', error: 'no answer within 30 s' },
      /energy\.json: no answer within 30 s$/,
    ],
    ['not JSON', { kind: 'fetched', text: '<html>' }, /not valid JSON/],
    ['the schema', fetched({ ...v1, claims: [] }), /claims: /],
    ['a bundled claim id', fetched({ ...v1, claims: [{ ...v1.claims[0], id: 'capex-380' }] }), /capex-380/],
  ])(
    'a first fetch that fails (%s) adds nothing and gives the permission back',
    async (_why, answer, error) => {
      const { port, local, log } = setup({ [URL_A]: answer });
      const outcome = await port.subscribe(URL_A);
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? [] : outcome.errors.join('\n')).toMatch(error);
      expect((await loadImportedDatasets(local)).datasets).toEqual([]);
      expect(log.at(-1)).toBe('remove https://data.example.org/*');
    },
  );

  it('refuses an http address off the loopback without asking anyone', async () => {
    const { port, log } = setup({});
    expect(await port.requestSubscriptionPermission('http://data.example.org/d.json')).toBe(false);
    expect((await port.subscribe('http://data.example.org/d.json')).ok).toBe(false);
    expect(log).toEqual([]);
  });
});

describe('a waiting version', () => {
  it('is listed with its diff, and replaces the one in use only on accept', async () => {
    const { port, local } = setup({ [URL_A]: fetched(v1) });
    await port.subscribe(URL_A);
    await withPending(local, v2);
    const listed = (await port.listDatasets()).datasets[0]!;
    expect(listed.version).toBe('1.0.0');
    expect(listed.subscription?.pending).toMatchObject({
      version: '1.1.0',
      diff: {
        fromVersion: '1.0.0',
        toVersion: '1.1.0',
        added: [{ id: 'acme-jobs' }],
        changed: [{ id: 'acme-capex', fields: ['rating'] }],
        removed: [],
      },
    });
    expect(await port.acceptUpdate('test-energy')).toMatchObject({ ok: true, replaced: true });
    const after = (await port.listDatasets()).datasets[0]!;
    expect(after).toMatchObject({ version: '1.1.0', claimCount: 2, subscription: { url: URL_A } });
    expect(after.subscription?.pending).toBeUndefined();
  });

  it('is checked again on accept: a claim id taken meanwhile by an import refuses it, the old version stays', async () => {
    const { port, local } = setup({ [URL_A]: fetched(v1) });
    await port.subscribe(URL_A);
    await withPending(local, v2);
    const other = validDataset({ id: 'other', claims: [{ ...v1.claims[0], id: 'acme-jobs' }] });
    expect((await port.importDataset('other.json', JSON.stringify(other))).ok).toBe(true);
    const outcome = await port.acceptUpdate('test-energy');
    expect(outcome.ok ? '' : outcome.errors.join('\n')).toMatch(/claim id "acme-jobs" is also used by/);
    expect((await port.listDatasets()).datasets.find((d) => d.id === 'test-energy')?.version).toBe('1.0.0');
  });

  it('declined: the old version stays, and its validators go so the next check offers it again', async () => {
    const { port, local } = setup({ [URL_A]: fetched(v1) });
    await port.subscribe(URL_A);
    await withPending(local, v2);
    await port.dismissUpdate('test-energy');
    const { datasets } = await loadImportedDatasets(local);
    expect(datasets[0]?.version).toBe('1.0.0');
    expect(datasets[0]?.origin).toEqual({ kind: 'subscription', url: URL_A, checkedAt: NOW.getTime() });
  });
});

describe('unsubscribing', () => {
  it('gives the site’s permission back only when no other subscription uses that site', async () => {
    const second = validDataset({ id: 'second', claims: [{ ...v1.claims[0], id: 'second-claim' }] });
    const { port, log } = setup({ [URL_A]: fetched(v1), [URL_B]: fetched(second) });
    await port.subscribe(URL_A);
    await port.subscribe(URL_B);
    log.length = 0;
    await port.removeDataset('test-energy');
    expect(log).toEqual([]);
    await port.removeDataset('second');
    expect(log).toEqual(['remove https://data.example.org/*']);
    expect((await port.listDatasets()).datasets).toEqual([]);
  });

  it('removing a dataset imported from a file touches no permission', async () => {
    const { port, log } = setup({});
    await port.importDataset('mine.json', JSON.stringify(v1));
    await port.removeDataset('test-energy');
    expect(log).toEqual([]);
  });
});
