/**
 * Import and restore through the options page's port, against storage that fails like the browser's:
 * everything is checked before anything is written, and a restore whose write fails is undone.
 */
import { describe, expect, it, vi } from 'vitest';
import { validDataset } from '../../dom/options/dataset.fixture';
import { type FakeArea, fakeArea, SYNC_QUOTA } from '../../support/fake-storage';

vi.mock('../../../src/platform/browser', () => ({ browser: {} }));

const { validateDataset } = await import('../../../src/core/claims/schema');
const { createOptionsPort, MAX_DATASET_BYTES } = await import('../../../src/platform/options-port');
const { IMPORTED_DATASETS_KEY, loadImportedDatasets } = await import('../../../src/platform/datasets-store');
const { readSettings } = await import('../../../src/platform/settings');

const BUNDLED = [
  { id: 'alibaba-ai-2025', label: 'the bundled dataset “Alibaba AI”', claimIds: ['capex-380'] },
];

/** both areas count their writes on one counter, so "the n-th write" runs across them */
function areas(sync: Record<string, unknown>, local: Record<string, unknown>, failWrite?: number) {
  const s = fakeArea(sync, { quota: SYNC_QUOTA });
  const l = fakeArea(local);
  let count = 0;
  for (const area of [s, l] as FakeArea[]) {
    const { set, remove } = area;
    area.set = async (items) => {
      if (++count === failWrite) throw new Error(`write ${count} failed (test)`);
      return set(items);
    };
    area.remove = async (keys) => {
      if (++count === failWrite) throw new Error(`write ${count} failed (test)`);
      return remove(keys);
    };
  }
  return { sync: s, local: l, writes: () => count };
}

const port = (a: { sync: FakeArea; local: FakeArea }) =>
  createOptionsPort({
    ...a,
    validate: validateDataset,
    bundled: BUNDLED,
    now: () => new Date('2026-01-02T00:00:00Z'),
  });

const rules = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`site-${i}.example.com`, false]));

/** the repro of the issue: mini@1.0.0 installed; the backup holds mini@2.0.0 and 600 site rules */
async function installedMini() {
  const a = areas({ highlightStyle: 'background', settingsVersion: 1 }, {});
  const outcome = await port(a).importDataset(
    'mini.json',
    JSON.stringify(validDataset({ id: 'mini', version: '1.0.0' })),
  );
  expect(outcome.ok).toBe(true);
  return { sync: structuredClone(a.sync.data), local: structuredClone(a.local.data) };
}
const backup = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'claimlens-backup',
    version: 1,
    settings: { highlightStyle: 'outline', sites: rules(600) },
    datasets: [{ fileName: 'mini-2.json', data: validDataset({ id: 'mini', version: '2.0.0' }) }],
    ...extra,
  });

describe('restore is all or nothing (item 1)', () => {
  it('succeeds with 600 site rules (they are sharded) and replaces mini@1.0.0 with mini@2.0.0', async () => {
    const before = await installedMini();
    const a = areas(before.sync, before.local);
    const outcome = await port(a).importAll('backup.json', backup());
    expect(outcome).toMatchObject({ ok: true, datasets: 1, siteRules: 600 });
    expect((await loadImportedDatasets(a.local)).datasets.map((d) => d.version)).toEqual(['2.0.0']);
    expect(Object.keys(readSettings(a.sync.data).sites)).toHaveLength(600);
  });

  // every write the restore makes (datasets, settings, the old one-item site rules removed), failed in
  // turn: each leaves both areas exactly as they were, and the message says nothing changed
  it('when any one of its writes fails, nothing changed and it says so', async () => {
    const before = await installedMini();
    before.sync.sites = { 'old.example.org': true };
    const clean = areas(before.sync, before.local);
    expect((await port(clean).importAll('backup.json', backup())).ok).toBe(true);
    const writes = clean.writes();
    expect(writes).toBe(3);
    for (let n = 1; n <= writes; n++) {
      const a = areas(before.sync, before.local, n);
      const outcome = await port(a).importAll('backup.json', backup());
      expect(outcome, `write ${n}`).toEqual({
        ok: false,
        problem: 'file',
        errors: [`backup.json: could not be stored (write ${n} failed (test))`],
      });
      expect(a.local.data, `write ${n}`).toEqual(before.local);
      expect(a.sync.data, `write ${n}`).toEqual(before.sync);
    }
  });

  it('refuses site rules that sync cannot hold before writing anything', async () => {
    const before = await installedMini();
    const a = areas(before.sync, before.local);
    const outcome = await port(a).importAll('backup.json', backup({ settings: { sites: rules(6000) } }));
    expect(outcome).toMatchObject({ ok: false, problem: 'file' });
    expect(a.writes()).toBe(0);
  });
});

describe('site rules in a restore (item 2)', () => {
  it('one bad rule skips that rule: the reader’s rules are kept and the file’s valid ones added', async () => {
    const a = areas({ siteShards: 1, 'sites.0': { 'mine.org': true }, settingsVersion: 2 }, {});
    const outcome = await port(a).importAll(
      'b.json',
      JSON.stringify({
        format: 'claimlens-backup',
        version: 1,
        settings: { sites: { 'ft.com': false, 'bad host!': true, 'mine.org': false } },
      }),
    );
    expect(outcome).toEqual({
      ok: true,
      datasets: 0,
      siteRules: 2,
      ignoredSettings: [],
      skippedSites: ['bad host!'],
    });
    expect(readSettings(a.sync.data).sites).toEqual({ 'mine.org': false, 'ft.com': false });
  });
});

describe('claim ids across the datasets in use (item 3)', () => {
  const clashing = () =>
    validDataset({ id: 'evil', claims: [{ ...validDataset().claims[0]!, id: 'capex-380' }] });

  it('an import whose claim id is a bundled claim’s is refused with the reason', async () => {
    const a = areas({}, {});
    const outcome = await port(a).importDataset('evil.json', JSON.stringify(clashing()));
    expect(outcome).toEqual({
      ok: false,
      problem: 'fields',
      errors: [
        'evil.json: claims[0] (capex-380).id: claim id "capex-380" is also used by the bundled dataset “Alibaba AI”',
      ],
    });
    expect(a.writes()).toBe(0);
  });

  it('an import whose claim id an imported dataset has is refused; a new version of that dataset is not', async () => {
    const a = areas({}, {});
    await port(a).importDataset('mine.json', JSON.stringify(validDataset({ id: 'mine' })));
    const other = await port(a).importDataset('other.json', JSON.stringify(validDataset({ id: 'other' })));
    expect(other.ok).toBe(false);
    if (!other.ok)
      expect(other.errors[0]).toContain(
        'is also used by the imported dataset “Test energy claims” (mine.json)',
      );
    const again = await port(a).importDataset(
      'mine-2.json',
      JSON.stringify(validDataset({ id: 'mine', version: '2.0.0' })),
    );
    expect(again.ok).toBe(true);
  });

  it('a restore with a clashing dataset is refused whole', async () => {
    const a = areas({}, {});
    const outcome = await port(a).importAll(
      'b.json',
      JSON.stringify({
        format: 'claimlens-backup',
        version: 1,
        datasets: [{ fileName: 'evil.json', data: clashing() }],
      }),
    );
    expect(outcome).toMatchObject({ ok: false, problem: 'fields' });
    expect(a.writes()).toBe(0);
  });
});

describe('broken stored datasets (item 4)', () => {
  const entry = (data: Record<string, unknown>) => ({
    id: data.id,
    name: 'Broken',
    version: '1.0.0',
    claimCount: 1,
    importedAt: '2026-01-01T00:00:00Z',
    fileName: 'x.json',
    data,
  });

  it('one without subjects is listed as broken with its problem, the others as usable, and it can be removed', async () => {
    const { subjects: _s, ...noSubjects } = validDataset({ id: 'broken' });
    const good = entry(
      validDataset({ id: 'good', claims: [{ ...validDataset().claims[0]!, id: 'good-1' }] }),
    );
    const a = areas({}, { [IMPORTED_DATASETS_KEY]: [entry(noSubjects), good] });
    const list = await port(a).listDatasets();
    expect(list.datasets.map((d) => d.id)).toEqual(['good']);
    expect(list.broken).toEqual([
      { index: 0, id: 'broken', name: 'Broken', problem: 'data.subjects: must be a list' },
    ]);
    await port(a).removeBrokenDataset(0);
    expect((a.local.data[IMPORTED_DATASETS_KEY] as unknown[]).length).toBe(1);
    expect((await port(a).listDatasets()).broken).toEqual([]);
  });
});

describe('limits (item 7)', () => {
  it('the import limit counts bytes: 1.5 M Chinese characters are 4.5 MB', async () => {
    const text = JSON.stringify(validDataset({ description: { en: 'x', zh: '中'.repeat(1_500_000) } }));
    expect(text.length).toBeLessThan(MAX_DATASET_BYTES);
    const outcome = await port(areas({}, {})).importDataset('big.json', text);
    expect(outcome).toMatchObject({ ok: false, problem: 'file' });
    if (!outcome.ok) expect(outcome.errors[0]).toMatch(/big\.json: the file is 4\.\d MB, larger than 4 MB/);
  });

  it('a restore has a size limit', async () => {
    const text = backup({ padding: 'x'.repeat(11 * 1024 * 1024) });
    const outcome = await port(areas({}, {})).importAll('huge.json', text);
    expect(outcome).toMatchObject({ ok: false, problem: 'file' });
  });

  it('a JSON syntax error is a problem of the file, not of its fields', async () => {
    const outcome = await port(areas({}, {})).importDataset('notes.json', '{ "id": ');
    expect(outcome).toMatchObject({ ok: false, problem: 'file' });
  });
});
