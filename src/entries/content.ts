/**
 * Content script. It waits for the page's load event and an idle moment, and only then evaluates the
 * engine: the build inlines the dynamic import below into this one classic script, and the modules it
 * reaches (recognizer tables, message schemas, the claims index, the extension API wrapper) run their
 * top-level code when it is called, not while the page is still loading (measured: about 7 ms of
 * module set-up that used to land just before the page's load event).
 */

/** The longest we wait for the page's load event before starting anyway (pages with hung requests). */
const LOAD_WAIT_MS = 3000;

/**
 * Resolves once the page has loaded (or after `limit` ms), and then once the browser is idle: the
 * engine then neither competes with the page's loading nor runs inside its load event (work done in a
 * load listener's microtasks delays the page's own loadEventEnd).
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

let importStarted = 0;
pageLoaded(LOAD_WAIT_MS)
  .then(() => {
    importStarted = performance.now();
    return import('./content/main');
  })
  // what evaluating the engine's modules cost is part of what ClaimLens costs the page
  .then(({ startContentScript }) => startContentScript(performance.now() - importStarted))
  // the engine reports its own errors to the background; this is only a failure to load it
  .catch((error: unknown) => console.debug('[ClaimLens] could not start', error));
