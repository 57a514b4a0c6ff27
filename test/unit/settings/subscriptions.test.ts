/**
 * Subscriptions: which addresses can be followed, one fetch against a real server on 127.0.0.1 (no
 * network), the state machine of a check with fake fetch outcomes, and a whole check over storage.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../../src/core/claims/schema';
import { IMPORTED_DATASETS_KEY, loadImportedDatasets } from '../../../src/platform/datasets-store';
import { memoryArea } from '../../support/fake-storage';
import {
  afterFetch,
  CHECK_INTERVAL_MS,
  type CheckContext,
  checkSubscriptions,
  checkSubscriptionUrl,
  type FetchOutcome,
  fetchDatasetText,
  fileNameOf,
  isDue,
  type SubscribedDataset,
  summariseErrors,
} from '../../../src/platform/subscriptions';
import { validDataset } from '../../dom/options/dataset.fixture';
import { type DatasetServer, startDatasetServer } from '../../support/dataset-server';

// vi.mock is hoisted above the imports: settings.ts (through backup.ts) reaches for the extension API
vi.mock('../../../src/platform/browser', () => ({ browser: {} }));

const MB = 1024 * 1024;
const NOW = Date.parse('2026-06-01T12:00:00Z');
const URL_A = 'https://data.example.org/energy.json';

describe('checkSubscriptionUrl', () => {
  it.each<[string, ReturnType<typeof checkSubscriptionUrl>, string]>([
    [URL_A, { ok: true, url: URL_A, permission: 'https://data.example.org/*' }, 'https: followed'],
    [
      ' https://data.example.org:8443/a.json#top ',
      { ok: true, url: 'https://data.example.org:8443/a.json', permission: 'https://data.example.org/*' },
      'trimmed, no fragment; the permission covers any port of the host',
    ],
    [
      'http://127.0.0.1:8080/d.json',
      { ok: true, url: 'http://127.0.0.1:8080/d.json', permission: 'http://127.0.0.1/*' },
      'the one exception: http on the loopback interface (tests, an editor’s own machine)',
    ],
    [
      'http://localhost:3000/d.json',
      { ok: true, url: 'http://localhost:3000/d.json', permission: 'http://localhost/*' },
      'localhost is loopback too',
    ],
    [
      'http://data.example.org/d.json',
      { ok: false, reason: 'not-https' },
      'plain http on the network: refused',
    ],
    [
      'http://127.0.0.2/d.json',
      { ok: false, reason: 'not-https' },
      'only 127.0.0.1 of the loopback range is named',
    ],
    [
      'http://localhost.example.com/d.json',
      { ok: false, reason: 'not-https' },
      'a host that starts like localhost is not',
    ],
    ['ftp://data.example.org/d.json', { ok: false, reason: 'not-https' }, 'another scheme'],
    ['file:///tmp/d.json', { ok: false, reason: 'not-https' }, 'a local file is imported, not followed'],
    [
      'https://me:secret@data.example.org/d.json',
      { ok: false, reason: 'credentials' },
      'no password in the address',
    ],
    ['data.example.org/d.json', { ok: false, reason: 'invalid' }, 'not an address'],
    ['', { ok: false, reason: 'invalid' }, 'empty'],
  ])('%j -> %j (%s)', (input, expected) => {
    expect(checkSubscriptionUrl(input)).toEqual(expected);
  });
});

describe('fetchDatasetText against a server on 127.0.0.1', () => {
  let server: DatasetServer;
  const body = JSON.stringify(validDataset());
  // a generous limit: the machine is shared, and only the silent server's test is about the limit
  const deps = { fetch, maxBytes: 4 * MB, timeoutMs: 20_000 };
  beforeAll(async () => {
    server = await startDatasetServer();
    server.set('/good.json', { kind: 'json', body });
    server.set('/huge.json', { kind: 'huge', bytes: 5 * MB });
    server.set('/gone.json', { kind: 'status', status: 500 });
    server.set('/silent.json', { kind: 'silent' });
  });
  afterAll(() => server.close());

  it('fetches a dataset with its validators, without cookies, then 304 with If-None-Match', async () => {
    const first = await fetchDatasetText(server.url('/good.json'), {}, deps);
    expect(first).toMatchObject({
      kind: 'fetched',
      text: body,
      lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT',
    });
    const etag = (first as { etag?: string }).etag;
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    const again = await fetchDatasetText(server.url('/good.json'), { etag }, deps);
    expect(again).toEqual({ kind: 'not-modified' });
    const sent = server.requests.filter((r) => r.path === '/good.json');
    expect(sent.at(-1)).toEqual({ path: '/good.json', ifNoneMatch: etag });
    expect(sent.some((r) => r.cookie)).toBe(false);
  });

  it('sends If-Modified-Since when it has a date', async () => {
    await fetchDatasetText(server.url('/good.json'), { lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' }, deps);
    expect(server.requests.at(-1)?.ifModifiedSince).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  });

  it.each([
    [
      '/huge.json',
      /^the file is larger than 4 MB$/,
      'a body past the cap, with no length, stopped while streaming',
    ],
    ['/gone.json', /^the server answered 500 Internal Server Error$/, 'an error status'],
    ['/missing.json', /^the server answered 404 Not Found$/, 'no such file'],
  ])(
    '%s fails: %s (%s)',
    async (path, error) => {
      const outcome = await fetchDatasetText(server.url(path), {}, deps);
      expect(outcome.kind).toBe('failed');
      expect((outcome as { error: string }).error).toMatch(error);
    },
    30_000,
  );

  it('gives up on a server that never answers (the time limit, not a hang)', async () => {
    const outcome = await fetchDatasetText(server.url('/silent.json'), {}, { ...deps, timeoutMs: 300 });
    expect(outcome).toEqual({ kind: 'failed', error: 'no answer within 0.3 s' });
  });

  it('a closed port is unreachable', async () => {
    const closed = await startDatasetServer();
    const url = closed.url('/good.json');
    await closed.close();
    const outcome = await fetchDatasetText(url, {}, deps);
    expect((outcome as { error: string }).error).toMatch(/^could not be reached/);
  });
});

describe('fetchDatasetText with a fake fetch', () => {
  it('refuses a declared length past the cap before reading, and a redirect off https', async () => {
    const big = new Response('{}', { headers: { 'content-length': String(5 * MB) } });
    expect(await fetchDatasetText(URL_A, {}, { fetch: async () => big, maxBytes: 4 * MB })).toEqual({
      kind: 'failed',
      error: 'the file is 5 MB, larger than 4 MB',
    });
    const redirected = new Response('{}');
    Object.defineProperty(redirected, 'url', { value: 'http://evil.example.com/d.json' });
    expect(await fetchDatasetText(URL_A, {}, { fetch: async () => redirected, maxBytes: 4 * MB })).toEqual({
      kind: 'failed',
      error: 'redirected to http://evil.example.com/d.json, which is not https',
    });
  });

  it('asks without credentials and without the browser cache', async () => {
    let init: RequestInit | undefined;
    await fetchDatasetText(
      URL_A,
      { etag: '"x"' },
      {
        fetch: async (_url, i) => {
          init = i;
          return new Response(null, { status: 304 });
        },
        maxBytes: MB,
      },
    );
    expect(init).toMatchObject({
      credentials: 'omit',
      cache: 'no-store',
      headers: { 'If-None-Match': '"x"' },
    });
  });
});

const v1 = validDataset();
const v2 = validDataset({
  version: '1.1.0',
  claims: [{ ...v1.claims[0], rating: 'outdated' }],
});
const entry = (origin: Partial<SubscribedDataset['origin']> = {}): SubscribedDataset => ({
  id: v1.id,
  name: v1.name,
  version: v1.version,
  claimCount: 1,
  importedAt: '2026-05-01T00:00:00.000Z',
  fileName: URL_A,
  data: v1 as unknown as Record<string, unknown>,
  origin: { kind: 'subscription', url: URL_A, etag: '"v1"', checkedAt: NOW - CHECK_INTERVAL_MS, ...origin },
});
const ctx: CheckContext = {
  validate: validateDataset,
  inUse: [{ id: 'alibaba-ai-2025', label: 'the bundled dataset', claimIds: ['capex-380'] }],
  now: NOW,
};
const fetched = (data: unknown, etag = '"new"'): FetchOutcome => ({
  kind: 'fetched',
  text: JSON.stringify(data),
  etag,
});
const pendingV2 = { data: v2, version: '1.1.0', fetchedAt: NOW - 1000 };

describe('afterFetch: the state machine of one check', () => {
  it.each<[string, SubscribedDataset, FetchOutcome, Partial<SubscribedDataset['origin']>]>([
    ['304: checked now, nothing else', entry({ error: 'old' }), { kind: 'not-modified' }, { etag: '"v1"' }],
    [
      'unreachable: the old version kept, with the error and the time',
      entry(),
      { kind: 'failed', error: 'no answer within 30 s' },
      { etag: '"v1"', error: 'no answer within 30 s' },
    ],
    [
      'unreachable keeps a pending version the reader has not seen yet',
      entry({ pending: pendingV2 }),
      { kind: 'failed', error: 'the server answered 503 Service Unavailable' },
      { etag: '"v1"', pending: pendingV2, error: 'the server answered 503 Service Unavailable' },
    ],
    [
      'not JSON: refused with the reason',
      entry(),
      { kind: 'fetched', text: '{ broken' },
      { etag: '"v1"', error: expect.stringMatching(/^update refused: .*energy\.json: not valid JSON/) },
    ],
    [
      'the schema: refused, naming the field',
      entry(),
      fetched({ ...v2, claims: [{ ...v2.claims[0], rating: 'sort of' }] }),
      { etag: '"v1"', error: expect.stringMatching(/^update refused: .*claims\[0\] \(acme-capex\)\.rating/) },
    ],
    [
      'a claim id of another dataset in use: refused',
      entry(),
      fetched({ ...v2, claims: [{ ...v2.claims[0], id: 'capex-380' }] }),
      {
        etag: '"v1"',
        error: expect.stringMatching(/claim id "capex-380" is also used by the bundled dataset/),
      },
    ],
    [
      'another dataset at the same address: refused',
      entry(),
      fetched({ ...v2, id: 'someone-else' }),
      {
        etag: '"v1"',
        error: 'update refused: the file is now the dataset "someone-else", not "test-energy"',
      },
    ],
    [
      'changed: pending with its version, the new validators for the next check',
      entry(),
      fetched(v2),
      { etag: '"new"', pending: { data: v2, version: '1.1.0', fetchedAt: NOW } },
    ],
    [
      'the same content under a new ETag: nothing pending, the new validators',
      entry({ pending: pendingV2, error: 'old' }),
      fetched(v1),
      { etag: '"new"' },
    ],
  ])('%s', (_why, before, outcome, expected) => {
    const after = afterFetch(before, outcome, ctx);
    expect(after.origin).toEqual({ kind: 'subscription', url: URL_A, checkedAt: NOW, ...expected });
    expect(after.data).toBe(before.data);
  });
});

describe('isDue', () => {
  it.each<[number | undefined, boolean, string]>([
    [undefined, true, 'never checked'],
    [NOW - CHECK_INTERVAL_MS, true, 'a day ago'],
    [NOW - CHECK_INTERVAL_MS + 60_000, false, 'a minute less than a day ago'],
    [NOW + CHECK_INTERVAL_MS, true, 'in the future: the clock was set back'],
  ])('checked at %s -> %s (%s)', (checkedAt, due) => {
    expect(isDue({ kind: 'subscription', url: URL_A, checkedAt }, NOW)).toBe(due);
  });
});

describe('fileNameOf', () => {
  it.each([
    ['https://data.example.org/sets/energy.json?v=2', 'energy.json', 'the last part of the path'],
    ['https://data.example.org/', 'data.example.org', 'no path: the host'],
    ['https://data.example.org/my%20claims.json', 'my claims.json', 'decoded'],
  ])('%s -> %s (%s)', (url, name) => {
    expect(fileNameOf(url)).toBe(name);
  });
});

describe('summariseErrors', () => {
  it('shows three and counts the rest', () => {
    expect(summariseErrors(['a', 'b', 'c', 'd', 'e'])).toBe('a; b; c; and 2 more');
    expect(summariseErrors(['a'])).toBe('a');
  });
});

describe('checkSubscriptions over storage', () => {
  const imported = { ...entry(), origin: undefined, id: 'other', data: { ...v1, id: 'other', claims: [] } };
  const setup = (stored: unknown[]) => memoryArea({ [IMPORTED_DATASETS_KEY]: stored });
  const deps = (local: ReturnType<typeof memoryArea>, answer: () => Response, seen: string[] = []) => ({
    local,
    fetch: (async (url: string) => {
      seen.push(url);
      return answer();
    }) as unknown as typeof fetch,
    validate: validateDataset,
    bundled: ctx.inUse,
    maxBytes: 4 * MB,
    now: () => NOW,
  });

  it('fetches only due subscriptions (all with force), never a file import, and writes the outcome', async () => {
    const fresh = {
      ...entry({ checkedAt: NOW - 1000 }),
      id: 'fresh',
      data: { ...v1, id: 'fresh', claims: [] },
    };
    const local = setup([entry(), imported, fresh]);
    const seen: string[] = [];
    const answer = () => new Response(JSON.stringify(v2), { headers: { etag: '"v2"' } });
    expect(await checkSubscriptions(deps(local, answer, seen), false)).toEqual({
      checked: 1,
      updates: 1,
      errors: 0,
    });
    expect(seen).toEqual([URL_A]);
    const stored = local.data[IMPORTED_DATASETS_KEY] as SubscribedDataset[];
    expect(stored[0]?.origin).toMatchObject({ etag: '"v2"', checkedAt: NOW, pending: { version: '1.1.0' } });
    expect(stored[0]?.data).toEqual(v1);
    expect(stored[1]).toEqual(imported);
    expect(await checkSubscriptions(deps(local, answer, seen), true)).toMatchObject({ checked: 2 });
  });

  it('records the error of a failed check and keeps the dataset in use', async () => {
    const local = setup([entry()]);
    const summary = await checkSubscriptions(
      deps(local, () => new Response('x', { status: 502 })),
      false,
    );
    expect(summary).toEqual({ checked: 1, updates: 0, errors: 1 });
    const { datasets } = await loadImportedDatasets(local);
    expect(datasets[0]?.data).toEqual(v1);
    expect((datasets[0] as SubscribedDataset).origin.error).toBe('the server answered 502');
  });

  it('does not fetch a site whose permission the reader took back', async () => {
    const local = setup([entry()]);
    const seen: string[] = [];
    await checkSubscriptions(
      { ...deps(local, () => new Response('{}'), seen), hasPermission: async () => false },
      true,
    );
    expect(seen).toEqual([]);
    const stored = local.data[IMPORTED_DATASETS_KEY] as SubscribedDataset[];
    expect(stored[0]?.origin.error).toMatch(/may no longer reach this site/);
  });

  it('leaves an entry the reader removed while the fetch ran', async () => {
    const local = setup([entry()]);
    const d = deps(local, () => new Response(JSON.stringify(v2)));
    const slow = d.fetch;
    d.fetch = (async (...args: Parameters<typeof fetch>) => {
      await local.set({ [IMPORTED_DATASETS_KEY]: [] });
      return slow(...args);
    }) as typeof fetch;
    await checkSubscriptions(d, true);
    expect(local.data[IMPORTED_DATASETS_KEY]).toEqual([]);
  });
});
