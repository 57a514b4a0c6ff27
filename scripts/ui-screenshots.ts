/**
 * Screenshots from the built extension in Chromium (run `npm run build` first):
 *  - the popup (on the demo article) and the options page, in English and Chinese, light and dark:
 *    docs/popup-{en,zh}-{light,dark}.png and docs/options-{en,zh}-{light,dark}.png;
 *  - the claim form ("Record this figure as a claim…" on the demo article's chip-consortium figure):
 *    docs/record-claim-{en,zh}.png and, adding the page as a source to a claim, docs/record-source-en.png;
 *  - the subscriptions, from a dataset server on 127.0.0.1: docs/options-subscription-diff.png (a new
 *    version waiting, with its diff), docs/options-subscriptions.png (the list after an update was
 *    refused) and docs/popup-datasets-in-use.png.
 * `npx tsx scripts/ui-screenshots.ts` makes all; with `popup`, `record` or `subscriptions` one set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../src/cli/browsers';
import { serveFolders } from '../src/cli/serve';
import { updatedDataset, validDataset } from '../test/dom/options/dataset.fixture';
import { startDatasetServer } from '../test/support/dataset-server';
import { type PagePick, recordFormPath } from '../src/core/claims/pick';

/** The extension API as these page functions use it (they run in extension pages, not here). */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
  storage: { sync: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
};
const only = process.argv[2];
const onlySubscriptions = only === '--only=subscriptions' || only === 'subscriptions';

const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, 'dist/chrome');
const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT.chromium);
  process.exit(2);
}

const server = await serveFolders({ '/': resolve(root, 'test/fixtures/demo') });
const profile = mkdtempSync(join(tmpdir(), 'claimlens-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `${worker.url().split('/').slice(0, 3).join('/')}/`;
  const article = await context.newPage();
  await article.goto(`${server.url}/`, { waitUntil: 'load' });
  await article.waitForTimeout(1500);

  const probe = await context.newPage();
  await probe.goto(`${base}options.html`);
  const tabId = await probe.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      try {
        const report = (await chrome.tabs.sendMessage(tab.id!, { type: 'get-report' })) as { url?: string };
        if (report?.url === url) return tab.id!;
      } catch {}
    }
    throw new Error('no tab with the demo article');
  }, `${server.url}/`);

  for (const language of onlySubscriptions || only === 'record' ? [] : (['en', 'zh_CN'] as const)) {
    await probe.evaluate((language) => chrome.storage.sync.set({ language }), language);
    for (const scheme of ['light', 'dark'] as const) {
      const tag = `${language === 'en' ? 'en' : 'zh'}-${scheme}`;
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 800 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`${base}popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid="claim"]');
      await popup.screenshot({ path: resolve(root, `docs/popup-${tag}.png`), fullPage: true });
      await popup.close();

      const options = await context.newPage();
      await options.setViewportSize({ width: 800, height: 900 });
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`${base}options.html`);
      await options.waitForSelector('[data-testid="dataset-file"]');
      await options.screenshot({ path: resolve(root, `docs/options-${tag}.png`), fullPage: true });
      await options.close();
      console.log(`docs/popup-${tag}.png docs/options-${tag}.png`);
    }
  }
  if (only !== 'popup' && !onlySubscriptions) {
    // what the context menu's handler does (src/platform/record-menu.ts): the pick at the selection, the form
    const pickAt = async (within: string, figure: string): Promise<PagePick> => {
      await article.evaluate(
        ({ within, figure }) => {
          const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(within))!;
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(figure);
            if (at < 0) continue;
            getSelection()!.setBaseAndExtent(node, at, node, at + figure.length);
            return;
          }
        },
        { within, figure },
      );
      return probe.evaluate(
        (tabId) => chrome.tabs.sendMessage(tabId, { type: 'figure-at-selection' }),
        tabId,
      ) as Promise<PagePick>;
    };
    const shoot = async (pick: PagePick, file: string, fill: Record<string, string>) => {
      const form = await context.newPage();
      await form.setViewportSize({ width: 800, height: 900 });
      await form.goto(`${base}${recordFormPath(pick)}`);
      await form.waitForSelector('[data-testid="record-save"]');
      await form.waitForTimeout(300);
      for (const [testId, value] of Object.entries(fill)) {
        const field = form.locator(`[data-testid="${testId}"]`);
        if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
        else await field.fill(value);
      }
      // no focus ring from the last field typed in
      await form.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await form.locator('[data-testid="record-form"]').screenshot({ path: resolve(root, file) });
      await form.close();
      console.log(file);
    };
    const newSubject = {
      'record-subject': '',
      'record-newSubjectEn': 'State-backed chip consortium',
      'record-newSubjectZh': '国有芯片联盟',
      'record-aliasesEn': 'chip consortium',
      'record-aliasesZh': '芯片联盟',
      'record-claimId': 'chip-consortium-380b',
      'record-statementZh': '一家国有芯片联盟为新建晶圆厂募集了3800亿元。',
      'record-reviewBy': 'A. Editor',
    };
    const consortium = await pickAt('chip consortium', '380 billion yuan');
    await shoot(consortium, 'docs/record-claim-en.png', newSubject);
    await probe.evaluate(() => chrome.storage.sync.set({ language: 'zh_CN' }));
    await shoot(consortium, 'docs/record-claim-zh.png', newSubject);
    await probe.evaluate(() => chrome.storage.sync.remove('language'));
    // a marked figure: the form opens on its claim and says whether the page agrees
    await shoot(await pickAt('Alibaba will invest', '380'), 'docs/record-source-en.png', {
      'record-reviewBy': 'A. Editor',
    });
  }
  await probe.evaluate(() => chrome.storage.sync.remove('language'));
  if (only === undefined || onlySubscriptions) await subscriptionShots(base, tabId);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

/** A dataset followed at a local address: a new version with its diff, the list, and the popup's footer. */
async function subscriptionShots(base: string, tabId: number): Promise<void> {
  const v1 = validDataset({
    claims: [
      validDataset().claims[0],
      {
        ...validDataset().claims[0],
        id: 'acme-grid-2024',
        statement: {
          en: 'Acme Power spent 4 billion dollars on its grid in 2024.',
          zh: '艾克美电力2024年在电网上花费40亿美元。',
        },
        figure: { kind: 'money', value: 4e9, unit: 'USD' },
      },
    ],
  });
  const v2 = updatedDataset();
  const data = await startDatasetServer();
  data.set('/acme-energy.json', { kind: 'json', body: JSON.stringify(v1) });
  try {
    // the prompt cannot be clicked here: grant the site as a reader does on chrome://extensions
    const extensions = await context.newPage();
    await extensions.goto('chrome://extensions/');
    await extensions.evaluate(({ id, host }) => chrome.developerPrivate.addHostPermission(id, host), {
      id: base.split('/')[2]!,
      host: 'http://127.0.0.1/*',
    });
    await extensions.close();

    const options = await context.newPage();
    await options.setViewportSize({ width: 800, height: 900 });
    await options.goto(`${base}options.html`);
    await options.fill('[data-testid="subscribe-url"]', data.url('/acme-energy.json'));
    await options.press('[data-testid="subscribe-url"]', 'Enter');
    await options.waitForSelector('[data-testid="subscription"]', { timeout: 30_000 });
    data.set('/acme-energy.json', { kind: 'json', body: JSON.stringify(v2) });
    await options.click('[data-testid="check-now"]');
    await options.waitForSelector('[data-testid="update"]');
    const section = options.locator('section[aria-labelledby="datasets-heading"]');
    await section.screenshot({ path: resolve(root, 'docs/options-subscription-diff.png') });

    await options.click('[data-testid="update-accept"]');
    await options.waitForSelector('[data-testid="update"]', { state: 'detached' });
    data.set('/acme-energy.json', { kind: 'json', body: '{ "id": "test-energy", "claims": [' });
    await options.click('[data-testid="check-now"]');
    await options.waitForSelector('[data-testid="subscription-error"]');
    await section.screenshot({ path: resolve(root, 'docs/options-subscriptions.png') });
    await options.close();

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 800 });
    await popup.goto(`${base}popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="dataset-in-use"][data-kind="subscription"]');
    // the footer only: the claims above it are the popup's own screenshots
    await popup.locator('[data-testid="datasets-in-use"]').screenshot({
      path: resolve(root, 'docs/popup-datasets-in-use.png'),
    });
    await popup.close();
    console.log(
      'docs/options-subscription-diff.png docs/options-subscriptions.png docs/popup-datasets-in-use.png',
    );
  } finally {
    await data.close();
  }
}
