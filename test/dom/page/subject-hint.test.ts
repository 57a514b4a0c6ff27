/**
 * The page-level subject hint runs on `body.innerText` and decides whether a page's blocks are
 * indexed at all: wherever a block's text names a subject, the page's text must be hinted.
 */
import fc from 'fast-check';
import { afterEach, expect, test } from 'vitest';
import { compileDatasets } from '../../../src/core/claims/compile';
import { subjectHint, subjectTest } from '../../../src/core/claims/subject-test';
import { validateDataset } from '../../../src/core/claims/schema';
import { indexBlocks } from './read-block';
import dataset from '../../../data/claims/alibaba-ai-2025.json';

const result = validateDataset(dataset, 'alibaba-ai-2025.json');
if (!result.ok) throw new Error(result.errors.join('\n'));
const index = compileDatasets([result.dataset]);
const namesSubject = subjectTest([index]);
const hint = subjectHint([index]);

afterEach(() => {
  document.body.innerHTML = '';
});

// aliases cut into pieces, so markup, <br> and no-break spaces fall inside them too
const aliasPieces = index.subjects
  .flatMap((s) => s.aliases)
  .flatMap((a) => [a, ...a.split(/(?<=\S)(?=\s)|\s+/)]);
const multiWord = index.subjects.flatMap((s) => s.aliases).filter((a) => /\s/.test(a));
const piece = fc.oneof(
  fc.constantFrom(...aliasPieces),
  // "Eddie&nbsp;Wu", "Eddie<br>Wu", "Eddie <b>Wu</b>": the block reads a space, textContent may not
  fc
    .tuple(fc.constantFrom(...multiWord), fc.constantFrom('&nbsp;', '<br>', ' <b>', '<span> </span>'))
    .map(([alias, gap]) => alias.replace(/\s+/g, gap)),
  fc.constantFrom(...aliasPieces).map((a) => a.slice(0, Math.ceil(a.length / 2))),
  fc.constantFrom(...aliasPieces).map((a) => a.slice(Math.ceil(a.length / 2))),
  fc.constantFrom(
    ' ',
    '&nbsp;',
    '<br>',
    '<b>',
    '</b>',
    '<p>',
    '</p>',
    '<td>',
    '<span>',
    '</span>',
    'x',
    '. ',
    '380 billion yuan',
  ),
);

test('every block that names a subject lies in a page the hint says yes to', () => {
  let named = 0;
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      document.body.innerHTML = parts.join('');
      const blocks = indexBlocks(document.body);
      if (blocks.some((b) => namesSubject(b.text))) {
        named += 1;
        // the engine hints on innerText; textContent is the same text with nothing laid out
        // biome-ignore lint/performance/useDomNodeTextContent: what the engine reads
        expect(hint(document.body.innerText)).toBe(true);
        expect(hint(document.body.textContent ?? '')).toBe(true);
      }
    }),
    { numRuns: 1500 },
  );
  // not vacuous
  expect(named).toBeGreaterThan(200);
});
