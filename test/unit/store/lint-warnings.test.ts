/** check:amo: every web-ext lint warning has its note in store/amo-reviewer-notes.md, and every note its warning. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { compareWithNotes, EXPLAINED_WARNINGS } from '../../../scripts/store/lint-warnings';

/** the four warnings of web-ext lint 10.7.0 on the build, as it reports them */
const TODAY = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'content.js', message: 'Unsafe call to import for argument 0' },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'chunks/Switch-CNwgEqRf.js',
    message: 'Unsafe assignment to innerHTML',
  },
  {
    code: 'DANGEROUS_EVAL',
    file: 'chunks/types-DNZh4It1.js',
    message: 'The Function constructor is eval.',
  },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'engine.js', message: 'Unsafe assignment to innerHTML' },
];

test.each([
  ['the warnings of today, all explained', TODAY, 0, 0],
  // why: chunk hashes change with every dependency update
  [
    'the same with other chunk hashes',
    TODAY.map((w) => ({ ...w, file: w.file.replace(/-\w+\.js$/, '-Zz9_x.js') })),
    0,
    0,
  ],
  [
    'a new eval in the engine',
    [...TODAY, { code: 'DANGEROUS_EVAL', file: 'engine.js', message: 'eval can be harmful.' }],
    1,
    0,
  ],
  [
    'innerHTML in the content script',
    [
      ...TODAY,
      { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'content.js', message: 'Unsafe assignment to innerHTML' },
    ],
    1,
    0,
  ],
  ["zod's probe gone", TODAY.filter((w) => w.code !== 'DANGEROUS_EVAL'), 0, 1],
])('%s', (_, warnings, unexplained, stale) => {
  const result = compareWithNotes(warnings);
  expect(result.unexplained).toHaveLength(unexplained);
  expect(result.stale).toHaveLength(stale);
});

test('each explained warning has its numbered item in the notes', () => {
  const notes = readFileSync(resolve(import.meta.dirname, '../../../store/amo-reviewer-notes.md'), 'utf8');
  for (const { note } of EXPLAINED_WARNINGS) expect(notes).toMatch(new RegExp(`^${note}\\. \\*\\*`, 'm'));
});
