/**
 * The subject test that decides which blocks the page engine reads: it must say yes wherever the
 * matcher could tie a figure to a claim (never narrower), and no for pages about something else.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../../src/core/claims/matcher';
import { OTHER_COMPANIES } from '../../../src/core/claims/others';
import { subjectHint, subjectTest } from '../../../src/core/claims/subject-test';
import { PhraseFinder } from '../../../src/core/claims/text';
import { findFigures } from '../../../src/core/figures';
import { bundled, bundledIndex } from './helpers';

const index = bundledIndex();
const namesSubject = subjectTest([index]);

describe('subjectTest over the bundled dataset', () => {
  test.each([
    ['Alibaba will invest 380 billion yuan.', true],
    ['Shares of alibaba rose.', true],
    ['ALIBABA GROUP', true],
    ['9988.HK closed higher', true],
    ['BABA rose 3%', true],
    ['Eddie Wu said so', true],
    ['Qwen models were downloaded 600 million times', true],
    ['阿里巴巴将投入3800亿元', true],
    ['通义千问模型', true],
    ['Accio orders rose 33%', true],
    ['Tencent will invest 380 billion yuan.', false],
    ['Baba ganoush costs $5', false], // all-caps ticker matched as written
    ['Alibabas', false], // English aliases are whole words
    ['AlibabaCloud', false],
    ['The Fed lifted rates by 25 basis points.', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(namesSubject(text)).toBe(expected);
  });

  test('several indexes: a subject of any of them counts', () => {
    const acme = compileDatasetsWithSubject('acme', 'Acme Energy');
    const both = subjectTest([index, acme]);
    expect(both('Acme Energy will spend $2 billion')).toBe(true);
    expect(both('Alibaba will spend')).toBe(true);
    expect(subjectTest([acme])('Alibaba will spend')).toBe(false);
  });
});

/** A dataset index with one subject and no claims, enough for the subject test. */
function compileDatasetsWithSubject(id: string, name: string) {
  return {
    ...index,
    datasets: [],
    claims: [],
    subjects: [{ id, name: { en: name, zh: name }, family: 0, aliases: [name] }],
  };
}

describe('never narrower than the matcher', () => {
  const dataset = bundled();
  const aliases = dataset.subjects.flatMap((s) => [...s.aliases.en, ...s.aliases.zh, s.name.en, s.name.zh]);
  const topics = dataset.claims
    .flatMap((c) => [...c.topics.en, ...c.topics.zh])
    .map((t) => t.replace('*', ''));
  const figures = [
    '380 billion yuan',
    'RMB 380 billion',
    '3800亿元',
    '$53 billion',
    'US$53bn',
    '9.2%',
    'over 7%',
    'HK$174',
    '170,000 models',
    '600 million times',
    'tenfold',
    '26%',
    '上涨9.2%',
  ];
  const filler = [
    ' said ',
    ' will invest ',
    ' in AI. ',
    ', ',
    '. ',
    '\u3002',
    ' shares rose ',
    ' the plan ',
    ' and ',
    '\n',
  ];
  const others = OTHER_COMPANIES.flat().slice(0, 20);
  // lower-cased and glued variants probe the case and word-boundary rules
  const piece = fc.oneof(
    fc.constantFrom(...aliases),
    fc.constantFrom(...aliases).map((a) => a.toLowerCase()),
    fc.constantFrom(...aliases).map((a) => `x${a}`),
    fc.constantFrom(...topics),
    fc.constantFrom(...figures),
    fc.constantFrom(...filler),
    fc.constantFrom(...others),
  );
  const block = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
  const matcher = createMatcher(index);

  test('every block the matcher annotates names a subject, in itself or its context', () => {
    fc.assert(
      fc.property(block, fc.option(block, { nil: undefined }), (text, context) => {
        const annotations = matcher.match(text, findFigures(text), context);
        if (annotations.length > 0) {
          expect(namesSubject(text) || (context !== undefined && namesSubject(context))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('the property above is not vacuous: many generated blocks are annotated', () => {
    const samples = fc.sample(block, { numRuns: 2000, seed: 7 });
    const annotated = samples.filter((text) => matcher.match(text, findFigures(text)).length > 0);
    expect(annotated.length).toBeGreaterThan(100);
  });
});

describe('PhraseFinder.has', () => {
  test('agrees with find() on whether there is any hit', () => {
    const finder = new PhraseFinder();
    for (const [i, phrase] of ['Acme', 'ACME', 'invest*', '阿里'].entries())
      finder.add({ kind: 0, ref: i, text: phrase });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Acme', 'acme', 'ACME', 'xacme', 'investment', ' ', '阿里', 'a'), {
          maxLength: 8,
        }),
        (parts) => {
          const text = parts.join('');
          expect(finder.has(text)).toBe(finder.find(text).length > 0);
        },
      ),
    );
  });
});

describe('subjectHint: the test of a whole page, never narrower than the block test', () => {
  const hint = subjectHint([index]);
  test.each([
    ['Alibaba will invest', true],
    ['Eddie\u00a0Wu said', true], // a no-break space, as textContent has it
    ['EddieWu said', true], // "Eddie<br>Wu": the block reads "Eddie Wu"
    ['shares of baba', true], // looser than the block test, never narrower
    ['xAlibabax', true],
    ['阿里云', true], // Alibaba Cloud, a Chinese alias
    ['Tencent will invest 380 billion yuan', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(hint(text)).toBe(expected);
  });

  test('no datasets, no subjects: nothing is hinted', () => {
    expect(subjectHint([])('Alibaba')).toBe(false);
  });
});
