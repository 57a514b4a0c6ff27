/**
 * The content script's side of the extension's messaging: what it tells the background, and the
 * messages it accepts, only from our own extension (popup, background). The engine validates them.
 */
import { browser, type Runtime } from './browser';
import type { ToBackground } from '../contracts/messages';

export function sendToBackground(message: ToBackground): void {
  browser.runtime.sendMessage(message).catch(() => {
    // the background may be asleep or reloading; the next summary will reach it
  });
}

/** Logs an error of ours (never into the page's console as an error) and tells the background. */
export function reportError(where: string, error: unknown): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.debug('[ClaimLens]', where, error);
  sendToBackground({ type: 'report-error', where, message });
}

/**
 * Calls `handle` with each message from our own extension; its promise is the answer. A message
 * from anywhere else is dropped. `handle` validates what it gets (the schemas live in the engine).
 */
export function onMessageFromExtension(handle: (raw: unknown) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return handle(raw);
  });
}

/**
 * Imports a module of the extension's package (a web-accessible resource: in Chrome reachable only
 * at its per-session dynamic URL, so pages cannot probe for it).
 */
export function importFromPackage<T>(path: string): Promise<T> {
  return import(/* @vite-ignore */ browser.runtime.getURL(path)) as Promise<T>;
}
