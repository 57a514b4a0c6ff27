/**
 * The context menu item "Record this figure as a claim…" (contextMenus permission, no host
 * permission): on a selection, the background asks the tab's content engine for the figure at it
 * and opens the options page's claim form with what it read. Free of the browser global, so it
 * tests with plain objects; background-main.ts wires it.
 */
import type { PagePick } from '../core/claims/pick';
import { recordFormPath } from '../core/claims/pick';

export const RECORD_MENU_ID = 'claimlens-record-claim';
/** How long the tab may take to read its selection before the form opens with the selection alone. */
export const PICK_TIMEOUT_MS = 5000;

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

export interface RecordMenuDeps {
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  /** opens an extension page (a path such as options.html#…) in a new tab next to `index` */
  openPage(path: string, index?: number): Promise<unknown>;
  timeoutMs?: number;
}

/** What the form gets when the tab cannot answer (a page without our content script, a PDF): the selection. */
export function pickFromClick(click: MenuClick): PagePick {
  const selection = (click.selectionText ?? '').trim();
  const url = click.pageUrl ?? '';
  let publisher = '';
  try {
    publisher = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // no page address: the editor types the publisher
  }
  return { url, title: '', publisher, language: 'en', selection, quote: selection, topics: [] };
}

/** An answer that has the fields the form reads; the form validates it in full (recording.ts). */
const looksLikePick = (value: unknown): value is PagePick =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PagePick).url === 'string' &&
  typeof (value as PagePick).quote === 'string';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/** The menu's click: reads the pick from the tab (or the click alone) and opens the claim form. */
export async function recordFromMenu(
  click: MenuClick,
  tab: { id?: number; index?: number } | undefined,
  deps: RecordMenuDeps,
): Promise<PagePick | undefined> {
  if (click.menuItemId !== RECORD_MENU_ID) return undefined;
  const answer =
    tab?.id === undefined
      ? undefined
      : await withTimeout(
          deps.sendToTab(tab.id, { type: 'figure-at-selection' }),
          deps.timeoutMs ?? PICK_TIMEOUT_MS,
        );
  const pick = looksLikePick(answer) ? answer : pickFromClick(click);
  await deps.openPage(recordFormPath(pick), tab?.index === undefined ? undefined : tab.index + 1);
  return pick;
}
