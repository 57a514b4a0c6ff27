/**
 * The background's message handling, free of the browser global so it tests with plain objects:
 * sender check, zod validation, then the action.
 */
import { type BadgeApi, clearBadge, showBadge } from './badge';
import { parseMessage, toBackgroundSchema, toContentSchema } from '../contracts/messages';
import type { CheckSummary } from '../contracts/datasets';
import type { FetchOutcome } from './subscriptions';

/** The subscriptions' work, done in the background (tests pass fakes). */
export interface SubscriptionDeps {
  check(force: boolean): Promise<CheckSummary>;
  /** a first fetch of an address to subscribe to: its text, or why not */
  fetchNew(url: string): Promise<FetchOutcome>;
}

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface RouterDeps {
  extensionId: string;
  /** runtime.getURL('') — extension pages start with it */
  extensionOrigin: string;
  badge: BadgeApi;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  activeTabId(): Promise<number | undefined>;
  log?: (message: string, detail?: unknown) => void;
  subscriptions?: SubscriptionDeps;
}

export type SenderKind = 'content' | 'page' | 'foreign';

/** Only our own extension: a content script (in a tab) or one of our pages (popup, options). */
export function classifySender(
  sender: SenderLike,
  deps: Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>,
) {
  if (!sender || sender.id !== deps.extensionId) return 'foreign' as SenderKind;
  if (sender.url?.startsWith(deps.extensionOrigin)) return 'page' as SenderKind;
  if (typeof sender.tab?.id === 'number') return 'content' as SenderKind;
  return 'foreign' as SenderKind;
}

/** Handles one runtime message; returns what to answer (undefined: nothing). Never throws. */
export async function routeMessage(raw: unknown, sender: SenderLike, deps: RouterDeps): Promise<unknown> {
  const log = deps.log ?? ((message, detail) => console.warn(`[ClaimLens] ${message}`, detail ?? ''));
  const kind = classifySender(sender, deps);
  if (kind === 'foreign') {
    log('background ignored a message from an unknown sender', { id: sender?.id, url: sender?.url });
    return undefined;
  }
  const message = parseMessage(toBackgroundSchema(), raw, 'background');
  if (!message) return undefined;
  try {
    switch (message.type) {
      case 'page-summary': {
        const tabId = sender.tab?.id;
        // only a tab's top frame speaks for the tab's badge
        if (kind !== 'content' || tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
        await showBadge(deps.badge, tabId, message.count, message.worst);
        return undefined;
      }
      case 'report-error':
        log(`error in ${message.where}: ${message.message}`, { tab: sender.tab?.id, url: sender.url });
        return undefined;
      // only our own pages may make the background fetch: a page's content script never does
      case 'check-subscriptions':
        if (kind !== 'page' || !deps.subscriptions) return undefined;
        return await deps.subscriptions.check(message.force);
      case 'fetch-subscription':
        if (kind !== 'page' || !deps.subscriptions) return undefined;
        return await deps.subscriptions.fetchNew(message.url);
    }
  } catch (error) {
    log('background failed to handle a message', error);
  }
  return undefined;
}

/** Keyboard commands (manifest `commands`) become move-mark messages to the active tab. */
export async function routeCommand(command: string, deps: RouterDeps, tabId?: number): Promise<void> {
  const step = command === 'next-mark' ? 1 : command === 'prev-mark' ? -1 : undefined;
  if (step === undefined) return;
  const target = tabId ?? (await deps.activeTabId());
  if (target === undefined) return;
  const message = parseMessage(toContentSchema(), { type: 'move-mark', step }, 'background');
  if (!message) return;
  // a tab without our content script (browser page) cannot answer: nothing to do
  await deps.sendToTab(target, message).catch(() => undefined);
}

/** A tab started loading a new document: its old count no longer applies. */
export async function onTabLoading(tabId: number, deps: Pick<RouterDeps, 'badge'>): Promise<void> {
  await clearBadge(deps.badge, tabId).catch(() => undefined);
}
