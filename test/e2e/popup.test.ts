/**
 * The popup, badge and options page in a real browser with the built extension (issue 6): the popup
 * (as popup.html?tabId=N) lists the demo article's claims with working source links; show-in-page
 * scrolls to the figure and opens its card; the site switch removes the marks and keeps them off after
 * a reload; a bad dataset import shows its error and changes nothing; a good one marks its claims on
 * a fixture page; the badge shows the count. Run per browser: BROWSER=chromium and BROWSER=firefox.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionPage } from '../../src/cli/browsers';
import { validDataset } from '../dom/options/dataset.fixture';
import { BROWSER, drawnMarks, type Harness, openCard, startHarness, tabIdOf, waitFor } from './harness';

let harness: Harness;
let article: ExtensionPage;
let articleUrl: string;
let tabId: number;

/** Runs a click (or any DOM action) inside an extension page by data-testid. */
function click(page: ExtensionPage, testId: string, index = 0): Promise<boolean> {
  return page.evaluate(
    ({ testId, index }) => {
      const el = document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)[index];
      el?.click();
      return Boolean(el);
    },
    { testId, index },
  );
}

/** Puts a file into an <input type=file> of an extension page and fires change. */
function chooseFile(page: ExtensionPage, testId: string, name: string, text: string): Promise<void> {
  return page.evaluate(
    ({ testId, name, text }) => {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { testId, name, text },
  );
}

type Api = {
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

function storedDatasets(page: ExtensionPage): Promise<unknown> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (
      ((await (g.browser ?? g.chrome).storage.local.get(null)) as Record<string, unknown>).importedDatasets ??
      null
    );
  });
}

async function openPopup(id: number): Promise<ExtensionPage> {
  const popup = await harness.browser.openExtensionPage(`popup.html?tabId=${id}`);
  await waitFor('the popup to read the page', () =>
    popup.evaluate(
      () => !document.querySelector('[data-testid="state-loading"]') && Boolean(document.querySelector('h1')),
    ),
  );
  return popup;
}

beforeAll(async () => {
  harness = await startHarness();
  articleUrl = `${harness.server.url}/`;
  article = await harness.browser.newPage(articleUrl);
  await waitFor('marks in the demo article', async () => (await drawnMarks(article)).length > 0);
  tabId = await tabIdOf(harness.browser, articleUrl);
});

afterAll(async () => {
  await harness?.close();
});

describe(`popup, badge and options in ${BROWSER}`, () => {
  test('the popup lists the claims with sources and the scan stats', async () => {
    const popup = await openPopup(tabId);
    const view = await waitFor('claims in the popup', async () => {
      const v = await popup.evaluate(() => ({
        claims: [...document.querySelectorAll('[data-testid="claim"]')].map((c) => c.textContent ?? ''),
        links: [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="source-link"]')].map((a) => ({
          href: a.href,
          target: a.target,
          rel: a.rel,
        })),
        stats: document.querySelector('[data-testid="stats"]')?.textContent ?? '',
        datasets: document.querySelector('[data-testid="datasets"]')?.textContent ?? '',
      }));
      return v.claims.length > 0 ? v : undefined;
    });
    expect(view.claims.some((c) => /380/.test(c))).toBe(true);
    expect(view.links.length).toBeGreaterThan(0);
    for (const link of view.links) {
      expect(new URL(link.href).protocol).toMatch(/^https?:$/);
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
    expect(view.stats).toMatch(/^\d+ of \d+ blocks name a dataset's subject; \d+ figures there, [\d.]+ ms$/);
    expect(view.datasets).toMatch(/^Datasets: .+/);
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  test('a tab it cannot run on gets the clear empty state, not an error', async () => {
    const probe = await harness.browser.openExtensionPage('options.html');
    // the options page itself: an extension page, where no content script runs
    const ownTab = await probe.evaluate(async () => {
      type TabsApi = { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } };
      const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      return (await (g.browser ?? g.chrome).tabs.getCurrent())?.id ?? -1;
    });
    const popup = await openPopup(ownTab);
    const state = await waitFor('the unavailable state', () =>
      popup.evaluate(() => document.querySelector('[data-testid="state-unavailable"]')?.textContent ?? ''),
    );
    expect(state).toContain('ClaimLens cannot run on this page.');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="site-switch"]'))).toBeNull();
    expect(popup.errors).toEqual([]);
    await popup.close();
    await probe.close();
  });

  test('the badge shows the count of claims on the tab', async () => {
    const probe = await harness.browser.openExtensionPage('options.html');
    const text = await waitFor('the badge', () =>
      probe.evaluate(async (id: number) => {
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        return (g.browser ?? g.chrome).action.getBadgeText({ tabId: id });
      }, tabId),
    );
    const marks = await drawnMarks(article);
    expect(Number(text)).toBe(marks.length);
    await probe.close();
  });

  test('show in page scrolls to the figure and opens its card', async () => {
    await article.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const popup = await openPopup(tabId);
    await waitFor('the show-in-page button', () => click(popup, 'show-in-page'));
    const card = await waitFor('the card after show-in-page', () => openCard(article));
    expect(card.statement.length).toBeGreaterThan(0);
    const [first] = await drawnMarks(article);
    const inView = await article.evaluate(() => window.innerHeight);
    expect(first!.rect.y).toBeGreaterThanOrEqual(0);
    expect(first!.rect.y).toBeLessThan(inView);
    await article.press('Escape');
    await popup.close();
  });

  test('the site switch removes the marks at once and keeps them off after a reload', async () => {
    let popup = await openPopup(tabId);
    await waitFor('the site switch', () => click(popup, 'site-switch'));
    await waitFor('the marks to go', async () => (await drawnMarks(article)).length === 0);
    await popup.close();

    await article.goto(articleUrl);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await drawnMarks(article)).toEqual([]);
    popup = await openPopup(tabId);
    const state = await waitFor('the off state', () =>
      popup.evaluate(() => {
        const toggle = document.querySelector<HTMLInputElement>('[data-testid="site-switch"]');
        return document.querySelector('[data-testid="state-off"]') && toggle
          ? { checked: toggle.checked }
          : undefined;
      }),
    );
    expect(state.checked).toBe(false);

    // and back on: the marks return without a reload
    await click(popup, 'site-switch');
    await waitFor('the marks to return', async () => (await drawnMarks(article)).length > 0);
    await popup.close();
  });

  test('a bad dataset file is refused with the field and reason, and nothing installed changes', async () => {
    const options = await harness.browser.openExtensionPage('options.html');
    await waitFor('the options page', () =>
      options.evaluate(() => Boolean(document.querySelector('[data-testid="dataset-file"]'))),
    );
    const before = await storedDatasets(options);
    const bad = validDataset({ id: 'bad-one', version: 'one' });
    await chooseFile(options, 'dataset-file', 'bad.json', JSON.stringify(bad));
    const errors = await waitFor('the import errors', () =>
      options.evaluate(() => document.querySelector('[data-testid="import-errors"]')?.textContent ?? ''),
    );
    expect(errors).toContain('bad.json: version: must be a semantic version');
    expect(await storedDatasets(options)).toEqual(before);
    expect(options.errors).toEqual([]);
    await options.close();
  });

  test('a good dataset file is listed and marks its claims on a page', async () => {
    const options = await harness.browser.openExtensionPage('options.html');
    await waitFor('the options page', () =>
      options.evaluate(() => Boolean(document.querySelector('[data-testid="dataset-file"]'))),
    );
    await chooseFile(options, 'dataset-file', 'energy.json', JSON.stringify(validDataset()));
    // validate, convert to traditional script (OpenCC), store, list again: in Chromium on a loaded
    // two-core machine the listing came 17 s after the file was chosen (where the time goes is not
    // pinned down; the entry was already stored after 3 s in one run)
    const listed = await waitFor(
      'the imported dataset',
      () => options.evaluate(() => document.querySelector('[data-testid="dataset"]')?.textContent ?? ''),
      40_000,
    );
    expect(listed).toContain('Test energy claims');
    expect(listed).toContain('1 claims');

    const page = await harness.browser.newPage(`${harness.server.url}/pages/acme-energy.html`);
    const marks = await waitFor('a mark from the imported dataset', async () => {
      const found = await drawnMarks(page);
      return found.some((m) => m.text.includes('12 billion')) ? found : undefined;
    });
    expect(marks.length).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    await page.close();

    // removing it leaves the store as it was
    await options.evaluate(() =>
      document.querySelector<HTMLButtonElement>('[data-testid="dataset"] button')?.click(),
    );
    await waitFor('the dataset to be removed', () =>
      options.evaluate(() => !document.querySelector('[data-testid="dataset"]')),
    );
    expect(options.errors).toEqual([]);
    await options.close();
  });
});
