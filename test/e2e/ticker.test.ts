/**
 * A live ticker in a real browser with the built extension (BROWSER=chromium|firefox): a quote that
 * changes every 100 ms must not keep ClaimLens from reading what the page adds meanwhile, neither
 * before the engine is loaded (the page first names no subject) nor after.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, serveFolders } from '../../src/cli/serve';
import { BROWSER, drawnMarks, type Harness, startHarness, waitFor } from './harness';

const page = (
  article: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets live</title></head>
<body>
<header><span id="quote">HSI 26,000.00</span> <span id="clock">10:00:00.0</span></header>
<article>${article}</article>
<script>
let tick = 0;
setInterval(() => {
  tick += 1;
  document.getElementById('quote').textContent = 'HSI ' + (26000 + (tick % 97) / 10).toFixed(2);
  document.getElementById('clock').textContent = '10:00:' + String(Math.floor(tick / 10) % 60).padStart(2, '0') + '.' + (tick % 10);
}, 100);
// the story's update, a while after load, while the ticker keeps going
window.addUpdate = (text) => {
  const p = document.createElement('p');
  p.textContent = text;
  document.querySelector('article').append(p);
};
</script>
</body></html>`;

let harness: Harness;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'claimlens-ticker-'));
  writeFileSync(join(dir, 'quiet.html'), page('<p>Markets opened higher in Hong Kong.</p>'));
  writeFileSync(
    join(dir, 'story.html'),
    page(
      '<h1>Alibaba doubles down on AI</h1><p>Alibaba will invest 380 billion yuan in AI infrastructure.</p>',
    ),
  );
  server = await serveFolders({ '/': dir });
});

afterAll(async () => {
  await server?.close();
  await harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

const UPDATE = 'Update: by the close Alibaba shares had gained 9.2% to HK$174.';

describe(`a 100 ms ticker in ${BROWSER}`, () => {
  test('a page that names the subject only later, under the ticker, gets its marks', async () => {
    const tab = await harness.browser.newPage(`${server.url}/quiet.html`);
    await new Promise((r) => setTimeout(r, 1500));
    await tab.evaluate(
      (text: string) => (window as unknown as { addUpdate(t: string): void }).addUpdate(text),
      UPDATE,
    );
    await waitFor('the update to be marked under the ticker', async () =>
      (await drawnMarks(tab)).some((m) => m.text === '9.2%'),
    );
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  test('a marked page keeps reading what is added while the ticker runs', async () => {
    const tab = await harness.browser.newPage(`${server.url}/story.html`);
    await waitFor('the first mark', async () =>
      (await drawnMarks(tab)).some((m) => m.text === '380 billion yuan'),
    );
    await new Promise((r) => setTimeout(r, 1000));
    await tab.evaluate(
      (text: string) => (window as unknown as { addUpdate(t: string): void }).addUpdate(text),
      UPDATE,
    );
    await waitFor('the update to be marked under the ticker', async () =>
      (await drawnMarks(tab)).some((m) => m.text === '9.2%'),
    );
    expect(tab.errors).toEqual([]);
    await tab.close();
  });
});
