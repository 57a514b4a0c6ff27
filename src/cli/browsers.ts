/**
 * Real browsers with the built extension loaded, behind one small interface, so the same browser-test
 * suite, `npm start` and `claimlens corpus` run on Chromium (playwright-core, CDP) and Firefox ESR
 * (puppeteer-core, WebDriver BiDi). Only the browsers installed on this machine are used: nothing is
 * downloaded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type OwnScriptsTrace, ownScriptsCost, type TraceEvent } from './script-trace';

export type { OwnScriptsTrace };

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionPage {
  /** runs a function in the page (main world) and returns its JSON-able result */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  goto(url: string): Promise<void>;
  /** emulates prefers-color-scheme: dark (or light) for this page (Chromium only) */
  colorScheme(scheme: 'dark' | 'light'): Promise<void>;
  /**
   * Runs a function on the shadow root of the first element matching `selector`, closed or open, in
   * the page's main world; null when there is no such root. A page script cannot reach a closed root:
   * Chromium reaches it through the DevTools protocol, as a debugger can. Firefox over WebDriver BiDi
   * reaches open roots only.
   */
  evaluateInShadow<T, A = undefined>(
    selector: string,
    fn: (root: ShadowRoot, arg: A) => T,
    arg?: A,
  ): Promise<T | null>;
  /** console errors and uncaught exceptions seen since the page opened */
  readonly errors: string[];
  /** the same errors with the script URL they came from, where the browser says */
  readonly errorSources: PageError[];
  close(): Promise<void>;
}

export interface PageError {
  message: string;
  /** URL of the script that raised or logged it (the page's, or an extension's), when known */
  source?: string;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** e.g. chrome-extension://ID/ or moz-extension://UUID/ */
  readonly extensionBase: string;
  newPage(url: string): Promise<ExtensionPage>;
  /**
   * Chromium only: opens a page while tracing it; `stop()` ends the trace and reads it. For
   * `claimlens corpus`, whose script time must include what the scripts cannot time themselves.
   */
  newTracedPage?(
    url: string,
    /** more trace categories (e.g. `toplevel` for every task of the page, with its thread time) */
    categories?: string[],
  ): Promise<{ page: ExtensionPage; stop(): Promise<OwnScriptsTrace & { events: TraceEvent[] }> }>;
  /** opens an extension page (popup.html?tabId=N, options.html) */
  openExtensionPage(path: string): Promise<ExtensionPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** window/viewport size */
  width?: number;
  height?: number;
  /**
   * Firefox only: grant an extension's optional permissions when it asks, without a prompt (no
   * automation can click one). Chromium has no such switch: a test grants a site there the way a
   * reader does on the extension's details page (chrome://extensions' own API), after which the
   * extension's request resolves at once.
   */
  grantOptionalPermissions?: boolean;
}

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
}

export const INSTALL_HINT: Record<BrowserName, string> = {
  chromium:
    'no Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH',
  firefox: 'no Firefox found: install one (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH',
};

/** The gecko id of manifest.json and the fixed internal UUID we give it, so moz-extension:// URLs are known. */
export const GECKO_ID = 'claimlens@claimlens.dev';
export const FIREFOX_UUID = '4c1a1e25-7f0e-4d5b-9a3c-c1a1e25c1a1e';

/** How long a page may take to fire `load` before we go on with its DOM as it is. */
const LOAD_TIMEOUT_MS = 20_000;
/** how long a document reopened by document.open() gets to close before the page counts as settled */
const REOPENED_WAIT_MS = 2_000;

/**
 * Navigates and waits for `load`, but a page whose load never ends (a script that keeps fetching, a
 * hung request) is taken as it is once its DOM is ready: saved pages must not stall a whole run.
 */
async function openAndSettle(
  page: { goto(url: string, o: object): Promise<unknown>; evaluate<T>(fn: () => T): Promise<T> },
  url: string,
): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  let reopenedAt: number | undefined;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        // loading again after DOMContentLoaded: the page called document.open() (a document.write
        // after parsing does), and its new document may never be closed, so never load
        return document.readyState === 'loading' && (nav?.domContentLoadedEventEnd ?? 0) > 0
          ? 'reopened'
          : document.readyState;
      })
      .catch(() => 'loading');
    if (state === 'complete') return;
    if (state === 'reopened') {
      reopenedAt ??= Date.now();
      if (Date.now() - reopenedAt > REOPENED_WAIT_MS) return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What playwright's and puppeteer's pages have in common, as far as ExtensionPage needs it. */
interface DriverPage {
  on(event: 'pageerror', listener: (error: unknown) => void): unknown;
  on(
    event: 'console',
    listener: (message: { type(): string; text(): string; location?(): { url?: string } }) => void,
  ): unknown;
  evaluate(fn: unknown, arg: unknown): Promise<unknown>;
  goto(url: string, options: object): Promise<unknown>;
  mouse: { move(x: number, y: number): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
  close(): Promise<void>;
}

/** Open shadow roots only: what a page script (or WebDriver BiDi's evaluation) can reach. */
function openShadowEvaluate(page: DriverPage): ExtensionPage['evaluateInShadow'] {
  return (selector, fn, arg) => {
    // one function for the driver to send, made here in Node (no eval in the page, whatever its CSP)
    const inPage = new Function(
      'input',
      `const root = document.querySelector(input.selector)?.shadowRoot; return root ? (${fn.toString()})(root, input.value) : null;`,
    );
    return page.evaluate(inPage, { selector, value: arg }) as never;
  };
}

/** One ExtensionPage over either driver; only key presses, media emulation and shadow access differ. */
function wrapDriverPage(
  page: DriverPage,
  own: Pick<ExtensionPage, 'press' | 'colorScheme'> & Partial<Pick<ExtensionPage, 'evaluateInShadow'>>,
): ExtensionPage {
  const errors: string[] = [];
  const errorSources: PageError[] = [];
  const record = (message: string, source: string | undefined) => {
    errors.push(message);
    errorSources.push(source ? { message, source } : { message });
  };
  page.on('pageerror', (error) => {
    const stack = error instanceof Error ? (error.stack ?? '') : '';
    record(describe(error), /(?:https?|chrome-extension|moz-extension):\/\/[^\s)]+/.exec(stack)?.[0]);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record(message.text(), message.location?.().url || undefined);
  });
  return {
    errors,
    errorSources,
    evaluate: (fn, arg) => page.evaluate(fn, arg) as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: own.press,
    evaluateInShadow: own.evaluateInShadow ?? openShadowEvaluate(page),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    goto: (url) => openAndSettle(page as never, url),
    colorScheme: own.colorScheme,
    close: () => page.close(),
  };
}

function describe(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
}

/** Chromium with the extension in `extensionDir`; `null` for a plain browser (the baseline of `claimlens corpus`). */
export async function launchChromium(
  extensionDir: string | null,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT.chromium);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-chromium-'));
  const width = options.width ?? 1280;
  const height = options.height ?? 900;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width, height },
    // Playwright turns extensions off by default; these load ours and keep Chromium off the network.
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    args: [
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Only loopback exists for tests: every other host fails at once instead of hanging until a
      // time-out (saved pages ask for dozens of ad and font hosts).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  let extensionBase = '';
  if (extensionDir) {
    let worker = context.serviceWorkers()[0];
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    extensionBase = `${worker.url().split('/').slice(0, 3).join('/')}/`;
  }

  const wrap = (page: import('playwright-core').Page): ExtensionPage =>
    wrapDriverPage(page as unknown as DriverPage, {
      press: (key) => page.keyboard.press(key),
      colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
      evaluateInShadow: async (selector, fn, arg) => {
        // the DevTools protocol sees closed shadow roots; the function then runs on the root object
        const cdp = await context.newCDPSession(page);
        try {
          const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
          if (!nodeId) return null;
          const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
          const shadow = node.shadowRoots?.[0];
          if (!shadow) return null;
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
          const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId!,
            functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
            arguments: [{ value: arg }],
            returnByValue: true,
            awaitPromise: true,
          });
          if (exceptionDetails)
            throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
          return result.value as never;
        } finally {
          await cdp.detach();
        }
      },
    });

  return {
    name: 'chromium',
    extensionBase,
    async newPage(url) {
      const page = await context.newPage();
      const wrapped = wrap(page);
      await openAndSettle(page, url);
      return wrapped;
    },
    async newTracedPage(url, categories = []) {
      const page = await context.newPage();
      const wrapped = wrap(page);
      const cdp = await context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      // V8's categories and the timeline's script evaluations: enough to see compiles and runs
      await cdp.send('Tracing.start', {
        traceConfig: {
          includedCategories: ['v8', 'devtools.timeline', 'disabled-by-default-v8.compile', ...categories],
        },
      });
      await openAndSettle(page, url);
      return {
        page: wrapped,
        async stop() {
          const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
          await cdp.send('Tracing.end');
          await complete;
          await cdp.detach();
          return { ...ownScriptsCost(events, extensionBase), events };
        },
      };
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      const wrapped = wrap(page);
      await page.goto(extensionBase + path, { waitUntil: 'load' });
      return wrapped;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(
  extensionDir: string,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(INSTALL_HINT.firefox);
  const puppeteer = (await import('puppeteer-core')).default;
  // Firefox writes to HOME and TMPDIR; a private pair keeps runs apart and the real home clean.
  const home = mkdtempSync(join(tmpdir(), 'claimlens-firefox-'));
  const width = options.width ?? 1280;
  const height = options.height ?? 900;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: { width, height },
    args: ['--remote-allow-system-access', `--width=${width}`, `--height=${height}`],
    env: { ...process.env, HOME: home, TMPDIR: home },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // keep Firefox off the network
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Only loopback exists for tests: send everything else to a closed local port so it fails at
      // once instead of hanging (Firefox never proxies 127.0.0.1 itself).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      ...(options.grantOptionalPermissions ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
    },
  });
  // Firefox wants an absolute path
  await browser.installExtension(resolve(extensionDir));
  const extensionBase = `moz-extension://${FIREFOX_UUID}/`;

  const wrap = (page: import('puppeteer-core').Page): ExtensionPage =>
    wrapDriverPage(page as unknown as DriverPage, {
      evaluateInShadow: (selector, fn, arg) => closedShadowOverBidi(page, selector, fn, arg),
      press: (key) => page.keyboard.press(key as never),
      colorScheme: async () => {
        // puppeteer emulates media features over CDP only, and Firefox speaks BiDi
        throw new Error('colour-scheme emulation is not available in Firefox over WebDriver BiDi');
      },
    });

  return {
    name: 'firefox',
    extensionBase,
    async newPage(url) {
      const page = await browser.newPage();
      const wrapped = wrap(page);
      await openAndSettle(page, url);
      return wrapped;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const wrapped = wrap(page);
      // goto() to a moz-extension:// page never resolves over BiDi: start it, then poll for the document.
      void page.goto(extensionBase + path).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page
          .evaluate(() => location.href.startsWith('moz-extension:') && document.readyState === 'complete')
          .catch(() => false);
        if (ready) break;
        if (Date.now() > deadline) throw new Error(`extension page ${path} did not load in Firefox`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return wrapped;
    },
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A BiDi realm as puppeteer keeps it (not in its public API: its frames' `browsingContext`). */
interface BidiRealm {
  callFunction(
    functionDeclaration: string,
    awaitPromise: boolean,
    options?: object,
  ): Promise<{
    type: string;
    result?: { type: string; value?: unknown };
    exceptionDetails?: { text?: string };
  }>;
}

/**
 * A closed shadow root over WebDriver BiDi: serialized with `includeShadowTree: 'all'`, the host
 * names its shadow root by a shared id, which a second call takes as its argument.
 */
async function closedShadowOverBidi<T, A>(
  page: import('puppeteer-core').Page,
  selector: string,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
): Promise<T | null> {
  const realm = (page.mainFrame() as unknown as { browsingContext: { defaultRealm: BidiRealm } })
    .browsingContext.defaultRealm;
  const host = await realm.callFunction('(selector) => document.querySelector(selector)', false, {
    arguments: [{ type: 'string', value: selector }],
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
    resultOwnership: 'none',
  });
  const shadow = (host.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot;
  if (!shadow?.sharedId) return null;
  const result = await realm.callFunction(
    `(root, json) => JSON.stringify((${fn.toString()})(root, json === undefined ? undefined : JSON.parse(json)) ?? null)`,
    true,
    {
      arguments: [
        { sharedId: shadow.sharedId },
        arg === undefined ? { type: 'undefined' } : { type: 'string', value: JSON.stringify(arg) },
      ],
      resultOwnership: 'none',
    },
  );
  if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'evaluation failed');
  const value = result.result?.value;
  return typeof value === 'string' ? (JSON.parse(value) as T) : null;
}

export function launchBrowser(
  name: BrowserName,
  extensionDir: string,
  options?: LaunchOptions,
): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(extensionDir, options) : launchFirefox(extensionDir, options);
}
