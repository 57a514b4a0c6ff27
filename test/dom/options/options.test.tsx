import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportedDataset } from '../../../src/contracts/datasets';
import type { OptionsPortDeps } from '../../../src/platform/options-port';
import { validDataset } from './dataset.fixture';
import { flushRenders, mountRoot, unmountRoot } from '../../support/render-root';

vi.mock('../../../src/platform/browser', () => ({ browser: {} }));

const { validateDataset } = await import('../../../src/core/claims/schema');
const { createOptionsPort } = await import('../../../src/platform/options-port');
const { memoryArea } = await import('../../support/fake-storage');
const { IMPORTED_DATASETS_KEY } = await import('../../../src/platform/datasets-store');
const { readSettings } = await import('../../../src/platform/settings');
/** the site rules as stored in sync (in shards), read back */
const storedSites = () => readSettings(sync.data).sites;
const { scriptTableFor } = await import('../../../src/platform/opencc-converter');
const { compileDatasets } = await import('../../../src/core/claims/compile');
const { tableConverter } = await import('../../../src/core/claims/script-variants');
const { Options } = await import('../../../src/ui/options/Options');

let root: HTMLElement;
let sync: ReturnType<typeof memoryArea>;
let local: ReturnType<typeof memoryArea>;
let downloads: [string, string][];

beforeEach(() => {
  root = mountRoot();
  sync = memoryArea();
  local = memoryArea();
  downloads = [];
});
afterEach(() => unmountRoot(root));

const flush = () => flushRenders(4);

async function mount(browserLanguage = 'en-US', deps: Partial<OptionsPortDeps> = {}) {
  const port = createOptionsPort({
    sync,
    local,
    validate: validateDataset,
    download: (name, text) => downloads.push([name, text]),
    now: () => new Date('2026-01-02T03:04:05Z'),
    ...deps,
  });
  await act(() => {
    render(<Options port={port} browserLanguage={browserLanguage} />, root);
  });
  await flush();
  return port;
}

const q = <T extends HTMLElement = HTMLElement>(testId: string) => [
  ...root.querySelectorAll<T>(`[data-testid="${testId}"]`),
];

async function chooseFile(testId: string, name: string, text: string) {
  const input = q<HTMLInputElement>(testId)[0]!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

describe('options: settings', () => {
  it('shows defaults and saves each change to sync storage', async () => {
    await mount();
    const byDefault = q<HTMLInputElement>('enabled-by-default')[0]!;
    expect(byDefault.checked).toBe(true);
    expect(byDefault.getAttribute('role')).toBe('switch');
    expect(root.querySelector('label[for="enabled-by-default"]')).not.toBeNull();
    await act(async () => byDefault.click());
    await flush();
    expect(sync.data.enabledByDefault).toBe(false);

    await act(async () => q<HTMLInputElement>('style-outline')[0]!.click());
    await flush();
    expect(sync.data.highlightStyle).toBe('outline');

    await act(async () => q<HTMLInputElement>('show-consistent')[0]!.click());
    await flush();
    expect(sync.data.showConsistent).toBe(false);
    expect(q('options-status')[0]!.textContent).toBe('Saved.');
  });

  it('switches the page language at once', async () => {
    await mount();
    expect(root.querySelector('h1')!.textContent).toBe('ClaimLens settings');
    const select = q<HTMLSelectElement>('language')[0]!;
    select.value = 'zh_CN';
    await act(async () => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(sync.data.language).toBe('zh_CN');
    expect(root.querySelector('h1')!.textContent).toBe('ClaimLens 设置');
  });

  it('offers traditional Chinese, named in its own script, and switches to it', async () => {
    await mount();
    const select = q<HTMLSelectElement>('language')[0]!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['auto', 'Same as the browser'],
      ['en', 'English'],
      ['zh_CN', '简体中文'],
      ['zh_TW', '繁體中文'],
    ]);
    select.value = 'zh_TW';
    await act(async () => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(sync.data.language).toBe('zh_TW');
    expect(root.querySelector('h1')!.textContent).toBe('ClaimLens 設定');
  });

  it.each(['zh-HK', 'zh-TW', 'zh-Hant'])(
    'follows a %s browser on auto with traditional Chinese',
    async (lang) => {
      await mount(lang);
      expect(root.querySelector('h1')!.textContent).toBe('ClaimLens 設定');
    },
  );

  it('follows a Chinese browser on auto', async () => {
    await mount('zh-CN');
    expect(root.querySelector('h1')!.textContent).toBe('ClaimLens 设置');
  });

  it('reads corrupt stored settings with defaults, keeping the valid ones', async () => {
    sync = memoryArea({
      highlightStyle: 'background',
      enabledByDefault: 'maybe',
      sites: { 'ft.com': false, x: 1 },
    });
    await mount();
    expect(q<HTMLInputElement>('style-background')[0]!.checked).toBe(true);
    expect(q<HTMLInputElement>('enabled-by-default')[0]!.checked).toBe(true);
    expect(q('site-rule').map((li) => li.dataset.site)).toEqual(['ft.com']);
  });
});

describe('options: sites', () => {
  it('adds, changes and removes site rules', async () => {
    await mount();
    expect(q('sites-empty')).toHaveLength(1);
    const input = q<HTMLInputElement>('site-input')[0]!;
    input.value = 'https://www.FT.com/content/1';
    await act(async () => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => q<HTMLButtonElement>('site-add')[0]!.click());
    await flush();
    expect(storedSites()).toEqual({ 'www.ft.com': false });
    const rule = q('site-rule')[0]!;
    const select = rule.querySelector('select')!;
    expect(select.getAttribute('aria-label')).toBe('ClaimLens on www.ft.com');
    select.value = 'on';
    await act(async () => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(storedSites()).toEqual({ 'www.ft.com': true });
    await act(async () => q('site-rule')[0]!.querySelector('button')!.click());
    await flush();
    expect(storedSites()).toEqual({});
  });

  it('refuses a site that is not one', async () => {
    await mount();
    const input = q<HTMLInputElement>('site-input')[0]!;
    input.value = 'chrome://settings';
    await act(async () => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => q<HTMLButtonElement>('site-add')[0]!.click());
    await flush();
    expect(root.querySelector('#site-error')!.textContent).toContain('is not a site name or web address');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(storedSites()).toEqual({});
    expect(sync.data.siteShards).toBeUndefined();
  });
});

describe('options: datasets', () => {
  it('imports a valid dataset, lists it and removes it', async () => {
    await mount();
    expect(q('datasets-empty')).toHaveLength(1);
    await chooseFile('dataset-file', 'energy.json', JSON.stringify(validDataset()));
    expect(q('options-status')[0]!.textContent).toBe('Imported Test energy claims 1.0.0 (1 claims).');
    const entry = q('dataset')[0]!;
    expect(entry.textContent).toContain('Test energy claims');
    expect(entry.textContent).toContain('version 1.0.0 · 1 claims · energy.json');
    const stored = local.data[IMPORTED_DATASETS_KEY] as { id: string; data: { claims: unknown[] } }[];
    expect(stored.map((d) => d.id)).toEqual(['test-energy']);
    expect(stored[0]!.data.claims).toHaveLength(1);

    // a new version replaces the old one
    await chooseFile('dataset-file', 'energy-2.json', JSON.stringify(validDataset({ version: '1.1.0' })));
    expect(q('options-status')[0]!.textContent).toContain('Replaced Test energy claims with version 1.1.0');
    expect(q('dataset')).toHaveLength(1);

    await act(async () => q('dataset')[0]!.querySelector('button')!.click());
    await flush();
    expect(q('dataset')).toHaveLength(0);
    expect(local.data[IMPORTED_DATASETS_KEY]).toEqual([]);
  });

  it('stores an imported dataset with its Chinese in the other script, as the page engine compiles it', async () => {
    await mount('en-US', { scripts: async (dataset) => scriptTableFor(dataset) });
    await chooseFile('dataset-file', 'energy.json', JSON.stringify(validDataset()));
    const [entry] = local.data[IMPORTED_DATASETS_KEY] as ImportedDataset[];
    expect(entry!.scripts!.forms['投资']).toContain('投資');
    // what the engine compiles from storage: the aliases and topic words in both scripts
    const index = compileDatasets([entry!.data as never], tableConverter(entry!.scripts));
    expect(index.subjects[0]!.name.zhHant).toBe('艾克美電力');
    expect(index.claims[0]!.topics).toContain('投資');
    expect(index.claims[0]!.record.statement.zhHant).toBe('艾克美電力將投資120億美元。');
    // the list shows what the reader imported, not the recorded conversions
    expect(q('dataset')[0]!.textContent).not.toContain('投資');
  });

  it('makes the conversions again when restoring a backup (a backup holds only the dataset)', async () => {
    await mount('en-US', { scripts: async (dataset) => scriptTableFor(dataset) });
    await chooseFile('dataset-file', 'energy.json', JSON.stringify(validDataset()));
    await act(async () => q<HTMLButtonElement>('export-all')[0]!.click());
    await flush();
    const [name, text] = downloads[0]!;
    expect(JSON.parse(text).datasets[0].scripts).toBeUndefined();
    render(null, root);
    local = memoryArea();
    await mount('en-US', { scripts: async (dataset) => scriptTableFor(dataset) });
    await chooseFile('backup-file', name, text);
    const [entry] = local.data[IMPORTED_DATASETS_KEY] as ImportedDataset[];
    expect(entry!.scripts!.traditional['艾克美电力将投资120亿美元。']).toBe('艾克美電力將投資120億美元。');
  });

  it('refuses a bad dataset with the field and reason, and changes nothing', async () => {
    await mount();
    await chooseFile('dataset-file', 'good.json', JSON.stringify(validDataset()));
    const before = structuredClone(local.data);
    const bad = validDataset({ id: 'other' });
    (bad.claims as { sources: { url: string }[] }[])[0]!.sources[0]!.url = 'javascript:alert(1)';
    await chooseFile('dataset-file', 'bad.json', JSON.stringify(bad));
    const alert = q('import-errors')[0]!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('bad.json was not imported and nothing changed');
    expect(alert.textContent).toContain(
      'bad.json: claims[0] (acme-capex).sources[0].url: must be a link starting with https://',
    );
    expect(local.data).toEqual(before);
    expect(q('dataset').map((d) => d.dataset.datasetId)).toEqual(['test-energy']);
  });

  it('refuses a file that is not JSON', async () => {
    await mount();
    await chooseFile('dataset-file', 'notes.json', '{ "id": ');
    expect(q('import-errors')[0]!.textContent).toMatch(/notes\.json: not valid JSON/);
    expect(local.data).toEqual({});
  });

  it('names missing fields', async () => {
    await mount();
    const { license: _l, ...noLicense } = validDataset();
    await chooseFile('dataset-file', 'x.json', JSON.stringify(noLicense));
    expect(q('import-errors')[0]!.textContent).toContain('x.json: license: is missing');
  });

  // item 4's repro: an entry that looks like a dataset from outside but has no subjects
  it('lists a broken stored entry with its problem, keeps it until removed, and can remove it', async () => {
    const { subjects: _s, ...noSubjects } = validDataset({ id: 'broken' });
    const broken = {
      id: 'broken',
      name: 'Broken set',
      version: '1.0.0',
      claimCount: 1,
      importedAt: '2026-01-01T00:00:00Z',
      fileName: 'broken.json',
      data: noSubjects,
    };
    local = memoryArea({ [IMPORTED_DATASETS_KEY]: [{ junk: true }, broken] });
    await mount();
    const rows = q('dataset-broken');
    expect(rows.map((r) => r.textContent)).toEqual([
      'An unnamed entry is broken and not used for marking: id: must be textRemove',
      'Broken set is broken and not used for marking: data.subjects: must be a listRemove',
    ]);
    await chooseFile('dataset-file', 'good.json', JSON.stringify(validDataset()));
    expect((local.data[IMPORTED_DATASETS_KEY] as unknown[]).length).toBe(3);
    expect(q('dataset')).toHaveLength(1);
    await act(async () => q('dataset-broken')[1]!.querySelector('button')!.click());
    await flush();
    expect(q('dataset-broken')).toHaveLength(1);
    expect((local.data[IMPORTED_DATASETS_KEY] as { id?: string }[]).map((e) => e.id)).toEqual([
      undefined,
      'test-energy',
    ]);
  });

  it('shows the first 20 errors of a long list and counts the rest', async () => {
    await mount();
    const bad = validDataset({ claims: Array.from({ length: 2000 }, () => ({})) });
    await chooseFile('dataset-file', 'many.json', JSON.stringify(bad));
    const items = [...q('import-errors')[0]!.querySelectorAll('li')];
    expect(items).toHaveLength(21);
    expect(items.at(-1)!.textContent).toMatch(/^and \d+ more$/);
  });

  it('a JSON syntax error is not put under "Fix these fields"', async () => {
    await mount();
    await chooseFile('dataset-file', 'notes.json', '{ "id": ');
    const title = q('import-errors')[0]!.querySelector('.notice-title')!.textContent;
    expect(title).toBe('notes.json was not imported and nothing changed:');
  });

  it('a settings problem never touches imported datasets', async () => {
    local = memoryArea({});
    sync = memoryArea({ sites: 'garbage', highlightStyle: {}, language: 12 });
    await mount();
    await chooseFile('dataset-file', 'good.json', JSON.stringify(validDataset()));
    expect(q('dataset')).toHaveLength(1);
  });
});

describe('options: backup', () => {
  it('exports settings and datasets in one file and restores them elsewhere', async () => {
    sync = memoryArea({ highlightStyle: 'outline', sites: { 'ft.com': false } });
    await mount();
    await chooseFile('dataset-file', 'good.json', JSON.stringify(validDataset()));
    await act(async () => q<HTMLButtonElement>('export-all')[0]!.click());
    await flush();
    const [name, text] = downloads[0]!;
    expect(name).toBe('claimlens-settings-2026-01-02.json');
    const backup = JSON.parse(text);
    expect(backup.format).toBe('claimlens-backup');
    expect(backup.settings.highlightStyle).toBe('outline');
    expect(backup.datasets).toHaveLength(1);

    render(null, root);
    sync = memoryArea();
    local = memoryArea();
    await mount();
    await chooseFile('backup-file', name, text);
    expect(q('options-status')[0]!.textContent).toBe(
      'Restored the settings and 1 datasets, and added 1 site rules to yours.',
    );
    expect(sync.data).toMatchObject({ highlightStyle: 'outline' });
    expect(storedSites()).toEqual({ 'ft.com': false });
    expect(q('dataset')).toHaveLength(1);
    expect(q<HTMLInputElement>('style-outline')[0]!.checked).toBe(true);
  });

  it('refuses a backup with a bad dataset and changes nothing', async () => {
    sync = memoryArea({ highlightStyle: 'background' });
    await mount();
    const bad = validDataset();
    (bad as Record<string, unknown>).version = 'one';
    const backup = {
      format: 'claimlens-backup',
      version: 1,
      settings: { highlightStyle: 'outline' },
      datasets: [
        { fileName: 'good.json', data: validDataset({ id: 'good' }) },
        { fileName: 'bad.json', data: bad },
      ],
    };
    await chooseFile('backup-file', 'backup.json', JSON.stringify(backup));
    const alert = q('import-errors')[0]!.textContent!;
    expect(alert).toContain('backup.json was not restored and nothing changed');
    expect(alert).toContain('backup.json: datasets[1].data: version: must be a semantic version');
    expect(sync.data).toEqual({ highlightStyle: 'background' });
    expect(local.data).toEqual({});
  });

  it('refuses a file that is not a backup', async () => {
    await mount();
    await chooseFile('backup-file', 'dataset.json', JSON.stringify(validDataset()));
    expect(q('import-errors')[0]!.textContent).toContain('not a ClaimLens settings file');
  });

  // item 2's repro: one bad rule in the file used to replace every rule and say they were kept
  it('adds the file’s valid site rules to the reader’s and names the skipped ones', async () => {
    sync = memoryArea({ siteShards: 1, 'sites.0': { 'mine.org': true }, settingsVersion: 2 });
    await mount();
    const backup = {
      format: 'claimlens-backup',
      version: 1,
      settings: { sites: { 'ft.com': false, 'bad host!': true } },
    };
    await chooseFile('backup-file', 'b.json', JSON.stringify(backup));
    expect(q('options-status')[0]!.textContent).toBe(
      'Restored the settings and 0 datasets, and added 1 site rules to yours. Skipped 1 invalid site rules: "bad host!".',
    );
    expect(storedSites()).toEqual({ 'mine.org': true, 'ft.com': false });
    expect(q('site-rule').map((r) => r.dataset.site)).toEqual(['ft.com', 'mine.org']);
  });

  it('restores valid settings and reports the invalid ones it kept', async () => {
    sync = memoryArea({ language: 'en' });
    await mount();
    const backup = {
      format: 'claimlens-backup',
      version: 1,
      settings: { highlightStyle: 'outline', language: 'fr' },
    };
    await chooseFile('backup-file', 'b.json', JSON.stringify(backup));
    expect(q('options-status')[0]!.textContent).toContain(
      'Kept the current value of these invalid settings: language.',
    );
    expect(sync.data).toMatchObject({ highlightStyle: 'outline', language: 'en' });
  });
});
