/**
 * `npm run check:amo` (after the build): `web-ext lint` on dist/firefox, as addons.mozilla.org runs
 * it. Fails on any error, on a warning that store/amo-reviewer-notes.md does not explain, and on a
 * note whose warning is gone (scripts/store/lint-warnings.ts lists them).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { compareWithNotes, type LintMessage } from './store/lint-warnings';

const root = resolve(import.meta.dirname, '..');
const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const report = JSON.parse(lint.stdout) as {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
};
const { unexplained, stale } = compareWithNotes(report.warnings);
const show = (m: LintMessage) => `${m.code} in ${m.file ?? '?'}: ${m.message}`;
for (const e of report.errors) console.error(`error: ${show(e)}`);
for (const w of unexplained)
  console.error(`warning not explained in store/amo-reviewer-notes.md: ${show(w)}`);
for (const n of stale)
  console.error(
    `store/amo-reviewer-notes.md item ${n.note} explains a warning web-ext lint no longer gives: remove it`,
  );
if (report.errors.length + unexplained.length + stale.length > 0) process.exit(1);
console.log(
  `check:amo: web-ext lint gives no errors and ${report.warnings.length} warnings, each explained in store/amo-reviewer-notes.md`,
);
