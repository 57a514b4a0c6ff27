/**
 * `claimlens corpus --json`'s contract, on the project's own demo pages (Chromium only: the command
 * drives Chromium with and without the extension side by side).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { type CorpusDetails, runCorpus } from '../../src/cli/corpus';
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
          'visits',
          'loadMissing',
          'loadMissingWithout',
          'pageNotes',
        ].sort(),
      );
      expect(r).toMatchObject({ ok: true, errors: [], textUnchanged: true, loadMissing: 0, pageNotes: [] });
      expect(r.annotations).toBeGreaterThanOrEqual(6);
      expect(r.figures).toBeGreaterThan(r.annotations);
      expect(r.scriptMs).toBeGreaterThan(0);
      expect(r.longestTaskMs).toBeGreaterThan(0);
      expect(r.loadMs).toBeGreaterThan(0);
      expect(r.loadMsWithout).toBeGreaterThan(0);
    }
  },
);

test.runIf(BROWSER === 'chromium')(
  'a page that names no dataset subject never compiles the engine; one that does, does',
  async () => {
    // Acme Power is no subject of the bundled datasets; the demo article is about Alibaba
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-engine-'));
    copyFileSync(resolve(ROOT, 'test/fixtures/pages/acme-energy.html'), join(dir, 'acme-energy.html'));
    copyFileSync(resolve(ROOT, 'test/fixtures/demo/index.html'), join(dir, 'demo.html'));
    const details = new Map<string, CorpusDetails>();
    try {
      const results = await runCorpus(
        dir,
        resolve(ROOT, 'dist/chrome'),
        () => {},
        (page, d) => details.set(page, d),
      );
      expect(results.map((r) => r.ok)).toEqual([true, true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(details.get('acme-energy.html')?.files).toEqual(['content.js']);
    expect(details.get('demo.html')?.files).toEqual(['content.js', 'engine.js']);
    for (const d of details.values()) expect(d.loadingMs).toBeGreaterThan(0);
  },
);
