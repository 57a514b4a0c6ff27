#!/usr/bin/env node
// Store-ready zips of the two builds: dist/packages/claimlens-chrome-VERSION.zip and -firefox-VERSION.zip.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
for (const target of ['chrome', 'firefox']) {
  const result = spawnSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${target}`,
      '--artifacts-dir',
      'dist/packages',
      '--filename',
      `claimlens-${target}-${version}.zip`,
      '--overwrite-dest',
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
