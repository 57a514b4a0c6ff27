/**
 * The background (service worker in Chrome, event page in Firefox). Listeners are registered
 * synchronously at start, as both browsers require for waking the background on events.
 */
import bundledDatasets from 'virtual:claims-ids';
import { browser, type Runtime } from './browser';
import { RECORD_MENU_ID, recordFromMenu } from './record-menu';
import { onTabLoading, type RouterDeps, routeCommand, routeMessage } from './router';
import { migrateStoredSettings } from './settings';
import { browserSubscriptions } from './subscription-service';

/** The messages whose answer the sender waits for (the others are answered by nothing). */
const ANSWERED = new Set(['check-subscriptions', 'fetch-subscription']);

export function startBackground(): void {
  const deps: RouterDeps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    badge: browser.action,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    },
    subscriptions: browserSubscriptions(bundledDatasets),
  };
  // no alarms permission: subscriptions due (last checked a day ago or more) are checked when the
  // background starts, and when the options page or the popup opens (they ask)
  const checkDue = () => {
    deps.subscriptions
      ?.check(false)
      .catch((error) => console.warn('[ClaimLens] subscription check failed', error));
  };
  browser.runtime.onStartup.addListener(checkDue);

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const type = (message as { type?: unknown } | null)?.type;
    // a promise answers the sender: only for the messages that want an answer
    if (typeof type === 'string' && ANSWERED.has(type)) return routeMessage(message, sender, deps);
    // returning undefined leaves others' replies alone
    void routeMessage(message, sender, deps);
    return undefined;
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    void routeCommand(command, deps, tab?.id);
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void onTabLoading(tabId, deps);
  });

  browser.contextMenus.onClicked.addListener((click, tab) => {
    void recordFromMenu(click, tab, {
      sendToTab: deps.sendToTab,
      openPage: (path, index) =>
        browser.tabs.create({ url: browser.runtime.getURL(path), ...(index === undefined ? {} : { index }) }),
    }).catch((error: unknown) => console.warn('[ClaimLens] could not open the claim form', error));
  });

  browser.runtime.onInstalled.addListener(() => {
    // menu items outlive the background (both browsers keep them): made once per install or update
    browser.contextMenus.removeAll().then(
      () =>
        browser.contextMenus.create({
          id: RECORD_MENU_ID,
          title: browser.i18n.getMessage('menuRecordClaim'),
          // a selection, or a figure right-clicked as it is (the page reads the figure at the click)
          contexts: ['selection', 'page'],
        }),
      (error: unknown) => console.warn('[ClaimLens] could not add the context menu', error),
    );
    migrateStoredSettings().catch((error) => console.warn('[ClaimLens] settings migration failed', error));
    checkDue();
  });
}
