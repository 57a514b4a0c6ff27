/**
 * The options page's subscriptions, rendered over the real port with a fake background and fake
 * permissions: subscribe, a failed check shown with the version kept, a waiting version's diff, accept.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FetchOutcome } from '../../../src/platform/subscriptions';
import { validDataset } from './dataset.fixture';
import { flushRenders, mountRoot, unmountRoot } from '../../support/render-root';

vi.mock('../../../src/platform/browser', () => ({ browser: {} }));

const { validateDataset } = await import('../../../src/core/claims/schema');
const { createOptionsPort } = await import('../../../src/platform/options-port');
const { memoryArea } = await import('../../support/fake-storage');
const { IMPORTED_DATASETS_KEY } = await import('../../../src/platform/datasets-store');
const { Options } = await import('../../../src/ui/options/Options');

const URL_A = 'https://data.example.org/energy.json';
const NOW = new Date('2026-06-01T12:00:00Z');
const v1 = validDataset();
const v2 = validDataset({
  version: '1.1.0',
  claims: [
    { ...v1.claims[0], rating: 'outdated' },
    { ...v1.claims[0], id: 'acme-jobs', statement: { en: 'Acme hires 300.', zh: '艾克美招聘300人。' } },
  ],
});

let root: HTMLElement;
let local: ReturnType<typeof memoryArea>;
let granted: boolean;
let asked: string[];
let answer: FetchOutcome;

beforeEach(() => {
  root = mountRoot();
  local = memoryArea();
  granted = true;
  asked = [];
  answer = { kind: 'fetched', text: JSON.stringify(v1), etag: '"1"' };
});
afterEach(() => unmountRoot(root));

const flush = () => flushRenders(5);

async function mount() {
  const port = createOptionsPort({
    sync: memoryArea(),
    local,
    validate: validateDataset,
    now: () => NOW,
    permissions: {
      async request(origins) {
        asked.push(...origins);
        return granted;
      },
      remove: async () => true,
    },
    background: {
      check: async () => ({ checked: 1, updates: 0, errors: 1 }),
      fetchNew: async () => answer,
    },
  });
  await act(() => {
    render(<Options port={port} browserLanguage="en-US" />, root);
  });
  await flush();
}

const $ = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const status = () => $('options-status')?.textContent;

async function subscribe(url: string) {
  const input = $('subscribe-url') as HTMLInputElement;
  await act(() => {
    input.value = url;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    ($('subscribe-form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
  });
  await flush();
}

/** a background check's outcome, written as the background writes it */
async function stored(origin: Record<string, unknown>) {
  const raw = local.data[IMPORTED_DATASETS_KEY] as { origin: Record<string, unknown> }[];
  raw[0]!.origin = { ...raw[0]!.origin, ...origin };
  await mount();
}

describe('subscriptions in the options page', () => {
  it('subscribes: asks for the one site, lists the dataset with its address and check', async () => {
    await mount();
    await subscribe(URL_A);
    expect(asked).toEqual(['https://data.example.org/*']);
    expect(status()).toBe('Subscribed to Test energy claims 1.0.0 (1 claims).');
    expect($('subscription')?.textContent).toContain(`subscribed at ${URL_A}`);
    expect($('subscription-checked')?.textContent).toMatch(/^Last checked /);
    expect($('unsubscribe')?.getAttribute('aria-label')).toBe('Unsubscribe from Test energy claims');
    expect($('check-now')).not.toBeNull();
  });

  it.each([
    [
      'http://data.example.org/d.json',
      '“http://data.example.org/d.json” is not an https address.',
      'not https',
    ],
  ])('refuses %s before asking for anything (%s)', async (url, text) => {
    await mount();
    await subscribe(url);
    expect(asked).toEqual([]);
    expect(status()).toBe(text);
  });

  it('adds nothing when the reader refuses the permission', async () => {
    granted = false;
    await mount();
    await subscribe(URL_A);
    expect(status()).toBe('ClaimLens was not allowed to reach data.example.org: nothing was added.');
    expect($('dataset')).toBeNull();
  });

  it('an unreachable first fetch is shown as an error list', async () => {
    answer = { kind: 'failed', error: 'no answer within 30 s' };
    await mount();
    await subscribe(URL_A);
    expect($('import-errors')?.textContent).toContain(`Could not subscribe to ${URL_A}`);
    expect($('import-errors')?.textContent).toContain('no answer within 30 s');
  });

  it('a failed check says when, why, and which version stays in use', async () => {
    await mount();
    await subscribe(URL_A);
    await stored({ error: 'the server answered 500 Internal Server Error' });
    expect($('subscription-error')?.textContent).toMatch(
      /^The check of .+ failed: the server answered 500 Internal Server Error\. Version 1\.0\.0 stays in use\.$/,
    );
  });

  it('a waiting version shows its diff, and is used once accepted', async () => {
    await mount();
    await subscribe(URL_A);
    await stored({ pending: { data: v2, version: '1.1.0', fetchedAt: NOW.getTime() } });
    expect($('update')?.querySelector('.update-title')?.textContent).toBe(
      'New version 1.1.0 (in use: 1.0.0). It is used only when you accept it.',
    );
    expect($('diff-added')?.textContent).toBe('Added (1)acme-jobs Acme hires 300.');
    expect($('diff-changed')?.textContent).toContain(
      'acme-capex Acme Power will invest 12 billion dollars. — fields: rating',
    );
    expect($('diff-removed')).toBeNull();
    await act(() => $('update-accept')!.click());
    await flush();
    expect(status()).toBe('Now using Test energy claims 1.1.0.');
    expect($('update')).toBeNull();
    expect($('subscription')?.textContent).toContain('version 1.1.0 · 2 claims');
  });

  it('check now reports what the check found', async () => {
    await mount();
    await subscribe(URL_A);
    await act(() => $('check-now')!.click());
    await flush();
    expect(status()).toBe('Checked 1 subscriptions: 0 new versions, 1 errors.');
  });
});
