import { describe, expect, it } from 'vitest';
import type { DatasetClaim, DatasetSource } from '../../../src/core/claims/schema';
import {
  claimSourcingWarnings,
  independentReportPublishers,
  outletKey,
  sourcingWarnings,
  supportsAccurate,
} from '../../../src/core/claims/sourcing';
import { bundled } from './helpers';

type Kind = DatasetSource['kind'];

/** A quoted source: `kind:publisher`, e.g. "report:Reuters", "copy:Digital Phablet>Yicai Global". */
/** `quote` null: the source has none. */
function src(spec: string, quote: string | null = 'a quote'): DatasetSource {
  const [kind, rest] = spec.split(':') as [Kind, string];
  const [publisher, copyOf] = rest.split('>') as [string, string | undefined];
  const source: DatasetSource = { publisher, kind, url: 'https://example.com/a', language: 'en' };
  if (copyOf) source.copyOf = copyOf;
  if (quote !== null) source.quote = quote;
  return source;
}

function claim(rating: DatasetClaim['rating'], sources: DatasetSource[], extra: Partial<DatasetClaim> = {}) {
  return {
    id: 'c',
    subject: 's',
    topics: { en: ['x'], zh: [] },
    statement: { en: 'A claim', zh: '声明' },
    asOf: '2025-01-01',
    rating,
    sources,
    review: { by: 't', date: '2025-01-02' },
    ...extra,
  } satisfies DatasetClaim;
}

/** The rule in one line per case: [why, rating, sources, the warnings' paths]. */
const CASES: [why: string, rating: DatasetClaim['rating'], sources: string[], paths: string[]][] = [
  ['a company release alone carries "accurate"', 'accurate', ['primary:Alibaba Group'], []],
  ['two outlets carry "accurate"', 'accurate', ['report:Reuters', 'report:Bloomberg'], []],
  ['one outlet is not enough for "accurate"', 'accurate', ['report:Reuters'], ['rating']],
  [
    'one outlet listed twice is still one outlet (case and spacing ignored)',
    'accurate',
    ['report:Reuters', 'report: reuters '],
    ['rating'],
  ],
  [
    'a rewrite of a second outlet adds no independent check',
    'accurate',
    ['report:Yicai Global', 'copy:Digital Phablet>Yicai Global'],
    ['rating'],
  ],
  ['copies alone: warned twice for "accurate"', 'accurate', ['copy:anews>Reuters'], ['sources', 'rating']],
  ['copies alone: warned for "needs-context" too', 'needs-context', ['copy:anews>Reuters'], ['sources']],
  ['copies alone: warned for "outdated" too', 'outdated', ['copy:a', 'copy:b'], ['sources']],
  ['an unverified claim lists the closest thing found, copies included', 'unverified', ['copy:HSTong'], []],
  ['one report is fine below "accurate"', 'needs-context', ['report:Reuters'], []],
  ['a report next to copies is not copy-only', 'outdated', ['copy:a>Reuters', 'report:Reuters'], []],
];

describe('sourcing rule (data/claims/README.md "Sourcing")', () => {
  it.each(CASES)('%s', (_why, rating, specs, paths) => {
    const warnings = claimSourcingWarnings(
      claim(
        rating,
        specs.map((s) => src(s)),
      ),
    );
    expect(warnings.map((w) => w.path.join('.'))).toEqual(paths);
  });

  it.each([
    ['every source needs a quote', [src('report:A', null), src('report:B')], ['sources.0.quote']],
    ['a blank quote is no quote', [src('primary:A', '  ')], ['sources.0.quote']],
  ] as const)('%s', (_why, sources, paths) => {
    expect(claimSourcingWarnings(claim('needs-context', [...sources])).map((w) => w.path.join('.'))).toEqual(
      paths,
    );
  });

  it('variant and equivalent sources need quotes, but may be copies only (they record where a figure appears)', () => {
    const c = claim('accurate', [src('primary:Acme')], {
      variants: [
        {
          figure: { kind: 'percent', value: 7 },
          rating: 'needs-context',
          note: { en: 'Intraday', zh: '盘中' },
          sources: [src('copy:Summary'), src('copy:Other', null)],
        },
      ],
      equivalents: [
        {
          figure: { kind: 'money', value: 1, unit: 'USD' },
          note: { en: 'In dollars', zh: '美元' },
          sources: [src('report:Wire', null)],
        },
      ],
    });
    expect(claimSourcingWarnings(c).map((w) => w.path.join('.'))).toEqual([
      'variants.0.sources.1.quote',
      'equivalents.0.sources.0.quote',
    ]);
  });

  it('messages say what to do', () => {
    const [copies, accurate] = claimSourcingWarnings(claim('accurate', [src('copy:anews>Reuters')]));
    expect(copies!.message).toMatch(/every source is a copy: cite the original outlet/);
    expect(accurate!.message).toBe(
      '"accurate" needs a primary source or reports from 2 independent publishers; this claim has no primary source and no report',
    );
    const [one] = claimSourcingWarnings(claim('accurate', [src('report:Reuters')]));
    expect(one!.message).toContain('reports from "Reuters" only');
  });

  it.each([
    ['Reuters', ' reuters', true],
    ['ＡＩ Daily', 'AI daily', true],
    ['Reuters', 'Reuters Breakingviews', false],
  ] as const)('outletKey: "%s" and "%s" are one outlet: %s', (a, b, same) => {
    expect(outletKey(a) === outletKey(b)).toBe(same);
  });

  it('independent publishers keep the first spelling and skip primaries and copies', () => {
    const sources = ['report:Reuters', 'report:REUTERS', 'primary:Acme', 'copy:X>Bloomberg', 'report:AP'];
    expect(independentReportPublishers(sources.map((s) => src(s)))).toEqual(['Reuters', 'AP']);
    expect(supportsAccurate(sources.map((s) => src(s)))).toBe(true);
  });

  it('dataset paths start at the claim list', () => {
    const ds = { ...bundled(), claims: [bundled().claims[0]!, claim('accurate', [src('report:Solo')])] };
    expect(sourcingWarnings(ds).map((w) => w.path)).toEqual([['claims', 1, 'rating']]);
  });

  it('the bundled dataset has no sourcing warnings', () => {
    expect(sourcingWarnings(bundled())).toEqual([]);
  });
});
