/**
 * The background (service worker in Chrome, event page in Firefox). Listeners are registered
 * synchronously at start, as both browsers require for waking the background on events.
 */
import { browser, type Runtime } from './browser';
import { onTabLoading, type RouterDeps, routeCommand, routeMessage } from './router';
import { migrateStoredSettings } from './settings';

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
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): undefined => {
    // answer only what the router handles; returning undefined leaves others' replies alone
    void routeMessage(message, sender, deps);
    return undefined;
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    void routeCommand(command, deps, tab?.id);
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void onTabLoading(tabId, deps);
  });

  browser.runtime.onInstalled.addListener(() => {
    migrateStoredSettings().catch((error) => console.warn('[ClaimLens] settings migration failed', error));
  });
}
