/**
 * Item 12: ClaimLens must not make a page miss its load event. The shared 163.com snapshot runs an
 * anti-mirroring timer that calls document.write 100 ms after parsing: when the load has not ended
 * by then, the write reopens the document, which is never closed, and the load event never fires.
 * With the content script at `document_idle`, Chromium held the load until the idle injection, and
 * the load never fired in 12 of 12 visits (2 of 12 without the extension; 4 of 20 with an empty
 * extension). At `document_end` it misses about as often as in any browser with an extension.
 * `claimlens corpus` visits it again on both sides and calls a difference ours only past chance.
 */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { runCorpus } from '../../src/cli/corpus';
import { BROWSER, ROOT } from './harness';

const PAGE = resolve(ROOT, '../shared/corpus/pages/gne-163-money-longfor-group.html');

test.runIf(BROWSER === 'chromium' && existsSync(PAGE))(
  'a page that document.writes on a timer during its load still loads with ClaimLens',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-load-'));
    copyFileSync(PAGE, join(dir, 'page.html'));
    const [result] = await runCorpus(dir, resolve(ROOT, 'dist/chrome'), () => {});
    // everything the corpus says of the page, when it fails
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, errors: [] });
    expect(result!.visits).toBeGreaterThan(0);
  },
  600_000,
);
