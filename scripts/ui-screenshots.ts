/**
 * Screenshots of the popup (on the demo article) and the options page, in English and Chinese, light
 * and dark, from the built extension in Chromium: docs/popup-{en,zh}-{light,dark}.png and
 * docs/options-{en,zh}-{light,dark}.png. Run `npm run build` first, then `npx tsx scripts/ui-screenshots.ts`.
 *
 * Then the subscriptions (issue 15), from a dataset server on 127.0.0.1: docs/options-subscription-diff.png
 * (a new version waiting, with its diff), docs/options-subscriptions.png (the list after an update was
 * refused) and docs/popup-datasets-in-use.png. `--only=subscriptions` makes just these three.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../src/cli/browsers';
import { serveFolders } from '../src/cli/serve';
import { validDataset } from '../test/dom/options/dataset.fixture';
import { startDatasetServer } from '../test/support/dataset-server';

/** The extension API as these page functions use it (they run in extension pages, not here). */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
  storage: { sync: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
};
const onlySubscriptions = process.argv.includes('--only=subscriptions');

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

  for (const language of onlySubscriptions ? [] : (['en', 'zh_CN'] as const)) {
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
  await probe.evaluate(() => chrome.storage.sync.remove('language'));
  await subscriptionShots(base, tabId);
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
  const v2 = validDataset({
    version: '1.1.0',
    claims: [
      { ...v1.claims[0], rating: 'needs-context', note: { en: 'A five-year plan.', zh: '五年计划。' } },
      {
        ...v1.claims[0],
        id: 'acme-jobs',
        topics: { en: ['hire*'], zh: ['招聘'] },
        statement: { en: 'Acme Power will hire 300 engineers.', zh: '艾克美电力将招聘300名工程师。' },
        figure: { kind: 'number', value: 300 },
      },
    ],
  });
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
