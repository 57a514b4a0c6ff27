/** `npm start` without a browser: one line that says how to install one, and exit code 2 (issue 2). */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

test('with no Chromium to be found, start says how to get one and exits 2 before building', () => {
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
  expect(lines[0]).toMatch(/no Chromium found: install one .*apt-get install chromium.*CHROMIUM_PATH/);
  expect(result.stdout).not.toContain('vite');
});
