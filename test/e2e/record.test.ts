/**
 * Recording a claim from the page (issue 15, part 1), the whole journey in a real browser with the
 * built extension: select a figure on the demo article and record it as a claim; it is marked; add
 * a second page as a source; export "My claims"; import the export into a clean profile, where the
 * same figures are marked with the same claims. Run per browser: BROWSER=chromium and BROWSER=firefox.
 *
 * The context menu itself is the browser's own UI, which neither playwright nor WebDriver BiDi can
 * click. The test drives the same path the menu's handler takes (src/platform/record-menu.ts,
 * recordFromMenu, unit-tested with its glue in test/unit/background/record-menu.test.ts): it asks the
 * tab's content engine for the figure at the selection with the same message, and opens the options
 * page at the same address (recordFormPath).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionPage } from '../../src/cli/browsers';
import { type PagePick, recordFormPath } from '../../src/core/claims/pick';
import { BROWSER, type Harness, reportOf, sendToTab, startHarness, tabIdOf, waitFor } from './harness';

let harness: Harness;
/** Steps that load the script converter's data (a first save, an import) or restart the browser are slow on a busy machine. */
const SLOW_STEP_MS = 180_000;

/** Selects the `nth` occurrence of `text` in the first paragraph that contains `within`. */
function select(page: ExtensionPage, within: string, text: string): Promise<boolean> {
  return page.evaluate(
    ({ within, text }) => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(within));
      const walker = document.createTreeWalker(paragraph ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      return false;
    },
    { within, text },
  );
}

/** What the context menu's handler does: the pick from the tab, then the form at its address. */
async function recordFromSelection(tabId: number): Promise<{ pick: PagePick; form: ExtensionPage }> {
  const pick = (await sendToTab(harness.browser, tabId, { type: 'figure-at-selection' })) as PagePick;
  const form = await harness.browser.openExtensionPage(recordFormPath(pick));
  await waitFor('the claim form', () =>
    form.evaluate(() => Boolean(document.querySelector('[data-testid="record-save"]'))),
  );
  return { pick, form };
}

/** Types into the form's fields (the events Preact listens to) by data-testid. */
function fill(page: ExtensionPage, values: Record<string, string>): Promise<void> {
  return page.evaluate((values: Record<string, string>) => {
    for (const [testId, value] of Object.entries(values)) {
      const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="${testId}"]`);
      if (!el) throw new Error(`no field ${testId}`);
      el.value = value;
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
  }, values);
}

async function save(form: ExtensionPage): Promise<string> {
  await form.evaluate(() =>
    document.querySelector<HTMLButtonElement>('[data-testid="record-save"]')!.click(),
  );
  return waitFor(
    'the form to save or refuse',
    () =>
      form.evaluate(() => {
        const errors = document.querySelector('[data-testid="record-errors"]')?.textContent;
        if (errors) return `refused: ${errors}`;
        return document.querySelector('[data-testid="record-status"]')?.textContent || undefined;
      }),
    // the first save loads the script converter's data (about a megabyte) on a busy machine
    60_000,
  );
}

/** The page's marks as claim ids, texts and verdicts (sorted): what "marks the same" compares. */
async function marksOf(tabId: number, claimId?: string): Promise<string[]> {
  const report = (await reportOf(harness.browser, tabId)) as {
    marks: { annotation: { text: string; verdict: string; claim: { id: string } } }[];
  };
  return report.marks
    .map(({ annotation: a }) => `${a.claim.id} ${a.text} ${a.verdict}`)
    .filter((m) => claimId === undefined || m.startsWith(`${claimId} `))
    .sort();
}

let article: ExtensionPage;
let articleUrl: string;
let secondUrl: string;
let articleTab: number;
let secondTab: number;
let exported: { name: string; text: string };
let marksBefore: { article: string[]; second: string[] };

beforeAll(async () => {
  harness = await startHarness();
  articleUrl = `${harness.server.url}/`;
  secondUrl = `${harness.server.url}/pages/chip-consortium.html`;
  article = await harness.browser.newPage(articleUrl);
  articleTab = await tabIdOf(harness.browser, articleUrl);
});

afterAll(async () => {
  await harness?.close();
});

describe(`record a claim from the page in ${BROWSER}`, () => {
  test(
    '1. select an unmarked figure and record it as a new claim',
    async () => {
      // the chip consortium's 380 billion yuan is another company's: the bundled datasets leave it alone
      expect(await marksOf(articleTab)).not.toContainEqual(expect.stringContaining('chip'));
      expect(await select(article, 'chip consortium', '380 billion yuan')).toBe(true);
      const { pick, form } = await recordFromSelection(articleTab);
      expect(pick).toMatchObject({
        url: articleUrl,
        publisher: '127.0.0.1',
        published: '2025-09-24',
        language: 'en',
        selection: '380 billion yuan',
        figure: { text: '380 billion yuan', kind: 'money', value: 380e9, unit: 'CNY', approx: 'exact' },
      });
      expect(pick.quote).toMatch(/^A rival state-backed chip consortium .* this year\.$/);
      expect(pick.topics.slice(0, 2)).toEqual(['raised', 'foundries']);
      expect(pick.claimId).toBeUndefined();
      // prefilled from the page
      const prefilled = await form.evaluate(() =>
        Object.fromEntries(
          ['record-value', 'record-unit', 'record-url', 'record-quote', 'record-topicsEn'].map((id) => [
            id,
            document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!.value,
          ]),
        ),
      );
      expect(prefilled).toMatchObject({
        'record-value': '380000000000',
        'record-unit': 'CNY',
        'record-url': articleUrl,
        'record-quote': pick.quote,
      });
      expect(prefilled['record-topicsEn']).toMatch(/^raised, foundries/);

      await fill(form, { 'record-subject': '' });
      await fill(form, {
        'record-newSubjectEn': 'State-backed chip consortium',
        'record-newSubjectZh': '国有芯片联盟',
        'record-aliasesEn': 'chip consortium',
        'record-aliasesZh': '芯片联盟',
        'record-claimId': 'chip-consortium-380b',
        'record-statementEn': 'A state-backed chip consortium raised 380 billion yuan for new foundries.',
        'record-statementZh': '一家国有芯片联盟为新建晶圆厂募集了3800亿元。',
        'record-topicsEn': 'raised, foundries',
        'record-topicsZh': '募集, 晶圆厂',
        'record-reviewBy': 'E2E editor',
      });
      expect(await save(form)).toMatch(/^Saved to My claims \(version 1\.0\.0, 1 claims\)/);
      await form.close();
    },
    SLOW_STEP_MS,
  );

  test('2. the recorded figure is marked at once in the open page', async () => {
    const marks = await waitFor('the recorded claim marked', async () => {
      const found = await marksOf(articleTab, 'chip-consortium-380b');
      return found.length > 0 ? found : undefined;
    });
    expect(marks).toEqual(['chip-consortium-380b 380 billion yuan consistent']);
    // the bundled claims' marks are still there
    expect((await marksOf(articleTab)).some((m) => m.startsWith('capex-380 '))).toBe(true);
  });

  test('3. a second page is added as a source, and the form says it agrees', async () => {
    const second = await harness.browser.newPage(secondUrl);
    secondTab = await tabIdOf(harness.browser, secondUrl);
    await waitFor('the second page marked', async () =>
      (await marksOf(secondTab, 'chip-consortium-380b')).length > 0 ? true : undefined,
    );
    expect(await select(second, 'chip consortium', '380 billion yuan')).toBe(true);
    const { pick, form } = await recordFromSelection(secondTab);
    expect(pick).toMatchObject({ publisher: 'The Other Daily', claimId: 'chip-consortium-380b' });
    // the marked figure opens the form on its claim, in "a source for a claim in use"
    const check = await waitFor('the source check', () =>
      form.evaluate(
        () => document.querySelector<HTMLElement>('[data-testid="record-check"]')?.dataset.check || undefined,
      ),
    );
    expect(check).toBe('consistent');
    await fill(form, { 'record-reviewBy': 'E2E editor' });
    expect(await save(form)).toMatch(/^Saved to My claims \(version 1\.0\.1, 1 claims\)/);
    await form.close();
  });

  test('4. My claims is exported as a dataset file with both sources', async () => {
    marksBefore = {
      article: await marksOf(articleTab),
      second: await waitFor('the second page marked again', async () => {
        const found = await marksOf(secondTab);
        return found.length > 0 ? found : undefined;
      }),
    };
    const options = await harness.browser.openExtensionPage('options.html');
    exported = await waitFor('the export', () =>
      options.evaluate(async () => {
        const row = document.querySelector('[data-testid="dataset"][data-dataset-id="my-claims"]');
        if (!row) return undefined;
        // the download's blob, caught where the page makes its link
        const w = window as unknown as { caught?: Blob };
        const make = URL.createObjectURL;
        URL.createObjectURL = (blob: Blob) => {
          w.caught = blob;
          return make.call(URL, blob);
        };
        row.querySelector<HTMLButtonElement>('[data-testid="dataset-export"]')!.click();
        for (let i = 0; i < 50 && !w.caught; i++) await new Promise((r) => setTimeout(r, 100));
        const name = document.querySelector('[data-testid="options-status"]')?.textContent ?? '';
        return w.caught ? { name, text: await w.caught.text() } : undefined;
      }),
    );
    await options.close();
    expect(exported.name).toBe('Saved my-claims-1.0.1.json.');
    const data = JSON.parse(exported.text) as {
      id: string;
      claims: { id: string; sources: { publisher: string; url: string }[] }[];
    };
    expect(data.id).toBe('my-claims');
    expect(data.claims.map((c) => c.id)).toEqual(['chip-consortium-380b']);
    expect(data.claims[0]!.sources.map((s) => s.publisher)).toEqual(['127.0.0.1', 'The Other Daily']);
  });

  test(
    '5. imported into a clean profile, it marks the same',
    async () => {
      await harness.close();
      harness = await startHarness();
      // a new server too: the same pages at another port
      articleUrl = `${harness.server.url}/`;
      secondUrl = `${harness.server.url}/pages/chip-consortium.html`;
      const options = await harness.browser.openExtensionPage('options.html');
      await waitFor('the options page', () =>
        options.evaluate(() => Boolean(document.querySelector('[data-testid="dataset-file"]'))),
      );
      await options.evaluate(
        ({ text }) => {
          const input = document.querySelector<HTMLInputElement>('[data-testid="dataset-file"]')!;
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], 'my-claims-1.0.1.json', { type: 'application/json' }));
          input.files = transfer.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        },
        { text: exported.text },
      );
      const imported = await waitFor(
        'the import',
        () =>
          options.evaluate(
            () =>
              document.querySelector('[data-testid="options-status"]')?.textContent ||
              document.querySelector('[data-testid="import-errors"]')?.textContent ||
              undefined,
          ),
        60_000,
      );
      expect(imported).toBe('Imported My claims 1.0.1 (1 claims).');
      await options.close();
      await harness.browser.newPage(articleUrl);
      const tab = await tabIdOf(harness.browser, articleUrl);
      const again = await waitFor('the article marked as before', async () => {
        const found = await marksOf(tab);
        return found.length >= marksBefore.article.length ? found : undefined;
      });
      expect(again).toEqual(marksBefore.article);
      await harness.browser.newPage(secondUrl);
      const second = await tabIdOf(harness.browser, secondUrl);
      expect(
        await waitFor('the second page marked as before', async () => {
          const found = await marksOf(second);
          return found.length >= marksBefore.second.length ? found : undefined;
        }),
      ).toEqual(marksBefore.second);
    },
    SLOW_STEP_MS,
  );
});
