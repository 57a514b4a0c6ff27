#!/usr/bin/env node
// Browser tests: the one suite once per browser (BROWSER=chromium, then BROWSER=firefox), in series, as
// two browsers at once would fight over this machine's two cores; then, when the shared corpus of
// real publishers' pages is beside the repo, `claimlens corpus` over it (every page must stay clean).
// A browser that is missing is installed first (Debian's package, as root with apt-get), or the one
// command to install it is printed and the run stops: scripts/setup-browsers.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const browsers = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
const corpus = fileURLToPath(new URL('../../shared/corpus/pages', import.meta.url));
const runCorpus = process.env.E2E_CORPUS !== '0' && existsSync(corpus);

// the corpus runs in Chromium too
const needed = [...new Set([...browsers, ...(runCorpus ? ['chromium'] : [])])];
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const setup = spawnSync(
  process.execPath,
  [tsx, fileURLToPath(new URL('setup-browsers.ts', import.meta.url)), ...needed],
  {
    stdio: 'inherit',
  },
);
if (setup.status !== 0) process.exit(setup.status ?? 2);

let failed = false;
for (const browser of browsers) {
  console.log(`\n=== browser tests in ${browser} ===`);
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BROWSER: browser },
  });
  if (result.status !== 0) failed = true;
}
if (runCorpus) {
  console.log(`\n=== claimlens corpus ${corpus} ===`);
  const result = spawnSync('npx', ['claimlens', 'corpus', corpus], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
} else {
  console.log('\n(no shared corpus beside the repo: claimlens corpus skipped)');
}
process.exit(failed ? 1 : 0);
