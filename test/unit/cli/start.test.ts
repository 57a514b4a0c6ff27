/**
 * `npm start` with a CHROMIUM_PATH that names nothing: one line that says so, and exit code 2 before
 * building (issue 2). It installs nothing over the reader's choice (browser-setup.test.ts has the rest).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

test('with CHROMIUM_PATH naming no file, start says so and exits 2 before building', () => {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const result = spawnSync(process.execPath, [tsx, 'scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', DISPLAY: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.status).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /CHROMIUM_PATH is \/nonexistent\/chromium, which does not exist: fix it, or unset it/,
  );
  expect(result.stdout).not.toContain('vite');
});
