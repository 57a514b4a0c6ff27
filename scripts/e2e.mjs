#!/usr/bin/env node
// Runs the one browser-test suite once per browser (BROWSER=chromium, then BROWSER=firefox), in series:
// two browsers at once would fight over this machine's two cores.
import { spawnSync } from 'node:child_process';

const browsers = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
let failed = false;
for (const browser of browsers) {
  console.log(`\n=== browser tests in ${browser} ===`);
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BROWSER: browser },
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
