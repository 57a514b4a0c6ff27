/**
 * The claim form of the options page (RecordClaim.tsx) over the real options port and schema:
 * prefilled from a pick, labelled for screen readers, refused with the schema's reasons (nothing
 * stored), saved into "My claims" (origin recorded, listed, exportable), and the add-a-source mode
 * with the matcher's verdict for a marked bundled figure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PagePick } from '../../../src/core/claims/pick';
import type { Dataset } from '../../../src/core/claims/schema';
import type { ImportedDataset } from '../../../src/contracts/datasets';
import { flushRenders, mountRoot, unmountRoot } from '../../support/render-root';

vi.mock('../../../src/platform/browser', () => ({ browser: {} }));

const { validateDataset } = await import('../../../src/core/claims/schema');
const { createOptionsPort } = await import('../../../src/platform/options-port');
const { memoryArea } = await import('../../support/fake-storage');
const { IMPORTED_DATASETS_KEY } = await import('../../../src/platform/datasets-store');
const { Options } = await import('../../../src/ui/options/Options');

const ALIBABA = (() => {
  const raw = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../data/claims/alibaba-ai-2025.json'), 'utf8'),
  );
  const result = validateDataset(raw, 'alibaba-ai-2025.json');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.dataset;
})();

const QUOTE =
  'A rival state-backed chip consortium separately said it had raised 380 billion yuan for new foundries, the largest fund-raising of its kind this year.';
const PICK: PagePick = {
  url: 'http://127.0.0.1:8080/',
  title: 'Alibaba shares jump as it doubles down on AI spending',
  publisher: '127.0.0.1',
  published: '2025-09-24',
  language: 'en',
  selection: '380 billion yuan',
  quote: QUOTE,
  figure: {
    text: '380 billion yuan',
    kind: 'money',
    value: 380e9,
    unit: 'CNY',
    approx: 'exact',
    start: 67,
    end: 83,
  },
  subject: 'alibaba',
  topics: ['raised', 'foundries', 'rival'],
};

let root: HTMLElement;
let local: ReturnType<typeof memoryArea>;
let downloads: [string, string][];

beforeEach(() => {
  root = mountRoot();
  local = memoryArea();
  downloads = [];
});
afterEach(() => unmountRoot(root));

const flush = () => flushRenders(6);

async function mount(pick: PagePick | undefined) {
  const port = createOptionsPort({
    sync: memoryArea(),
    local,
    validate: validateDataset,
    bundled: [{ id: ALIBABA.id, label: 'the bundled dataset', claimIds: ALIBABA.claims.map((c) => c.id) }],
    bundledDatasets: [ALIBABA],
    download: (name, text) => downloads.push([name, text]),
    now: () => new Date('2026-12-03T10:00:00Z'),
  });
  await act(() => {
    render(<Options port={port} browserLanguage="en-US" record={{ pick }} today="2026-12-03" />, root);
  });
  await flush();
}

const q = <T extends HTMLElement = HTMLElement>(testId: string) =>
  root.querySelector<T>(`[data-testid="${testId}"]`);

async function type(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const el = q<HTMLInputElement | HTMLSelectElement>(`record-${name}`);
    if (!el) throw new Error(`no field ${name}`);
    el.value = value;
    await act(async () => {
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    });
  }
  await flush();
}

async function submit() {
  await act(async () => q<HTMLButtonElement>('record-save')!.click());
  await flush();
}

const stored = () => (local.data[IMPORTED_DATASETS_KEY] ?? []) as ImportedDataset[];

const NEW_CLAIM = {
  subject: '',
  newSubjectEn: 'State-backed chip consortium',
  newSubjectZh: '国有芯片联盟',
  aliasesEn: 'chip consortium',
  aliasesZh: '芯片联盟',
  claimId: 'chip-consortium-380b',
  statementZh: '一家国有芯片联盟募集了3800亿元。',
  reviewBy: 'Test editor',
};

describe('the claim form', () => {
  it('is prefilled from the pick, and every field has a label', async () => {
    await mount(PICK);
    expect(q('record-figure')!.textContent).toBe('Figure read: 380 billion yuan (money)');
    const values = Object.fromEntries(
      [
        'value',
        'unit',
        'approx',
        'kind',
        'figureText',
        'statementEn',
        'quote',
        'url',
        'publisher',
        'published',
        'asOf',
        'rating',
        'subject',
        'topicsEn',
      ].map((name) => [name, q<HTMLInputElement>(`record-${name}`)!.value]),
    );
    expect(values).toEqual({
      value: '380000000000',
      unit: 'CNY',
      approx: 'exact',
      kind: 'money',
      figureText: '380 billion yuan',
      statementEn: QUOTE,
      quote: QUOTE,
      url: PICK.url,
      publisher: '127.0.0.1',
      published: '2025-09-24',
      asOf: '2025-09-24',
      rating: 'unverified',
      subject: 'alibaba',
      topicsEn: 'raised, foundries, rival',
    });
    const form = q('record-form')!;
    for (const control of form.querySelectorAll('input:not([type="radio"]), select, textarea')) {
      expect(form.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
    expect(q('record-status')!.getAttribute('aria-live')).toBe('polite');
  });

  it('refuses what the schema refuses, naming the field, and stores nothing', async () => {
    await mount(PICK);
    await type({ ...NEW_CLAIM, statementZh: '', unit: 'RMB' });
    await submit();
    const errors = q('record-errors')!;
    expect(errors.getAttribute('role')).toBe('alert');
    expect(errors.textContent).toContain('claims[0] (chip-consortium-380b).statement.zh: must not be empty');
    expect(errors.textContent).toContain('figure.unit: "RMB" is not an ISO 4217 currency code');
    expect(stored()).toEqual([]);
  });

  it('saves a new claim into My claims, listed as recorded and exported as a dataset file', async () => {
    await mount(PICK);
    await type(NEW_CLAIM);
    await submit();
    expect(q('record-errors')).toBeNull();
    expect(q('record-status')!.textContent).toBe(
      'Saved to My claims (version 1.0.0, 1 claims). Open pages are marked with it now.',
    );
    const [entry] = stored();
    expect(entry).toMatchObject({
      id: 'my-claims',
      name: 'My claims',
      origin: { kind: 'recorded' },
      claimCount: 1,
    });
    expect((entry!.data as unknown as Dataset).claims[0]!.sources[0]).toMatchObject({
      publisher: '127.0.0.1',
      kind: 'report',
      url: PICK.url,
      published: '2025-09-24',
      quote: QUOTE,
    });
    const row = root.querySelector('[data-dataset-id="my-claims"]')!;
    expect(row.textContent).toContain('recorded in this browser · version 1.0.0 · 1 claims');
    await act(async () => row.querySelector<HTMLButtonElement>('[data-testid="dataset-export"]')!.click());
    await flush();
    expect(downloads.map(([name]) => name)).toEqual(['my-claims-1.0.0.json']);
    expect(validateDataset(JSON.parse(downloads[0]![1]), 'export').ok).toBe(true);
  });

  it('a marked figure opens on its claim: the form says it agrees, and saves the source to a copy', async () => {
    const marked: PagePick = {
      ...PICK,
      quote:
        'Alibaba will invest 380 billion yuan ($53 billion) in cloud and AI infrastructure over the next three years, Wu said.',
      figure: { ...PICK.figure!, start: 20, end: 36 },
      claimId: 'capex-380',
    };
    await mount(marked);
    expect(q<HTMLInputElement>('record-mode-source')!.checked).toBe(true);
    expect(q<HTMLSelectElement>('record-target')!.value).toBe('alibaba-ai-2025/capex-380');
    expect(q('record-check')!.dataset.check).toBe('consistent');
    expect(q('record-check')!.textContent).toContain('agrees with this claim');
    expect(q('record-copy-note')!.textContent).toContain('capex-380-mine');
    await type({ reviewBy: 'Test editor' });
    await submit();
    expect(q('record-errors')).toBeNull();
    const data = stored()[0]!.data as unknown as Dataset;
    expect(data.claims.map((c) => c.id)).toEqual(['capex-380-mine']);
    const original = ALIBABA.claims.find((c) => c.id === 'capex-380')!;
    expect(data.claims[0]!.sources.at(-1)!.url).toBe(PICK.url);
    expect(data.claims[0]!.sources).toHaveLength(original.sources.length + 1);
  });

  it('says when no figure was read, and when the address held nothing usable', async () => {
    const { figure: _figure, ...bare } = PICK;
    await mount(bare);
    expect(q('record-no-figure')!.textContent).toMatch(/^No figure was read in the selection/);
    expect(q<HTMLInputElement>('record-value')!.value).toBe('');
    render(null, root);
    await mount(undefined);
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/could not be read/);
  });
});
