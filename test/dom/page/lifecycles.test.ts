/**
 * Every lifecycle of the page engine ends with its AbortSignal (PageApp's own on stop(), the
 * ContentScript's from the content script): once it has, no listener, observer or timer of ours is
 * left, and nothing more is read, drawn or sent however the page, the reader or the storage go on.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { FindFiguresOptions } from '../../../src/core/figures/types';
import { PageApp } from '../../../src/page/app';
import { ContentScript, type ContentScriptPorts } from '../../../src/page/content-script';
import type { Imported } from '../../../src/platform/imported-datasets';
import type { Settings } from '../../../src/contracts/settings';
import { bundledIndex } from '../../unit/claims/helpers';
import { fakeAppOptions, fakeEngine, trusted } from './fake-engine';

const ARTICLE = `<article>
<p>Alibaba will invest 380 billion yuan in AI.</p>
<p>Alibaba said 200 billion yuan was wrong.</p>
</article>`;

/** What the page engine sets up on the page, recorded as it is set up. */
function recordSetUp() {
  const observed = new Set<MutationObserver>();
  const disconnected = new Set<MutationObserver>();
  const intervals = new Set<unknown>();
  const proto = window.MutationObserver.prototype;
  const observe = proto.observe;
  const disconnect = proto.disconnect;
  vi.spyOn(proto, 'observe').mockImplementation(function (this: MutationObserver, ...args) {
    observed.add(this);
    return observe.apply(this, args);
  });
  vi.spyOn(proto, 'disconnect').mockImplementation(function (this: MutationObserver) {
    disconnected.add(this);
    return disconnect.apply(this);
  });
  // a listener is gone when its signal is aborted, or when it is removed (floating-ui removes its own)
  const listeners: { target: EventTarget; type: string; listener: unknown; signal?: AbortSignal }[] = [];
  for (const target of [document, document.defaultView!] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    vi.spyOn(target, 'addEventListener').mockImplementation(function (
      this: EventTarget,
      type,
      listener,
      options,
    ) {
      const signal = typeof options === 'object' ? options.signal : undefined;
      listeners.push({ target, type, listener, ...(signal ? { signal } : {}) });
      return add.call(this, type, listener, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation(function (
      this: EventTarget,
      type,
      listener,
      options,
    ) {
      const at = listeners.findIndex(
        (l) => l.target === target && l.type === type && l.listener === listener,
      );
      if (at >= 0) listeners.splice(at, 1);
      return remove.call(this, type, listener, options);
    });
  }
  // the engine's window is the document's (the CLI's happy-dom window is not this global)
  const win = document.defaultView as unknown as {
    setInterval(handler: () => void, ms?: number): number;
    clearInterval(id?: number): void;
  };
  const setInterval = win.setInterval.bind(win);
  const clearInterval = win.clearInterval.bind(win);
  vi.spyOn(win, 'setInterval').mockImplementation((handler, ms) => {
    const id = setInterval(handler, ms);
    intervals.add(id);
    return id;
  });
  vi.spyOn(win, 'clearInterval').mockImplementation((id) => {
    intervals.delete(id);
    clearInterval(id);
  });
  return {
    /** observers still observing */
    liveObservers: () => [...observed].filter((o) => !disconnected.has(o)).length,
    /** listeners on the document or window that no aborted signal removes */
    liveListeners: () => listeners.filter((l) => !l.signal?.aborted).map((l) => l.type),
    liveIntervals: () => intervals.size,
    listenerCount: () => listeners.length,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

/** Everything the page, the reader and a single-page app's router can do to an engine. */
async function goOnChangingThePage() {
  document
    .querySelector('article')!
    .insertAdjacentHTML('beforeend', '<p>Alibaba added 100 billion yuan.</p>');
  document.querySelector('p')!.textContent = 'Alibaba now says 300 billion yuan.';
  document.dispatchEvent(trusted(new PointerEvent('pointermove', { clientX: 5, clientY: 5 })));
  document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  history.pushState({}, '', '#another-story');
  window.dispatchEvent(new PopStateEvent('popstate'));
  await settle();
}

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  history.replaceState({}, '', '#');
});

describe('PageApp: stop() ends its lifetime', () => {
  test('no observer, listener or timer of ours is left, and the page is read no more', async () => {
    const setUp = recordSetUp();
    const findFigures = vi.fn(fakeEngine.findFigures);
    const summaries: [number, string | null][] = [];
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const app = new PageApp(
      fakeAppOptions({
        engine: { ...fakeEngine, findFigures },
        mutationDelayMs: 5,
        onSummary: (count, worst) => summaries.push([count, worst]),
      }),
    );
    app.start();
    await app.scanned;
    // a card open: the overlay's own observer of its host is running too
    expect(app.showMark(app.report().marks[0]!.markId)).toBe(true);
    // not vacuous: it did set up what it is to take down
    expect(setUp.liveObservers()).toBeGreaterThanOrEqual(2);
    expect(setUp.listenerCount()).toBeGreaterThanOrEqual(3);
    expect(setUp.liveIntervals()).toBe(1);
    app.stop();
    expect(setUp.liveObservers()).toBe(0);
    expect(setUp.liveListeners()).toEqual([]);
    expect(setUp.liveIntervals()).toBe(0);
    const reads = findFigures.mock.calls.length;
    const sent = summaries.length;
    await goOnChangingThePage();
    expect(findFigures.mock.calls.length).toBe(reads);
    expect(summaries.length).toBe(sent);
    expect(frames).not.toHaveBeenCalled();
    expect(document.querySelector('claimlens-mark, claimlens-root')).toBeNull();
  });

  test('a stop in the middle of a reading ends the reading', async () => {
    // a page long enough to be read in many slices, stopped as the tenth block is read
    document.body.innerHTML = `<article>${'<p>Alibaba will invest 380 billion yuan in AI.</p>'.repeat(1000)}</article>`;
    let app: PageApp | undefined;
    const findFigures = vi.fn((text: string, options?: FindFiguresOptions) => {
      if (findFigures.mock.calls.length === 10) queueMicrotask(() => app?.stop());
      return fakeEngine.findFigures(text, options);
    });
    app = new PageApp(fakeAppOptions({ engine: { ...fakeEngine, findFigures } }));
    app.start();
    await app.scanned;
    const reads = findFigures.mock.calls.length;
    await settle();
    expect(reads).toBeGreaterThanOrEqual(10);
    expect(reads).toBeLessThan(1000);
    expect(findFigures.mock.calls.length).toBe(reads);
    expect(document.querySelector('claimlens-mark')).toBeNull();
  }, 30_000);
});

/** Ports over a fake storage: listeners are counted, changes are sent by hand. */
function fakePorts(overrides: Partial<ContentScriptPorts> = {}) {
  const settingsListeners = new Set<(settings: Settings) => void>();
  const datasetListeners = new Set<() => void>();
  const summaries: number[] = [];
  const errors: string[] = [];
  let storageReads = 0;
  const ports: ContentScriptPorts = {
    bundled: bundledIndex(),
    onSettingsChanged: (callback) => {
      settingsListeners.add(callback);
      return () => settingsListeners.delete(callback);
    },
    onImportedDatasetsChanged: (callback) => {
      datasetListeners.add(callback);
      return () => datasetListeners.delete(callback);
    },
    importedDatasets: async () => {
      storageReads += 1;
      return NO_IMPORTS;
    },
    isSiteEnabledForUrl: () => true,
    uiLanguage: () => 'en',
    sendSummary: (count) => summaries.push(count),
    parseMessage: async (raw) => raw as never,
    reportError: (where, error) => errors.push(`${where}: ${String(error)}`),
    ...overrides,
  };
  return {
    ports,
    summaries,
    errors,
    storageReads: () => storageReads,
    listeners: () => settingsListeners.size + datasetListeners.size,
    /** the storage listeners as they are now (a test may call them late, as a browser can) */
    currentListeners: () => ({ settings: [...settingsListeners], datasets: [...datasetListeners] }),
  };
}

const NO_IMPORTS: Imported = { datasets: [], scripts: { forms: {}, traditional: {}, simplified: {} } };
const SETTINGS: Settings = {
  enabledByDefault: true,
  sites: {},
  highlightStyle: 'underline',
  language: 'en',
  showConsistent: true,
};
const handoff = { settings: SETTINGS, imported: NO_IMPORTS, pageNamesSubject: false, launcherMs: 0 };

// the real engine: its reading part is imported when the first block names a subject
describe('ContentScript: its signal ends it', { timeout: 60_000 }, () => {
  test('it keeps its unsubscribes: abort removes both storage listeners and stops the engine', async () => {
    const fake = fakePorts();
    const lifetime = new AbortController();
    const script = new ContentScript(document, handoff, fake.ports);
    script.start(lifetime.signal);
    expect(fake.listeners()).toBe(2);
    const report = (await script.handle({ type: 'get-report' })) as { marks: unknown[]; enabled: boolean };
    expect(report.enabled).toBe(true);
    // not vacuous: the bundled claims mark the article
    expect(report.marks.length).toBeGreaterThan(0);
    expect(document.querySelector('claimlens-mark')).not.toBeNull();
    lifetime.abort();
    expect(fake.listeners()).toBe(0);
    const afterAbort = (await script.handle({ type: 'get-report' })) as {
      marks: unknown[];
      enabled: boolean;
    };
    expect(afterAbort).toMatchObject({ enabled: false, marks: [] });
    expect(fake.errors).toEqual([]);
  });

  test('after the abort, nothing is read again: no storage read, no scan, no summary', async () => {
    const fake = fakePorts();
    const lifetime = new AbortController();
    const script = new ContentScript(document, handoff, fake.ports);
    script.start(lifetime.signal);
    await script.handle({ type: 'get-report' });
    // a change the browser had already queued for the listeners before the abort comes through late
    const late = fake.currentListeners();
    lifetime.abort();
    const sent = fake.summaries.length;
    for (const listener of late.settings) listener({ ...SETTINGS, showConsistent: false });
    for (const listener of late.datasets) listener();
    await script.handle({ type: 'set-enabled', enabled: true });
    await goOnChangingThePage();
    expect(fake.storageReads()).toBe(0);
    expect(fake.summaries.length).toBe(sent);
    expect(document.querySelector('claimlens-mark')).toBeNull();
  });

  test('started on a signal already aborted, it sets up nothing', () => {
    const fake = fakePorts();
    const lifetime = new AbortController();
    lifetime.abort();
    new ContentScript(document, handoff, fake.ports).start(lifetime.signal);
    expect(fake.listeners()).toBe(0);
    expect(fake.summaries).toEqual([]);
  });
});
