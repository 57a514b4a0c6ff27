/**
 * Subscribing to a dataset by URL, in a real browser with the built extension (issue 15, part 2).
 * A dataset server on 127.0.0.1 (test/support/dataset-server.ts; nothing leaves the machine) serves
 * the file; the journey: subscribe (the permission request, the background's first fetch, the
 * import's checks) and the dataset marks a page; an update is fetched on "Check now", shown with its
 * diff, and used once accepted; a broken update is refused with the reason and the version in use
 * kept; an unreachable server keeps it too, with the error and the time; the popup lists it with its
 * last check; unsubscribing removes it and gives the site's permission back.
 *
 * The browser's permission prompt cannot be clicked from automation. What this test does instead:
 * - Firefox runs with `extensions.webextOptionalPermissionPrompts` off, so the extension's own
 *   `permissions.request`, made by the options page's click handler, is granted without a prompt.
 * - Chromium has no such switch: the test first grants http://127.0.0.1/* the way a reader does on
 *   the extension's details page (chrome://extensions' own `developerPrivate.addHostPermission`);
 *   the options page's `permissions.request` then resolves true at once. So in Chromium the prompt
 *   itself is not exercised, while the request, the grant, the fetch and the removal are.
 * The slow server that never answers is covered by test/unit/settings/subscriptions.test.ts (its
 * 30 s limit is too long for a browser test); here "unreachable" is a closed port.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionPage } from '../../src/cli/browsers';
import { updatedDataset, validDataset } from '../dom/options/dataset.fixture';
import { type DatasetServer, startDatasetServer } from '../support/dataset-server';
import { BROWSER, drawnMarks, type Harness, startHarness, waitFor } from './harness';

const LOOPBACK_PERMISSION = 'http://127.0.0.1/*';

const v1 = validDataset();
const v2 = updatedDataset();

let harness: Harness;
let server: DatasetServer;
let options: ExtensionPage;

type Api = {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
};

/** The extension's granted host permissions, read in one of its pages. */
function grantedOrigins(page: ExtensionPage): Promise<string[]> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (await (g.browser ?? g.chrome).permissions.getAll()).origins ?? [];
  });
}

/** Chromium: grants a site as a reader does on the extension's details page (see the top comment). */
async function grantInChromium(pattern: string): Promise<void> {
  const id = harness.browser.extensionBase.split('/')[2]!;
  const extensions = await harness.browser.newPage('chrome://extensions/');
  const answer = await extensions.evaluate(
    async ({ id, pattern }) => {
      type DeveloperPrivate = { addHostPermission(id: string, host: string): Promise<void> };
      const api = (globalThis as { chrome?: { developerPrivate?: DeveloperPrivate } }).chrome;
      if (!api?.developerPrivate) return 'no developerPrivate';
      await api.developerPrivate.addHostPermission(id, pattern);
      return 'granted';
    },
    { id, pattern },
  );
  await extensions.close();
  expect(answer).toBe('granted');
}

const text = (page: ExtensionPage, testId: string) =>
  page.evaluate((testId) => document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? '', testId);

function click(page: ExtensionPage, testId: string): Promise<boolean> {
  return page.evaluate((testId) => {
    const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    el?.click();
    return Boolean(el);
  }, testId);
}

/**
 * Types the address and presses Enter in the field: real keyboard input, so the form's submit handler
 * runs in a user gesture, as Firefox requires for `permissions.request` (a script's click is not one).
 */
async function subscribe(page: ExtensionPage, url: string): Promise<void> {
  await page.evaluate((url) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="subscribe-url"]')!;
    input.value = url;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, url);
  await waitFor('the subscribe button', () =>
    page.evaluate(() => !document.querySelector<HTMLButtonElement>('[data-testid="subscribe"]')?.disabled),
  );
  await page.evaluate(() =>
    document.querySelector<HTMLInputElement>('[data-testid="subscribe-url"]')!.focus(),
  );
  await page.press('Enter');
}

/**
 * Presses "Check now" and waits for the check's report in the status line. The status texts shown
 * after the click are recorded by an observer: two checks in a row may end with the same text.
 */
async function checkNow(page: ExtensionPage): Promise<string> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid="options-status"]')!;
    const seen: string[] = [];
    (globalThis as { statusesSeen?: string[] }).statusesSeen = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  expect(await click(page, 'check-now')).toBe(true);
  return waitFor('the check to end', () =>
    page.evaluate(() =>
      (globalThis as { statusesSeen?: string[] }).statusesSeen?.find((s) => s.startsWith('Checked ')),
    ),
  );
}

beforeAll(async () => {
  server = await startDatasetServer();
  server.set('/energy.json', { kind: 'json', body: JSON.stringify(v1) });
  harness = await startHarness({ grantOptionalPermissions: true });
  if (BROWSER === 'chromium') await grantInChromium(LOOPBACK_PERMISSION);
  options = await harness.browser.openExtensionPage('options.html');
  await waitFor('the options page', () =>
    options.evaluate(() => Boolean(document.querySelector('[data-testid="subscribe-url"]'))),
  );
});

afterAll(async () => {
  await options?.close();
  await harness?.close();
  await server?.close().catch(() => undefined);
});

describe(`subscriptions in ${BROWSER}`, () => {
  test('an https address is required (http only on loopback): a network http address asks for nothing', async () => {
    await subscribe(options, 'http://news.example.com/claims.json');
    const status = await waitFor(
      'the refusal',
      async () => (await text(options, 'options-status')) || undefined,
    );
    expect(status).toBe('“http://news.example.com/claims.json” is not an https address.');
    expect(await text(options, 'dataset-list')).toBe('');
  });

  test('subscribe: the dataset is fetched, listed with its address and check, and marks a page', async () => {
    const url = server.url('/energy.json');
    await subscribe(options, url);
    // the first subscription also loads the options page's script converter (about a megabyte)
    const row = await waitFor(
      'the subscribed dataset',
      async () => {
        const found = await text(options, 'subscription');
        return found.includes(url) ? found : undefined;
      },
      30_000,
    );
    expect(row).toContain('version 1.0.0 · 1 claims');
    expect(await text(options, 'options-status')).toBe('Subscribed to Test energy claims 1.0.0 (1 claims).');
    expect(await text(options, 'subscription-checked')).toMatch(/^Last checked /);
    expect(await grantedOrigins(options)).toContain(LOOPBACK_PERMISSION);
    // fetched without cookies: the request carried none
    expect(server.requests.filter((r) => r.path === '/energy.json').every((r) => !r.cookie)).toBe(true);

    const page = await harness.browser.newPage(`${harness.server.url}/pages/acme-energy.html`);
    const marks = await waitFor('a mark from the subscribed dataset', async () => {
      const found = await drawnMarks(page);
      return found.some((m) => m.text.includes('12 billion')) ? found : undefined;
    });
    expect(marks.length).toBeGreaterThan(0);
    await page.close();
  });

  test('check now, nothing new: a conditional request answered 304', async () => {
    const before = server.requests.length;
    expect(await checkNow(options)).toBe('Checked 1 subscriptions: 0 new versions, 0 errors.');
    const sent = server.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.ifNoneMatch).toMatch(/^"[0-9a-f]+"$/);
  });

  test('an update: shown with its diff, used only once accepted', async () => {
    server.set('/energy.json', { kind: 'json', body: JSON.stringify(v2) });
    expect(await checkNow(options)).toBe('Checked 1 subscriptions: 1 new versions, 0 errors.');
    const update = await waitFor(
      'the waiting version',
      async () => (await text(options, 'update')) || undefined,
    );
    expect(update).toContain('New version 1.1.0 (in use: 1.0.0)');
    expect(await text(options, 'diff-added')).toBe('Added (1)acme-jobs Acme Power will hire 300 engineers.');
    expect(await text(options, 'diff-changed')).toContain('acme-capex');
    expect(await text(options, 'diff-changed')).toContain('fields: note, rating');
    // still the old version until the reader says yes
    expect(await text(options, 'subscription')).toContain('version 1.0.0 · 1 claims');

    expect(await click(options, 'update-accept')).toBe(true);
    await waitFor('the new version in use', async () =>
      (await text(options, 'subscription')).includes('version 1.1.0 · 2 claims'),
    );
    expect(await text(options, 'options-status')).toBe('Now using Test energy claims 1.1.0.');
    expect(await text(options, 'update')).toBe('');
  });

  test('a broken update is refused with the reason, and the version in use is kept', async () => {
    server.set('/energy.json', {
      kind: 'json',
      body: JSON.stringify({ ...v2, version: '1.2.0', claims: [] }),
    });
    expect(await checkNow(options)).toBe('Checked 1 subscriptions: 0 new versions, 1 errors.');
    const error = await waitFor(
      'the refusal',
      async () => (await text(options, 'subscription-error')) || undefined,
    );
    expect(error).toMatch(/failed: update refused: .*claims: /);
    expect(error).toContain('Version 1.1.0 stays in use.');
    expect(await text(options, 'subscription')).toContain('version 1.1.0 · 2 claims');
  });

  test('an unreachable server: the version in use is kept, with the error and the time', async () => {
    await server.close();
    expect(await checkNow(options)).toBe('Checked 1 subscriptions: 0 new versions, 1 errors.');
    const error = await text(options, 'subscription-error');
    expect(error).toMatch(/^The check of .+ failed: could not be reached/);
    expect(error).toContain('Version 1.1.0 stays in use.');
  });

  test('the popup lists the datasets in use with the subscription’s version and last check', async () => {
    const popup = await harness.browser.openExtensionPage('popup.html');
    const rows = await waitFor('the datasets in use', () =>
      popup.evaluate(() => {
        const items = [...document.querySelectorAll('[data-testid="dataset-in-use"]')];
        return items.length > 0
          ? items.map((li) => [li.getAttribute('data-kind'), li.textContent])
          : undefined;
      }),
    );
    expect(rows.filter(([kind]) => kind === 'bundled').length).toBeGreaterThan(0);
    const subscribed = rows.find(([kind]) => kind === 'subscription');
    expect(subscribed?.[1]).toMatch(
      /^Test energy claims 1\.1\.0 subscribed, checked .+ · the last check failed$/,
    );
    await popup.close();
  });

  test('unsubscribing removes the dataset and gives the site’s permission back (where the browser lets it)', async () => {
    expect(await click(options, 'unsubscribe')).toBe(true);
    await waitFor('the dataset to go', async () => (await text(options, 'dataset-list')) === '');
    expect(await text(options, 'options-status')).toBe('Unsubscribed from Test energy claims.');
    if (BROWSER === 'firefox') expect(await grantedOrigins(options)).not.toContain(LOOPBACK_PERMISSION);
    // Chromium refuses to remove an origin that the content script's matches (every http and https
    // page) cover — "You cannot remove required permissions" — so the grant stays there; the
    // extension had that access through its content script all along.
    else expect(await grantedOrigins(options)).toContain(LOOPBACK_PERMISSION);
    expect(options.errors).toEqual([]);
  });
});
