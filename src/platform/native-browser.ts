/**
 * The content script's extension API, in place of webextension-polyfill: the content build resolves
 * `webextension-polyfill` to this module (vite.config.ts), so `./browser` stays the one door and the
 * pages keep the polyfill. The polyfill's 9.5 KB would be parsed on every page the reader opens, and
 * in MV3 both browsers already return promises; the one thing Chrome still lacks is answering a
 * message by returning a promise from a `runtime.onMessage` listener, so here such listeners are
 * bridged to `sendResponse`. Firefox's own `browser` is used as it is.
 */
import type { Browser } from 'webextension-polyfill';

type Reply = (response?: unknown) => void;
type PromiseListener = (message: unknown, sender: unknown) => unknown;
type CallbackListener = (message: unknown, sender: unknown, sendResponse: Reply) => boolean;

interface ExtensionGlobals {
  browser?: { runtime?: { id?: string } };
  chrome?: { runtime?: { id?: string; onMessage?: unknown } };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/** `chrome.runtime.onMessage` with listeners that may answer by returning a promise. */
function promiseOnMessage(onMessage: {
  addListener(listener: CallbackListener): void;
  removeListener(listener: CallbackListener): void;
}) {
  const bridges = new Map<PromiseListener, CallbackListener>();
  return {
    addListener(listener: PromiseListener) {
      if (bridges.has(listener)) return;
      const bridge: CallbackListener = (message, sender, sendResponse) => {
        const reply = listener(message, sender);
        if (!isThenable(reply)) return false;
        reply.then(sendResponse, (error: unknown) => {
          console.debug('[ClaimLens] message handler failed', error);
          sendResponse(undefined);
        });
        // keeps the channel open until sendResponse is called
        return true;
      };
      bridges.set(listener, bridge);
      onMessage.addListener(bridge);
    },
    removeListener(listener: PromiseListener) {
      const bridge = bridges.get(listener);
      if (!bridge) return;
      bridges.delete(listener);
      onMessage.removeListener(bridge);
    },
    hasListener: (listener: PromiseListener) => bridges.has(listener),
  };
}

/** `target` with some members replaced; its own functions stay bound to it (API functions may check `this`). */
function forwarding<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(object, key) {
      if (typeof key === 'string' && key in overrides) return overrides[key];
      const value = Reflect.get(object, key);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

/** The promise-based extension API of this context; undefined outside an extension. */
export function nativeBrowser(
  globals: ExtensionGlobals = globalThis as ExtensionGlobals,
): Browser | undefined {
  if (globals.browser?.runtime?.id) return globals.browser as unknown as Browser;
  const chrome = globals.chrome;
  if (!chrome?.runtime?.id) return undefined;
  const runtime = forwarding(chrome.runtime, {
    onMessage: promiseOnMessage(chrome.runtime.onMessage as Parameters<typeof promiseOnMessage>[0]),
  });
  return forwarding(chrome, { runtime }) as unknown as Browser;
}

// Like the polyfill, importing this outside an extension fails loudly rather than later.
const browser = nativeBrowser();
if (!browser) throw new Error('ClaimLens: the extension API is missing (not running in an extension)');
export default browser;
