/**
 * The store screenshots, 1280×800, from the built extension (dist/chrome) in Chromium on the demo
 * article: store/screenshots/<locale>/
 *   1-card-light.png, 2-card-dark.png     the article with the card open over the 380 billion yuan mark
 *   3-popup-light.png, 4-popup-dark.png   the toolbar popup over the article, as the browser shows it
 *   5-options.png                         the options page, light and dark side by side
 * in English (the English article, UI in English) and Chinese (the Chinese article, UI in 简体中文).
 * Five per language: the Chrome Web Store takes at most five.
 *
 * The popup is an extension page that the browser draws under its toolbar button; headless Chromium
 * has no toolbar, so the popup page is captured on its own and laid over the article's screenshot,
 * at the top right with a shadow, in a page drawn by the same browser.
 *
 * Run `npm run build` first, then `npx tsx scripts/store-screenshots.ts`. Look at every image.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../src/cli/browsers';
import { serveFolders } from '../src/cli/serve';

/** The extension API as these page functions use it (they run in extension pages, not here). */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
  storage: { sync: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
};

const WIDTH = 1280;
const HEIGHT = 800;
const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, 'dist/chrome');

/** the demo article's host name in the screenshots, resolved to the local server (.example is reserved) */
const DEMO_HOST = 'demo-ledger.example';

const LANGUAGES = [
  // store locale, the article, the UI language setting, the mark to open the card on, the browser's language
  { locale: 'en', article: '/', language: 'en', figure: '380', browserLanguage: 'en-US' },
  { locale: 'zh_CN', article: '/zh.html', language: 'zh_CN', figure: '3800', browserLanguage: 'zh-CN' },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** The centre of the first mark whose text has `figure`, in the viewport, or undefined before it is drawn. */
function markCentre(page: Page, figure: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((figure) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    for (const name of ['claimlens-consistent', 'claimlens-needs-context', 'claimlens-differs'])
      for (const range of registry?.get(name) ?? [])
        if (range.toString().includes(figure)) {
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
    return undefined;
  }, figure);
}

/** Scrolls the first mark with `figure` near the top (so the card below it fits), hovers it and waits for the card. */
async function openCardOn(page: Page, figure: string): Promise<void> {
  let centre = await markCentre(page, figure);
  for (let tries = 0; !centre; tries++) {
    if (tries > 100) throw new Error(`no mark on ${figure}`);
    await page.waitForTimeout(100);
    centre = await markCentre(page, figure);
  }
  await page.mouse.wheel(0, Math.max(0, centre.y - 200));
  await page.waitForTimeout(300);
  const { x, y } = (await markCentre(page, figure))!;
  await page.mouse.move(x, y);
  await page.waitForFunction(
    () => !!document.querySelector('claimlens-root')?.shadowRoot?.querySelector('[data-testid="card"]'),
  );
  // the card fades in
  await page.waitForTimeout(400);
}

/** The article's tab id, found by asking each tab's content script for its report. */
async function tabIdOf(context: BrowserContext, base: string, url: string): Promise<number> {
  const probe = await context.newPage();
  await probe.goto(`${base}options.html`);
  const id = await probe.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      try {
        const report = (await chrome.tabs.sendMessage(tab.id!, { type: 'get-report' })) as { url?: string };
        if (report?.url === url) return tab.id!;
      } catch {}
    }
    throw new Error(`no tab with ${url}`);
  }, url);
  await probe.close();
  return id;
}

async function setLanguage(
  context: BrowserContext,
  base: string,
  language: string | undefined,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${base}options.html`);
  await page.evaluate(
    (language) => (language ? chrome.storage.sync.set({ language }) : chrome.storage.sync.remove('language')),
    language,
  );
  await page.close();
}

/** Two half-width screenshots side by side, split by a thin rule. */
async function composeSideBySide(context: BrowserContext, halves: Buffer[], path: string) {
  const page = await context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(`<!doctype html><html><body style="margin:0;display:flex;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden">
    ${halves.map((png) => `<img src="${url(png)}" style="width:${WIDTH / 2}px;height:${HEIGHT}px">`).join('<div style="position:absolute;left:639px;top:0;width:2px;height:100%;background:#8a8f98"></div>')}
  </body></html>`);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await page.screenshot({ path });
  await page.close();
}

/** The article screenshot with the popup's laid over it at the top right, drawn by the browser. */
async function composePopup(
  context: BrowserContext,
  article: Buffer,
  popup: Buffer,
  dark: boolean,
  path: string,
) {
  const page = await context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await page.setContent(`<!doctype html><html><body style="margin:0;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden">
    <img src="${url(article)}" style="position:absolute;left:0;top:0;width:${WIDTH}px;height:${HEIGHT}px">
    <img src="${url(popup)}" style="position:absolute;right:16px;top:8px;border-radius:8px;border:1px solid ${dark ? '#5f6368' : '#dadce0'};
      box-shadow:0 4px 24px rgba(0,0,0,${dark ? 0.6 : 0.28})">
  </body></html>`);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await page.screenshot({ path });
  await page.close();
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT.chromium);
  process.exit(2);
}
const server = await serveFolders({ '/': resolve(root, 'test/fixtures/demo') });
for (const { locale, article, language, figure, browserLanguage } of LANGUAGES) {
  // one browser per language, started in it, so that its own words (the file picker's button) match
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-store-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    locale: browserLanguage,
    viewport: { width: WIDTH, height: HEIGHT },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      `--lang=${browserLanguage}`,
      // the popup names the site; a news-like name reads better in a store listing than 127.0.0.1
      `--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1`,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `${worker.url().split('/').slice(0, 3).join('/')}/`;
    const outDir = resolve(root, 'store/screenshots', locale);
    mkdirSync(outDir, { recursive: true });
    await setLanguage(context, base, language);
    const articleUrl = `${server.url.replace('127.0.0.1', DEMO_HOST)}${article}`;
    for (const [n, scheme] of SCHEMES.entries()) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(articleUrl, { waitUntil: 'load' });
      await openCardOn(page, figure);
      await page.screenshot({ path: join(outDir, `${1 + n}-card-${scheme}.png`) });

      // the popup over the article without the card, as a reader sees it after clicking the button
      await page.mouse.move(WIDTH - 4, HEIGHT - 4);
      await page.keyboard.press('Escape');
      await page.waitForFunction(
        () => !document.querySelector('claimlens-root')?.shadowRoot?.querySelector('[data-testid="card"]'),
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(200);
      const articleShot = await page.screenshot();
      const tabId = await tabIdOf(context, base, articleUrl);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: HEIGHT - 24 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`${base}popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid="claim"]');
      // the popup as tall as the browser would let it be (the list scrolls inside it)
      const popupShot = await popup.screenshot();
      await popup.close();
      await page.close();
      await composePopup(
        context,
        articleShot,
        popupShot,
        scheme === 'dark',
        join(outDir, `${3 + n}-popup-${scheme}.png`),
      );
    }
    const halves: Buffer[] = [];
    for (const scheme of SCHEMES) {
      const options = await context.newPage();
      await options.setViewportSize({ width: WIDTH / 2, height: HEIGHT });
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`${base}options.html`);
      await options.waitForSelector('[data-testid="dataset-file"]');
      halves.push(await options.screenshot());
      await options.close();
    }
    await composeSideBySide(context, halves, join(outDir, '5-options.png'));
    console.log(`store/screenshots/${locale}/: 5 screenshots`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
await server.close();
