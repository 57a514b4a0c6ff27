/**
 * `claimlens corpus --json`'s contract, on the project's own demo pages (Chromium only: the command
 * drives Chromium with and without the extension side by side).
 */
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { runCorpus } from '../../src/cli/corpus';
import { BROWSER, ROOT } from './harness';

test.runIf(BROWSER === 'chromium')(
  'claimlens corpus reports every page with the contract fields',
  async () => {
    const results = await runCorpus(
      resolve(ROOT, 'test/fixtures/demo'),
      resolve(ROOT, 'dist/chrome'),
      () => {},
    );
    expect(results.map((r) => r.page)).toEqual(['index.html', 'zh.html']);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(
        [
          'annotations',
          'errors',
          'figures',
          'loadMs',
          'loadMsWithout',
          'longestTaskMs',
          'ok',
          'page',
          'scriptMs',
          'textUnchanged',
        ].sort(),
      );
      expect(r).toMatchObject({ ok: true, errors: [], textUnchanged: true });
      expect(r.annotations).toBeGreaterThanOrEqual(6);
      expect(r.figures).toBeGreaterThan(r.annotations);
      expect(r.scriptMs).toBeGreaterThan(0);
      expect(r.longestTaskMs).toBeGreaterThan(0);
      expect(r.loadMs).toBeGreaterThan(0);
      expect(r.loadMsWithout).toBeGreaterThan(0);
    }
  },
);
