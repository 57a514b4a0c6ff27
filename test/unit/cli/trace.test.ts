/**
 * `claimlens corpus` reads the extension's script loading cost from a Chromium trace: only complete
 * events of our files, on the page's main thread, nested events counted once.
 */
import { expect, test } from 'vitest';
import { ownScriptsCost } from '../../../src/cli/script-trace';

const BASE = 'chrome-extension://abc/';
const ev = (name: string, ts: number, dur: number, url: string, tid = 1, pid = 7) => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid,
  tid,
  args: { data: { url } },
});

test('nested compile and run inside an evaluation count once; other threads, processes and files do not count', () => {
  const cost = ownScriptsCost(
    [
      ev('EvaluateScript', 1000, 2000, `${BASE}content.js`),
      ev('v8.compile', 1100, 800, `${BASE}content.js`),
      ev('v8.run', 1900, 1000, `${BASE}content.js`),
      // the engine module: parsed on a background thread (not counted), compiled and run on the main one
      ev('v8.parseOnBackground', 5000, 9000, `${BASE}engine.js`, 2),
      ev('v8.compileModule', 20_000, 500, `${BASE}engine.js`),
      ev('v8.evaluateModule', 20_400, 600, `${BASE}engine.js`),
      // the page's own script, another renderer, and a callback (timed by our scripts themselves)
      ev('EvaluateScript', 30_000, 5000, 'http://127.0.0.1/page.js'),
      ev('EvaluateScript', 40_000, 5000, `${BASE}content.js`, 1, 99),
      ev('FunctionCall', 50_000, 5000, `${BASE}engine.js`),
    ],
    BASE,
  );
  expect(cost.loadMs).toBeCloseTo(2 + 1, 5);
  expect(cost.longestMs).toBeCloseTo(2, 5);
  expect(cost.files).toEqual(['content.js', 'engine.js']);
});

test('a trace without our content script costs nothing', () => {
  expect(ownScriptsCost([ev('EvaluateScript', 0, 10, 'http://x/a.js')], BASE)).toEqual({
    loadMs: 0,
    longestMs: 0,
    files: [],
  });
});
