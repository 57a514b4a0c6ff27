/**
 * The content script's extension API without the polyfill: Firefox's `browser` as it is; Chrome's
 * `chrome` with onMessage listeners that may answer with a promise.
 */
import { describe, expect, test, vi } from 'vitest';

// the module throws at import outside an extension, like the polyfill: give it a fake one first
vi.stubGlobal('chrome', { runtime: { id: 'test' } });
const { nativeBrowser } = await import('../../../src/platform/native-browser');
vi.unstubAllGlobals();

type CallbackListener = (message: unknown, sender: unknown, reply: (r?: unknown) => void) => boolean;

function fakeChrome() {
  const listeners: CallbackListener[] = [];
  const runtime = {
    id: 'abc',
    onMessage: {
      addListener: (l: CallbackListener) => listeners.push(l),
      removeListener: (l: CallbackListener) => listeners.splice(listeners.indexOf(l), 1),
    },
    // an API function that, like Chrome's bindings, needs its own object as `this`
    getURL(this: unknown, path: string) {
      if (this !== runtime) throw new TypeError('Illegal invocation');
      return `chrome-extension://abc/${path}`;
    },
  };
  const chrome = { runtime, storage: { local: { name: 'local' } } };
  /** delivers a message the way Chrome does; resolves with what the listeners answered */
  const deliver = (message: unknown) =>
    new Promise<{ answers: unknown[]; keptOpen: boolean[] }>((resolve) => {
      const answers: unknown[] = [];
      const keptOpen = listeners.map((l) => l(message, { id: 'abc' }, (r) => answers.push(r)));
      setTimeout(() => resolve({ answers, keptOpen }), 0);
    });
  return { chrome, listeners, deliver };
}

describe('nativeBrowser', () => {
  test('outside an extension there is none', () => {
    expect(nativeBrowser({})).toBeUndefined();
    expect(nativeBrowser({ chrome: { runtime: {} } })).toBeUndefined();
  });

  test("Firefox's own browser object is used as it is", () => {
    const browser = { runtime: { id: 'ff' } };
    expect(nativeBrowser({ browser, chrome: { runtime: { id: 'ff' } } })).toBe(browser);
  });

  test('a Chrome listener that returns a promise answers with its value and keeps the channel open', async () => {
    const { chrome, deliver } = fakeChrome();
    const api = nativeBrowser({ chrome })!;
    api.runtime.onMessage.addListener((async (message: unknown) => ({ echo: message })) as never);
    expect(await deliver('hi')).toEqual({ answers: [{ echo: 'hi' }], keptOpen: [true] });
  });

  test('a listener that returns nothing leaves the message to others; a failing one answers undefined', async () => {
    const { chrome, deliver } = fakeChrome();
    const api = nativeBrowser({ chrome })!;
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    api.runtime.onMessage.addListener((() => undefined) as never);
    api.runtime.onMessage.addListener((() => Promise.reject(new Error('no'))) as never);
    expect(await deliver('x')).toEqual({ answers: [undefined], keptOpen: [false, true] });
  });

  test('removeListener removes the bridged listener; adding twice adds once', () => {
    const { chrome, listeners } = fakeChrome();
    const api = nativeBrowser({ chrome })!;
    const listener = (() => undefined) as never;
    api.runtime.onMessage.addListener(listener);
    api.runtime.onMessage.addListener(listener);
    expect(listeners).toHaveLength(1);
    expect(api.runtime.onMessage.hasListener(listener)).toBe(true);
    api.runtime.onMessage.removeListener(listener);
    expect(listeners).toHaveLength(0);
  });

  test('everything else is Chrome’s own, called on its own object', () => {
    const { chrome } = fakeChrome();
    const api = nativeBrowser({ chrome })!;
    expect(api.runtime.id).toBe('abc');
    expect(api.runtime.getURL('x.html')).toBe('chrome-extension://abc/x.html');
    expect(api.storage.local).toBe(chrome.storage.local);
  });
});
