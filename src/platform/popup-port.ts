/** The popup's door to the browser: which tab, its report, show-mark, the site switch, clipboard, files. */
import bundledDatasets from 'virtual:claims-ids';
import { parseMessage, type ToContent, toBackgroundSchema } from '../contracts/messages';
import type { PopupPort, ReportResult } from '../contracts/popup-port';
import { pageReportSchema } from '../contracts/report';
import { browser } from './browser';
import { datasetsInUseRows } from './datasets-in-use';
import { loadImportedDatasets } from './datasets-store';
import { downloadText } from './download';
import { setSiteEnabled } from './settings';

/** `popup.html?tabId=N` shows tab N (a public contract, used by tests and "open in a tab"). */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

export async function resolveTabId(search: string): Promise<number | undefined> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== undefined) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createPopupPort(tabId: number | undefined): PopupPort {
  const send = (message: ToContent) => {
    if (tabId === undefined) return Promise.reject(new Error('no tab'));
    return browser.tabs.sendMessage(tabId, message);
  };
  return {
    async getReport(): Promise<ReportResult> {
      if (tabId === undefined) return { kind: 'unavailable', detail: 'no active tab' };
      let answer: unknown;
      try {
        answer = await send({ type: 'get-report' });
      } catch (error) {
        // no content script in this tab: a browser page, the store, the PDF viewer, or still loading
        return { kind: 'unavailable', detail: describe(error) };
      }
      const report = parseMessage(pageReportSchema, answer, 'popup');
      return report ? { kind: 'report', report } : { kind: 'unavailable', detail: 'malformed report' };
    },
    async showMark(markId) {
      try {
        const answer = await send({ type: 'show-mark', markId });
        // content scripts may answer `false` (mark gone) or nothing (done)
        return answer !== false;
      } catch {
        return false;
      }
    },
    async setSiteEnabled(pageUrl, enabled) {
      await setSiteEnabled(pageUrl, enabled);
      // the page reads the setting too; this makes the change immediate
      await send({ type: 'set-enabled', enabled }).catch(() => undefined);
    },
    async copyText(text) {
      await navigator.clipboard.writeText(text);
    },
    download: downloadText,
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    async datasetsInUse() {
      const { datasets } = await loadImportedDatasets(browser.storage.local);
      return datasetsInUseRows(bundledDatasets, datasets);
    },
    async brokenDatasets() {
      const { broken } = await loadImportedDatasets(browser.storage.local);
      return broken.map((entry) => entry.name ?? entry.id ?? `#${entry.index + 1}`);
    },
    onPageChanged(callback) {
      // content scripts announce new results with page-summary (to the background; pages hear it too)
      const listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
        if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId) return;
        const parsed = parseMessage(toBackgroundSchema(), message, 'popup');
        if (parsed?.type === 'page-summary') callback();
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}
