/**
 * Content script: one small classic script, run on every page. It waits for the page's load event
 * and an idle moment, reads the reader's settings and imported datasets, and imports the page engine
 * (engine.js, see ./engine.ts) only when the page may name a dataset subject (src/page/launcher.ts),
 * or when the popup or a keyboard command sends a message. A page about something else pays for
 * this file and a few `includes` over its text; it never compiles the engine's code.
 */
import bundledHintWords from 'virtual:claims-hint';
import { tableConverter } from '../core/claims/script-variants';
import { datasetAliases, hintWords } from '../core/claims/subject-test';
import { Launcher, reportWithoutEngine } from '../page/launcher';
import { importFromPackage, onMessageFromExtension, reportError } from '../platform/content-channel';
import { type Imported, importedDatasets, onImportedDatasetsChanged } from '../platform/imported-datasets';
import type { Settings } from '../contracts/settings';
import { isSiteEnabledForUrl, loadSettings, onSettingsChanged } from '../platform/settings';
import type { EngineHandle } from './engine';

/** The longest we wait for the page's load event before starting anyway (pages with hung requests). */
const LOAD_WAIT_MS = 3000;
/** where the build writes the engine (vite.config.ts), a web-accessible resource of the manifest */
const ENGINE_PATH = 'engine.js';

/**
 * Resolves once the page has loaded (or after `limit` ms), and then once the browser is idle: the
 * work after it then neither competes with the page's loading nor runs inside its load event (work
 * done in a load listener's microtasks delays the page's own loadEventEnd).
 */
function pageLoaded(limit: number): Promise<void> {
  const idle = () =>
    new Promise<void>((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
      else setTimeout(resolve, 0);
    });
  if (document.readyState === 'complete') return idle();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, limit);
    window.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  }).then(idle);
}

/**
 * Where the reader last right-clicked: "Record this figure as a claim…" on a figure right-clicked
 * without a selection reads the figure there. Only the reader's own clicks count (isTrusted).
 */
let contextPoint: { x: number; y: number } | undefined;
document.addEventListener(
  'contextmenu',
  (event) => {
    if (event.isTrusted) contextPoint = { x: event.clientX, y: event.clientY };
  },
  { capture: true, passive: true },
);

/**
 * Looks at the page, launches the engine when it is needed, and forwards the extension's messages.
 * `lifetime` is the content script's (the page's: nothing ends it there; a test or a teardown can).
 */
async function start(lifetime: AbortSignal): Promise<void> {
  let settings: Settings;
  let imported: Imported;
  [settings, imported] = await Promise.all([loadSettings(), importedDatasets()]);
  // an imported dataset's aliases in both scripts, from the conversions recorded at its import
  const wordsFor = ({ datasets, scripts }: Imported) =>
    datasets.length === 0
      ? bundledHintWords
      : hintWords([...bundledHintWords, ...datasetAliases(datasets, tableConverter(scripts))]);
  let words = wordsFor(imported);

  let engine: Promise<EngineHandle> | undefined;
  // Until the engine takes over, this script follows settings and datasets for the launcher; then
  // the engine does, and this script reads storage no more.
  const looking = new AbortController();
  lifetime.addEventListener('abort', () => looking.abort(), { once: true });
  const launcher = new Launcher({
    doc: document,
    words: () => words,
    enabled: () => isSiteEnabledForUrl(settings, location.href),
    launch: (pageNamesSubject) => {
      // from here on the engine follows settings, datasets and the page itself
      engine = importFromPackage<typeof import('./engine')>(ENGINE_PATH).then(({ startEngine }) => {
        // what this script read of settings and datasets until the engine came, handed over
        const handle = startEngine(
          {
            settings,
            imported,
            pageNamesSubject,
            launcherMs: launcher.ms,
            contextPoint: () => contextPoint,
          },
          lifetime,
        );
        looking.abort();
        return handle;
      });
      engine.catch((error: unknown) => reportError('engine', error));
    },
    onError: reportError,
    signal: looking.signal,
  });

  onMessageFromExtension((raw) => {
    // Asked for the page's claims before the engine was needed: there are none, and the popup's
    // opening is no reason to compile the engine. This is what the engine would answer on a page
    // its hint turns away (a message of one field: the type test is its whole schema).
    if (!launcher.hasLaunched && (raw as { type?: unknown } | null)?.type === 'get-report') {
      return Promise.resolve(
        reportWithoutEngine(
          location.href,
          isSiteEnabledForUrl(settings, location.href),
          launcher.ms,
          launcher.longestMs,
        ),
      );
    }
    launcher.launch();
    // no engine: the content script's lifetime ended before one was launched
    return engine ? engine.then((handle) => handle.handle(raw)) : Promise.resolve(undefined);
  });
  const unsubscribes = [
    onSettingsChanged((changed) => {
      settings = changed;
      launcher.check();
    }),
    onImportedDatasetsChanged(() => {
      importedDatasets().then(
        (changed) => {
          if (looking.signal.aborted) return;
          imported = changed;
          words = wordsFor(changed);
          launcher.check();
        },
        reportError.bind(null, 'datasets'),
      );
    }),
  ];
  looking.signal.addEventListener('abort', () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  });
  launcher.check();
}

pageLoaded(LOAD_WAIT_MS)
  .then(() => start(new AbortController().signal))
  .catch((error: unknown) => reportError('start', error));
