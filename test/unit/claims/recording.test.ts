/**
 * Recording claims in the browser (issue 15, part 1): the pure parts. A pick becomes a prefilled
 * form, a form becomes a claim in "My claims" that the dataset schema accepts and the matcher ties
 * to the same sentence, a source is added to a claim of "My claims" or to the reader's copy of a
 * bundled one, and the exported "My claims" is a dataset the CLI reads and exports as ClaimReview.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/dataset';
import { claimIdClashes } from '../../../src/core/claims/claim-ids';
import { compileDatasets } from '../../../src/core/claims/compile';
import { createMatcher } from '../../../src/core/claims/matcher';
import {
  guessSubject,
  type PagePick,
  pickInHash,
  recordFormPath,
  sentenceAround,
  topicSuggestions,
} from '../../../src/core/claims/pick';
import {
  type ClaimForm,
  checkSource,
  claimFromForm,
  formFromPick,
  MY_CLAIMS_ID,
  NEW_SUBJECT,
  nextVersion,
  slugOf,
  withAddedSource,
  withRecordedClaim,
  validateMyClaims,
} from '../../../src/core/claims/recording';
import type { Dataset } from '../../../src/core/claims/schema';
import { readFigures } from '../../../src/core/read-figures';
import { parsePick } from '../../../src/ui/options/pick-schema';
import { bundled } from './helpers';

const CONSORTIUM =
  'A rival state-backed chip consortium separately said it had raised 380 billion yuan for new foundries, the largest fund-raising of its kind this year.';

/** A pick as the page engine makes it: the recognizer's figure in `quote`. */
function pickFor(quote: string, figureText: string, extra: Partial<PagePick> = {}): PagePick {
  const figure = readFigures(quote).find((f) => f.text === figureText);
  if (!figure) throw new Error(`no figure ${figureText} in ${quote}`);
  const { text, kind, value, unit, approx, start, end } = figure;
  return {
    url: 'https://news.example.com/chips',
    title: 'Chip consortium raises funds',
    publisher: 'Example News',
    published: '2025-09-24',
    language: 'en',
    selection: figureText,
    quote,
    figure: { text, kind, value, unit, approx, start, end },
    topics: topicSuggestions(quote, start, end),
    ...extra,
  };
}

/** The form an editor completes for the consortium claim: a new subject, Chinese fields typed. */
function consortiumForm(): ClaimForm {
  return {
    ...formFromPick(pickFor(CONSORTIUM, '380 billion yuan'), '2026-12-03'),
    subject: NEW_SUBJECT,
    newSubjectEn: 'State-backed chip consortium',
    newSubjectZh: '国有芯片联盟',
    aliasesEn: 'chip consortium',
    aliasesZh: '芯片联盟',
    claimId: 'chip-consortium-380b',
    statementZh: '一家国有芯片联盟募集了3800亿元用于新建晶圆厂。',
    topicsEn: 'raised, foundries',
    topicsZh: '募集, 晶圆厂',
    reviewBy: 'Test editor',
  };
}

function recorded(mine?: Dataset, form = consortiumForm()): Dataset {
  const result = validateMyClaims(withRecordedClaim(mine, form, bundled().subjects));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.dataset;
}

describe('sentenceAround', () => {
  it.each([
    // [text, figure, expected sentence, why]
    [
      'One. Alibaba will invest 380 billion yuan. Two.',
      '380',
      'Alibaba will invest 380 billion yuan.',
      'full stops around',
    ],
    [
      'Shares rose 9.2% to HK$174. Next.',
      '9.2%',
      'Shares rose 9.2% to HK$174.',
      'a decimal point is no full stop',
    ],
    [
      'The U.S. firm said 5% more. End',
      '5%',
      'The U.S. firm said 5% more.',
      'an abbreviation is no full stop',
    ],
    ['阿里巴巴将投入3800亿元。其他。', '3800亿元', '阿里巴巴将投入3800亿元。', 'Chinese full stops'],
    ['no end 7%', '7%', 'no end 7%', 'a block without a full stop is one sentence'],
  ])('%s', (text, figure, sentence) => {
    const at = text.indexOf(figure);
    const [start, end] = sentenceAround(text, at, at + figure.length);
    expect(text.slice(start, end)).toBe(sentence);
  });
});

describe('topicSuggestions', () => {
  it.each([
    // [sentence, figure, subject names, expected first suggestions, why]
    [
      CONSORTIUM,
      '380 billion yuan',
      ['chip consortium'],
      ['raised', 'foundries'],
      'the clause words nearest the figure, no stop words',
    ],
    [
      'Alibaba will invest 380 billion yuan in cloud',
      '380 billion yuan',
      ['alibaba'],
      ['invest', 'cloud'],
      'the subject is left out',
    ],
    [
      '芯片联盟募集了3800亿元用于新建晶圆厂',
      '3800亿元',
      ['芯片联盟'],
      ['募集'],
      'Chinese pieces split at function characters',
    ],
  ])('%s', (sentence, figure, names, expected) => {
    const at = sentence.indexOf(figure);
    const words = topicSuggestions(sentence, at, at + figure.length, names);
    expect(words.slice(0, expected.length)).toEqual(expected);
    for (const name of names) expect(words).not.toContain(name);
  });
});

describe('guessSubject', () => {
  const subjects = [
    { id: 'alibaba', aliases: ['Alibaba', '阿里巴巴'] },
    { id: 'tencent', aliases: ['Tencent', '腾讯'] },
  ];
  it.each([
    // [sentence, block, title, expected, why]
    ['Tencent said it spent 10bn; Alibaba 380bn', '', '', 'tencent', 'nearest the figure at the start'],
    [
      'It will spend 380bn.',
      'Alibaba said so. It will spend 380bn.',
      '',
      'alibaba',
      'the block when the sentence names none',
    ],
    ['It will spend 380bn.', 'It will spend 380bn.', '腾讯加大投入', 'tencent', 'the title last'],
    ['Alibabanomics rose 5%.', '', '', undefined, 'English names are whole words'],
  ] as [string, string, string, string | undefined, string][])('%s', (sentence, block, title, expected) => {
    expect(guessSubject(subjects, sentence, 0, block, title)).toBe(expected);
  });
});

describe('the form address', () => {
  it('carries a pick through the options page address and back, checked with zod', () => {
    const pick = pickFor(CONSORTIUM, '380 billion yuan');
    const path = recordFormPath(pick);
    expect(path.startsWith('options.html#record=')).toBe(true);
    expect(parsePick(pickInHash(path.slice('options.html'.length)))).toEqual(pick);
  });
  it.each([
    ['#', undefined, 'no form asked for'],
    ['#record=%7Bbroken', null, 'not JSON'],
  ] as [string, null | undefined, string][])('%s (%s: %s)', (hash, expected) => {
    expect(pickInHash(hash)).toBe(expected);
  });
  it('refuses a pick of the wrong shape', () => {
    expect(parsePick({ url: 'https://x', quote: 1 })).toBeUndefined();
    expect(parsePick({ ...pickFor(CONSORTIUM, '380 billion yuan'), language: 'fr' })).toBeUndefined();
  });
});

describe('formFromPick', () => {
  it('prefills the figure, the quote, the page and the topic suggestions', () => {
    const form = formFromPick(pickFor(CONSORTIUM, '380 billion yuan'), '2026-12-03');
    expect(form).toMatchObject({
      kind: 'money',
      value: '380000000000',
      unit: 'CNY',
      approx: 'exact',
      figureText: '380 billion yuan',
      statementEn: CONSORTIUM,
      statementZh: '',
      quote: CONSORTIUM,
      url: 'https://news.example.com/chips',
      publisher: 'Example News',
      published: '2025-09-24',
      asOf: '2025-09-24',
      rating: 'unverified',
      reviewDate: '2026-12-03',
    });
    expect(form.topicsEn.split(', ').slice(0, 2)).toEqual(['raised', 'foundries']);
  });
  it('a Chinese page fills the Chinese statement; a pick without figure leaves the value empty', () => {
    const zh = formFromPick(
      { ...pickFor(CONSORTIUM, '380 billion yuan'), language: 'zh-Hans' },
      '2026-12-03',
    );
    expect([zh.statementEn, zh.statementZh]).toEqual(['', CONSORTIUM]);
    const { figure: _figure, ...bare } = pickFor(CONSORTIUM, '380 billion yuan');
    expect(formFromPick(bare, '2026-12-03').value).toBe('');
  });
  it.each([
    [['Chip consortium', '380b-cny'], 'chip-consortium-380b-cny'],
    [['Ünïcode  name!'], 'unicode-name'],
  ])('slugOf(%j) = %s', (words, slug) => {
    expect(slugOf(...words)).toBe(slug);
  });
  it.each([
    [undefined, '1.0.0', 'the first save'],
    ['1.0.4', '1.0.5', 'each save is a patch'],
    ['2.1.0-beta', '2.1.1', 'a suffix is dropped'],
  ] as [string | undefined, string, string][])('nextVersion(%s) = %s (%s)', (version, next) => {
    expect(nextVersion(version)).toBe(next);
  });
});

describe('withRecordedClaim', () => {
  it('makes a valid "My claims" whose claim the matcher ties to the same sentence', () => {
    const mine = recorded();
    expect(mine).toMatchObject({ id: MY_CLAIMS_ID, version: '1.0.0', maintainer: { name: 'Test editor' } });
    expect(mine.claims.map((c) => c.id)).toEqual(['chip-consortium-380b']);
    const matcher = createMatcher(compileDatasets([mine]));
    const found = matcher.match(CONSORTIUM, readFigures(CONSORTIUM));
    expect(found.map((a) => [a.text, a.claim.id, a.verdict])).toEqual([
      ['380 billion yuan', 'chip-consortium-380b', 'consistent'],
    ]);
    // its ids take none of the bundled dataset's
    expect(
      claimIdClashes(mine, 'My claims', [
        { id: 'b', label: 'b', claimIds: bundled().claims.map((c) => c.id) },
      ]),
    ).toEqual([]);
  });

  it('a second save adds a claim, and one with the same id replaces it; a subject in use is copied with its family', () => {
    const first = recorded();
    const alibabaCloud = bundled().subjects.find((s) => s.partOf)!;
    const second = recorded(first, {
      ...consortiumForm(),
      subject: alibabaCloud.id,
      claimId: 'cloud-figure',
    });
    expect(second.version).toBe('1.0.1');
    expect(second.claims.map((c) => c.id)).toEqual(['chip-consortium-380b', 'cloud-figure']);
    expect(second.subjects.map((s) => s.id)).toContain(alibabaCloud.partOf);
    const third = recorded(second, { ...consortiumForm(), statementEn: 'Changed statement.' });
    expect(third.claims.map((c) => c.id)).toEqual(['cloud-figure', 'chip-consortium-380b']);
    expect(third.claims[1]!.statement.en).toBe('Changed statement.');
  });

  it.each([
    // [change, error the schema names, why]
    [
      { statementZh: '' },
      /claims\[0\] \(chip-consortium-380b\)\.statement\.zh: must not be empty/,
      'both languages are required',
    ],
    [{ unit: 'RMB' }, /figure\.unit: "RMB" is not an ISO 4217 currency code/, 'money needs a currency code'],
    [{ value: 'lots' }, /figure\.value: a money figure needs a number as value/, 'a value that is no number'],
    [{ claimId: 'Chip Claim' }, /\.id: must be a lowercase id/, 'ids are slugs'],
    [{ url: 'ftp://x' }, /sources\[0\]\.url: must be a link starting with https/, 'links are http(s)'],
    [
      { aliasesEn: '', aliasesZh: '' },
      /subjects\[0\] \(state-backed-chip-consortium\)\.aliases: needs at least one alias/,
      'a new subject needs a name to find',
    ],
    [{ topicsEn: '', topicsZh: '' }, /topics: needs at least one topic word/, 'a claim needs a topic word'],
    [{ asOf: '2025-02-30' }, /asOf: is not a real calendar date/, 'dates are real'],
    [{ reviewBy: '' }, /review\.by: must not be empty/, 'the reviewer is named'],
  ] as [Partial<ClaimForm>, RegExp, string][])('refuses %j', (change, error) => {
    const result = validateMyClaims(withRecordedClaim(undefined, { ...consortiumForm(), ...change }, []));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(error);
  });

  it('a percent figure has no unit even when the form still holds one', () => {
    const claim = claimFromForm({ ...consortiumForm(), kind: 'percent', value: '9.2', unit: 'CNY' });
    expect(claim.figure).toMatchObject({ kind: 'percent', value: 9.2, unit: null });
  });
});

describe('withAddedSource', () => {
  const second = pickFor(
    'The state-backed chip consortium raised 380 billion yuan to build foundries, people familiar said.',
    '380 billion yuan',
    { url: 'https://other.example.org/consortium', publisher: 'Other Daily', title: 'Consortium funds' },
  );
  const secondForm = () => ({ ...formFromPick(second, '2026-12-04'), reviewBy: 'Test editor' });
  const source = () => ({
    publisher: 'Other Daily',
    kind: 'report' as const,
    url: second.url,
    language: 'en',
    quote: second.quote,
  });

  it('adds the page to a claim of "My claims", and replaces a source with the same address', () => {
    const mine = recorded();
    const target = { dataset: mine, claim: mine.claims[0]! };
    expect(checkSource(target, second)).toEqual({ kind: 'verdict', verdict: 'consistent' });
    const result = validateMyClaims(withAddedSource(mine, target, source(), 'Test editor'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.claims[0]!.sources.map((s) => s.url)).toEqual([
      'https://news.example.com/chips',
      second.url,
    ]);
    const again = withAddedSource(
      result.dataset,
      { dataset: result.dataset, claim: result.dataset.claims[0]! },
      source(),
      'x',
    );
    expect((again.claims as Dataset['claims'])[0]!.sources).toHaveLength(2);
    void secondForm;
  });

  it('a bundled claim gets a copy in "My claims" with its subject family, the bundled dataset unchanged', () => {
    const alibaba = bundled();
    const claim = alibaba.claims.find((c) => c.id === 'capex-380')!;
    const before = JSON.stringify(alibaba);
    const result = validateMyClaims(
      withAddedSource(undefined, { dataset: alibaba, claim }, source(), 'Test editor'),
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const copy = result.dataset.claims[0]!;
    expect(copy.id).toBe('capex-380-mine');
    expect(copy.sources).toHaveLength(claim.sources.length + 1);
    expect(result.dataset.subjects.map((s) => s.id)).toContain(claim.subject);
    expect(JSON.stringify(alibaba)).toBe(before);
    // a second source goes to the same copy
    const next = withAddedSource(
      result.dataset,
      { dataset: alibaba, claim },
      { ...source(), url: 'https://third.example/x' },
      'x',
    );
    expect((next.claims as Dataset['claims']).map((c) => c.id)).toEqual(['capex-380-mine']);
    expect(
      claimIdClashes(result.dataset, 'My claims', [
        { id: alibaba.id, label: 'b', claimIds: alibaba.claims.map((c) => c.id) },
      ]),
    ).toEqual([]);
  });
});

describe('checkSource: the matcher says whether the page agrees', () => {
  const mine = recorded();
  const target = { dataset: mine, claim: mine.claims[0]! };
  it.each([
    // [quote, figure, expected, why]
    [
      'The chip consortium raised 380 billion yuan for foundries.',
      '380 billion yuan',
      'consistent',
      'same figure, subject and measure',
    ],
    [
      'The chip consortium raised 300 billion yuan for foundries.',
      '300 billion yuan',
      'differs',
      'the subject and measure, another value',
    ],
    ['A bank said it had 380 billion yuan in deposits.', '380 billion yuan', 'not-tied', 'another subject'],
  ])('%s', (quote, figure, expected) => {
    const check = checkSource(target, pickFor(quote, figure, { title: '' }));
    expect('verdict' in check ? check.verdict : check.kind).toBe(expected);
  });
  it('says so when the pick has no figure', () => {
    const { figure: _figure, ...bare } = pickFor(CONSORTIUM, '380 billion yuan');
    expect(checkSource(target, bare)).toEqual({ kind: 'no-figure' });
  });
});

describe('the export', () => {
  it('is a dataset file that `claimlens dataset export --claimreview` reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-mine-'));
    const file = join(dir, 'my-claims-1.0.0.json');
    // what the options page's Export writes (options-port.ts exportDataset)
    writeFileSync(file, `${JSON.stringify(recorded(), null, 2)}\n`);
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      readStdin: async () => '',
      cwd: dir,
    };
    expect(await run(['export', '--claimreview', file], io)).toBe(0);
    const reviews = JSON.parse(out.join('')) as { '@type': string; claimReviewed: string }[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!['@type']).toBe('ClaimReview');
    expect(reviews[0]!.claimReviewed).toContain('chip consortium');
    expect(await run(['check', file], { ...io, stdout: () => undefined })).toBe(0);
  });
});
