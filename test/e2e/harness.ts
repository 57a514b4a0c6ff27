/**
 * The browser-test harness: the built extension in a real browser, the project's fixture pages on a
 * loopback server, and helpers that read what ClaimLens drew. BROWSER=chromium|firefox picks the
 * browser; the suite is the same for both.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type BrowserName,
  type ExtensionBrowser,
  type LaunchOptions,
  launchBrowser,
} from '../../src/cli/browsers';
import { type StaticServer, serveFolders } from '../../src/cli/serve';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BROWSER = (process.env.BROWSER ?? 'chromium') as BrowserName;

/** No script of the page's own, styles from its origin only, nothing else. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

export interface Harness {
  browser: ExtensionBrowser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startHarness(launch?: LaunchOptions): Promise<Harness> {
  const extensionDir = resolve(ROOT, 'dist', BROWSER === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(resolve(extensionDir, 'manifest.json')))
    throw new Error(`no build in ${extensionDir}: run npm run build`);
  const server = await serveFolders(
    {
      '/': resolve(ROOT, 'test/fixtures/demo'),
      '/pages/': resolve(ROOT, 'test/fixtures/pages'),
      // the demo again, under the strictest policy a news site might send
      '/strict/': resolve(ROOT, 'test/fixtures/demo'),
    },
    { headers: { '/strict/': { 'content-security-policy': STRICT_CSP } } },
  );
  const browser = await launchBrowser(BROWSER, extensionDir, launch);
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export {
  type CardContent,
  type DrawnMark,
  drawnMarks,
  HOST_SELECTOR,
  inCard,
  openCard,
  reportOf,
  sendToTab,
  tabIdOf,
  waitFor,
} from '../../src/cli/inspect';
