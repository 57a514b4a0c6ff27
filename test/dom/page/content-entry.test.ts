/**
 * The content script (src/entries/content.ts) follows settings and imported datasets only until the
 * engine has taken over: then its storage listeners are gone, and a change is read by the engine
 * alone. The extension's side is faked at the platform modules.
 */
import { afterAll, expect, test, vi } from 'vitest';

const listeners = { settings: 0, datasets: 0 };
/** every subscription ever made (not vacuous: there were listeners to remove) */
const subscribed = { settings: 0, datasets: 0 };
const reads = { settings: 0, datasets: 0 };
const startEngine = vi.fn((_handoff: unknown, _signal: AbortSignal) => ({ handle: async () => undefined }));
const NO_IMPORTS = { datasets: [], scripts: { forms: {}, traditional: {}, simplified: {} } };

vi.mock('virtual:claims-hint', () => ({ default: ['alibaba'] }));
vi.mock('../../../src/platform/settings', () => ({
  loadSettings: async () => {
    reads.settings += 1;
    return {
      enabledByDefault: true,
      sites: {},
      highlightStyle: 'underline',
      language: 'en',
      showConsistent: true,
    };
  },
  isSiteEnabledForUrl: () => true,
  onSettingsChanged: () => {
    listeners.settings += 1;
    subscribed.settings += 1;
    return () => {
      listeners.settings -= 1;
    };
  },
}));
vi.mock('../../../src/platform/imported-datasets', () => ({
  importedDatasets: async () => {
    reads.datasets += 1;
    return NO_IMPORTS;
  },
  onImportedDatasetsChanged: () => {
    listeners.datasets += 1;
    subscribed.datasets += 1;
    return () => {
      listeners.datasets -= 1;
    };
  },
}));
vi.mock('../../../src/platform/content-channel', () => ({
  importFromPackage: async () => ({ startEngine }),
  onMessageFromExtension: () => {},
  reportError: (where: string, error: unknown) => {
    throw new Error(`${where}: ${String(error)}`);
  },
}));

afterAll(() => {
  document.body.innerHTML = '';
});

test('once the engine has started, the content script has no storage listener left and reads storage no more', async () => {
  document.body.innerHTML = '<article><p>Alibaba will invest 380 billion yuan.</p></article>';
  await import('../../../src/entries/content');
  await vi.waitFor(() => expect(startEngine).toHaveBeenCalledTimes(1), { timeout: 5000 });
  const [handoff, lifetime] = startEngine.mock.calls[0]!;
  expect(handoff).toMatchObject({ pageNamesSubject: true, imported: NO_IMPORTS });
  // the engine's lifetime is the content script's, not the launcher's look
  expect(lifetime.aborted).toBe(false);
  expect(subscribed).toEqual({ settings: 1, datasets: 1 });
  expect(listeners).toEqual({ settings: 0, datasets: 0 });
  // each read once, before the launch
  expect(reads).toEqual({ settings: 1, datasets: 1 });
});
