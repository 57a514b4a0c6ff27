/**
 * What a Chromium performance trace of one page load says of the extension's own scripts: the
 * main-thread time spent compiling and running them, which no timer inside them can see. Read from
 * the trace `claimlens corpus` records around each page (src/cli/browsers.ts).
 */

/** What a trace of one page load says of the extension's own script files. */
export interface OwnScriptsTrace {
  /**
   * Main-thread ms spent compiling and evaluating the extension's script files in the page (the
   * content script, and its engine module when it was loaded): work that no timer inside those
   * scripts can see. Parsing on a background thread (V8 streams modules there) is not counted.
   */
  loadMs: number;
  /** the longest such stretch, ms */
  longestMs: number;
  /** the extension's files the page compiled, e.g. ['content.js', 'engine.js'] */
  files: string[];
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** thread time (CPU) of a complete event, µs */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; fileName?: string }; fileName?: string; url?: string };
}

/** Trace events that load a script: its compile and its top-level run (callbacks are timed by the scripts). */
const LOADING_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.run',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.streamingCompile.start',
  'v8.streamingCompile.complete',
  'v8.produceModuleCache',
  'v8.produceCache',
]);

/** The main-thread loading cost of the scripts under `base`, from a trace's complete events. */
export function ownScriptsCost(events: TraceEvent[], base: string): OwnScriptsTrace {
  const urlOf = (e: TraceEvent) =>
    e.args?.data?.url ?? e.args?.data?.fileName ?? e.args?.fileName ?? e.args?.url;
  // A trace covers the whole browser: the page is the process whose main thread evaluated our
  // content script, and only its events count.
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && urlOf(e)?.startsWith(base));
  const ours = events.filter(
    (e) =>
      e.pid === evaluation?.pid &&
      e.ph === 'X' &&
      e.dur !== undefined &&
      urlOf(e)?.startsWith(base) &&
      LOADING_EVENTS.has(e.name),
  );
  const files = [...new Set(ours.map((e) => urlOf(e)!.slice(base.length)))].sort();
  const spans = ours
    .filter((e) => e.tid === evaluation?.tid)
    .map((e) => [e.ts, e.ts + e.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  let loadMs = 0;
  let longestMs = 0;
  let current: [number, number] | undefined;
  const close = () => {
    if (!current) return;
    const ms = (current[1] - current[0]) / 1000;
    loadMs += ms;
    longestMs = Math.max(longestMs, ms);
  };
  for (const [start, end] of spans) {
    if (current && start <= current[1]) current[1] = Math.max(current[1], end);
    else {
      close();
      current = [start, end];
    }
  }
  close();
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { loadMs: round(loadMs), longestMs: round(longestMs), files };
}
