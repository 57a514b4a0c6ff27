/** Expectation files: the format (zod) and the scoring of one page's matcher output against it. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXPECTATION_SCHEMA_FILE, expectationSchemaFileText } from '../../../src/cli/dataset';
import { run } from '../../../src/cli/dataset-test';
import type { CliIo } from '../../../src/cli/io';
import { expectationFileSchema, type ObservedBlock, scorePage } from '../../../src/core/claims/expectations';
import type { Annotation } from '../../../src/core/claims/types';
import type { Figure } from '../../../src/core/figures/types';
import { ROOT } from './helpers';

const TEXT = 'Alibaba shares closed up 9.2% while Tencent rose 3%; Alibaba shares rose 9.2% again.';
const at = (text: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(text, i + 1);
  return i;
};
const figure = (text: string, nth = 0): Figure => {
  const start = at(text, nth);
  return {
    text,
    start,
    end: start + text.length,
    kind: 'percent',
    value: Number.parseFloat(text),
    unit: null,
    approx: 'exact',
  };
};
const annotation = (f: Figure, id: string, verdict: Annotation['verdict']): Annotation => ({
  text: f.text,
  start: f.start,
  end: f.end,
  figure: f,
  claim: { id, subject: '', statement: '', kind: 'percent', value: 9.16, unit: null },
  verdict,
});
const first = figure('9.2%');
const second = figure('9.2%', 1);
const tencent = figure('3%');
const block = (annotations: Annotation[]): ObservedBlock[] => [
  { text: TEXT, figures: [first, tencent, second], annotations },
];
const outcomes = (figures: unknown[], annotations: Annotation[], complete = false) =>
  scorePage(
    expectationFileSchema.parse({ page: 'p.html', complete, figures }),
    block(annotations),
  ).results.map((r) => r.outcome);
const TIE = { figure: '9.2%', tie: 'hk', verdict: 'consistent', why: 'the close' };

describe('scorePage', () => {
  test.each([
    // [why, expectations, annotations, complete, outcomes]
    ['a tie made as expected is met', [TIE], [annotation(first, 'hk', 'consistent')], false, ['met']],
    ['no tie where one is expected is missed', [TIE], [], false, ['missed']],
    [
      'a tie to another claim is a false tie',
      [TIE],
      [annotation(first, 'other', 'consistent')],
      false,
      ['false-tie'],
    ],
    [
      'the expected claim with another verdict',
      [TIE],
      [annotation(first, 'hk', 'needs-context')],
      false,
      ['wrong-verdict'],
    ],
    [
      'differs where consistent is expected is a false differs',
      [TIE],
      [annotation(first, 'hk', 'differs')],
      false,
      ['false-differs'],
    ],
    [
      'a list of verdicts accepts any',
      [{ ...TIE, verdict: ['consistent', 'needs-context'] }],
      [annotation(first, 'hk', 'needs-context')],
      false,
      ['met'],
    ],
    [
      'occurrence picks the second 9.2%',
      [{ ...TIE, occurrence: 2 }],
      [annotation(second, 'hk', 'consistent')],
      false,
      ['met'],
    ],
    [
      'context picks the figure inside it',
      [{ figure: '3%', context: 'Tencent rose 3%', tie: false, why: 'Tencent' }],
      [annotation(tencent, 'hk', 'consistent')],
      false,
      ['false-tie'],
    ],
    [
      'never differs is met by a tie that agrees',
      [{ figure: '9.2%', differs: false, why: 'x' }],
      [annotation(first, 'hk', 'needs-context')],
      false,
      ['met'],
    ],
    [
      'complete: an unlisted tie is a false tie',
      [TIE],
      [annotation(first, 'hk', 'consistent'), annotation(second, 'hk', 'consistent')],
      true,
      ['met', 'false-tie'],
    ],
    [
      'complete: an unlisted differs is a false differs',
      [TIE],
      [annotation(first, 'hk', 'consistent'), annotation(second, 'hk', 'differs')],
      true,
      ['met', 'false-differs'],
    ],
    [
      'a text not on the page is reported, not guessed',
      [{ ...TIE, figure: '7.7%' }],
      [],
      false,
      ['not-found'],
    ],
  ] as [string, unknown[], Annotation[], boolean, string[]][])(
    '%s',
    (_why, figures, annotations, complete, expected) => {
      expect(outcomes(figures, annotations, complete)).toEqual(expected);
    },
  );

  test('known misses count in the totals but do not fail', () => {
    const file = expectationFileSchema.parse({
      page: 'p.html',
      figures: [{ ...TIE, known: 'not read yet' }],
    });
    const { totals } = scorePage(file, block([]));
    expect(totals).toMatchObject({ expectations: 1, met: 0, missed: 1, known: 1 });
  });

  test.each([
    ['a tie needs a verdict', { page: 'p', figures: [{ figure: '9%', tie: 'x', why: 'y' }] }],
    [
      'an unknown field is refused',
      { page: 'p', figures: [{ figure: '9%', tie: false, why: 'y', claim: 'x' }] },
    ],
    ['every expectation says why', { page: 'p', figures: [{ figure: '9%', tie: false }] }],
  ])('the schema refuses: %s', (_why, raw) => {
    expect(expectationFileSchema.safeParse(raw).success).toBe(false);
  });
});

describe('claimlens dataset test', () => {
  async function datasetTest(args: string[]) {
    let out = '';
    const io: CliIo = {
      stdout: (t) => (out += t),
      stderr: (t) => (out += t),
      readStdin: async () => '',
      cwd: ROOT,
    };
    return { code: await run(args, io), out };
  }
  const PAGE = '../shared/real-articles/34-hk01-typhoon-market-open-alibaba-leads.html';
  const write = (figures: unknown[]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'claimlens-exp-')), 'page.json');
    writeFileSync(file, JSON.stringify({ page: PAGE, complete: true, figures }));
    return file;
  };

  test('a met expectation passes; --json prints one document with the totals', async () => {
    const file = write([{ figure: '9.2%', tie: 'baba-hk-0924', verdict: 'consistent', why: 'the close' }]);
    const { code, out } = await datasetTest([file, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).totals).toMatchObject({
      expectations: 1,
      met: 1,
      falseTies: 0,
      falseDiffers: 0,
      missed: 0,
    });
  });

  test('a miss fails the run and is printed; marked known it does not fail', async () => {
    const wrong = { figure: '9.2%', tie: 'capex-380', verdict: 'consistent', why: 'deliberately wrong' };
    const failed = await datasetTest([write([wrong])]);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(
      /false-tie\s+"9\.2%": expected consistent -> capex-380; got consistent -> baba-hk-0924/,
    );
    const known = await datasetTest([write([{ ...wrong, known: 'a test of the mechanism' }])]);
    expect(known.code).toBe(0);
    expect(known.out).toMatch(/\(1 known\)/);
  });
});

test('expectations.schema.json is up to date with the zod schema (run `npm run claimlens -- dataset schema`)', () => {
  expect(readFileSync(join(ROOT, EXPECTATION_SCHEMA_FILE), 'utf8')).toBe(expectationSchemaFileText());
});
