/**
 * The content script's side of the extension's messaging: what it tells the background, and the
 * validated messages it accepts, only from our own extension (popup, background).
 */
import { browser, type Runtime } from './browser';
import type { ToBackground, ToContent } from './messages';

export function sendToBackground(message: ToBackground): void {
  browser.runtime.sendMessage(message).catch(() => {
    // the background may be asleep or reloading; the next summary will reach it
  });
}

/**
 * Calls `handle` with each valid message from our own extension; its promise is the answer. A
 * malformed message, or one from anywhere else, is dropped (and logged by parseMessage).
 */
export function onMessageFromExtension(handle: (message: ToContent) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // the schemas (and zod) are evaluated when the first message comes, which on most pages is never
    return import('./messages').then(({ parseMessage, toContentSchema }) => {
      const message = parseMessage(toContentSchema(), raw, 'content script');
      return message ? handle(message) : undefined;
    });
  });
}
