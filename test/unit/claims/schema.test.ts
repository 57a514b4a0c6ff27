import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/core/claims/schema';
import { loadRaw } from './helpers';

// biome-ignore lint/suspicious/noExplicitAny: tests poke at arbitrary JSON paths
type Raw = Record<string, any>;
const FILE = 'data/claims/bad.json';

/** The bundled dataset with one change applied. */
function broken(change: (ds: Raw) => void): Raw {
  const ds = loadRaw() as Raw;
  change(ds);
  return ds;
}

function errorsOf(raw: unknown): string[] {
  const r = validateDataset(raw, FILE);
  return r.ok ? [] : r.errors;
}

describe('dataset schema rules: one bad dataset each, and its message', () => {
  it('the bundled dataset is valid', () => {
    expect(errorsOf(loadRaw())).toEqual([]);
  });

  const rules: [rule: string, change: (ds: Raw) => void, message: string][] = [
    [
      'unique claim ids',
      (ds) => {
        ds.claims[1].id = ds.claims[0].id;
      },
      `${FILE}: claims[1] (baba-hk-0924).id: duplicate claim id "baba-hk-0924" (also claims[0])`,
    ],
    [
      'unique subject ids',
      (ds) => {
        ds.subjects[1].id = 'alibaba';
      },
      `${FILE}: subjects[1] (alibaba).id: duplicate subject id "alibaba" (also subjects[0])`,
    ],
    [
      'a claim names a known subject',
      (ds) => {
        ds.claims[0].subject = 'alibabaa';
      },
      `${FILE}: claims[0] (baba-hk-0924).subject: no subject with id "alibabaa" in subjects`,
    ],
    [
      'ISO 4217 units for money',
      (ds) => {
        ds.claims[3].figure.unit = 'RMB';
      },
      `${FILE}: claims[3] (capex-380).figure.unit: "RMB" is not an ISO 4217 currency code (use e.g. CNY, USD, HKD — not RMB, US$, 元)`,
    ],
    [
      'money needs a unit',
      (ds) => {
        delete ds.claims[3].figure.unit;
      },
      `${FILE}: claims[3] (capex-380).figure.unit: money needs an ISO 4217 currency code (e.g. "CNY")`,
    ],
    [
      'no unit for percentages',
      (ds) => {
        ds.claims[0].figure.unit = 'USD';
      },
      `${FILE}: claims[0] (baba-hk-0924).figure.unit: a percent figure has no unit; use null`,
    ],
    [
      'dates as ISO dates',
      (ds) => {
        ds.claims[0].asOf = '24/09/2025';
      },
      `${FILE}: claims[0] (baba-hk-0924).asOf: must be an ISO date: YYYY-MM-DD (or YYYY-MM, YYYY)`,
    ],
    [
      'dates are real calendar dates',
      (ds) => {
        ds.claims[0].sources[0].published = '2025-02-30';
      },
      `${FILE}: claims[0] (baba-hk-0924).sources[0].published: is not a real calendar date`,
    ],
    [
      'source URLs are https/http only',
      (ds) => {
        ds.claims[3].sources[1].url = 'javascript:alert(1)';
      },
      `${FILE}: claims[3] (capex-380).sources[1].url: must be a link starting with https:// or http://`,
    ],
    [
      'copies (via) are https/http only too',
      (ds) => {
        ds.claims[3].sources[0].via[0].url = 'ftp://en.people.cn/x';
      },
      `${FILE}: claims[3] (capex-380).sources[0].via[0].url: must be a link starting with https:// or http://`,
    ],
    [
      'a source has a link',
      (ds) => {
        delete ds.claims[3].sources[0].via;
      },
      `${FILE}: claims[3] (capex-380).sources[0].url: a source needs a link: its own url, or at least one copy in via`,
    ],
    [
      'every claim has at least one source',
      (ds) => {
        ds.claims[3].sources = [];
      },
      `${FILE}: claims[3] (capex-380).sources: every claim needs at least one source`,
    ],
    [
      'statements in English',
      (ds) => {
        ds.claims[3].statement.en = '';
      },
      `${FILE}: claims[3] (capex-380).statement.en: must not be empty`,
    ],
    [
      'statements in Chinese',
      (ds) => {
        ds.claims[3].statement.zh = 'Alibaba will invest';
      },
      `${FILE}: claims[3] (capex-380).statement.zh: must be written in Chinese`,
    ],
    [
      'statements need both languages',
      (ds) => {
        delete ds.claims[3].statement.zh;
      },
      `${FILE}: claims[3] (capex-380).statement.zh: is missing (expected text)`,
    ],
    [
      'a rating from the fixed list',
      (ds) => {
        ds.claims[3].rating = 'true';
      },
      `${FILE}: claims[3] (capex-380).rating: must be one of "accurate", "needs-context", "outdated", "unverified", not the text "true"`,
    ],
    [
      'unknown fields are typos',
      (ds) => {
        ds.claims[3].sorces = [];
      },
      `${FILE}: claims[3] (capex-380).sorces: unknown field (check the spelling)`,
    ],
    [
      'value is a number',
      (ds) => {
        ds.claims[3].figure.value = '380 billion';
      },
      `${FILE}: claims[3] (capex-380).figure.value: a money figure needs a number as value`,
    ],
    [
      'a date figure has an ISO date',
      (ds) => {
        ds.claims[1].figure.value = 'October 2021';
      },
      `${FILE}: claims[1] (baba-high).figure.value: a date figure needs an ISO date as value (e.g. "2021-10")`,
    ],
    [
      'partOf names a subject',
      (ds) => {
        ds.subjects[1].partOf = 'alibaba-group';
      },
      `${FILE}: subjects[1] (alibaba-cloud).partOf: no subject with id "alibaba-group"`,
    ],
    [
      'partOf has no cycle',
      (ds) => {
        ds.subjects[0].partOf = 'alibaba-cloud';
      },
      `${FILE}: subjects[0] (alibaba).partOf: partOf makes a cycle`,
    ],
    [
      'a subject has aliases',
      (ds) => {
        ds.subjects[3].aliases = { en: [], zh: [] };
      },
      `${FILE}: subjects[3] (accio).aliases: needs at least one alias`,
    ],
    [
      'a variant has a rating',
      (ds) => {
        delete ds.claims[0].variants[0].rating;
      },
      `${FILE}: claims[0] (baba-hk-0924).variants[0].rating: is missing (one of "accurate", "needs-context", "outdated", "unverified")`,
    ],
    [
      'range upper bound',
      (ds) => {
        ds.claims[0].figure.max = 5;
      },
      `${FILE}: claims[0] (baba-hk-0924).figure.max: the upper bound must not be below value`,
    ],
    [
      'version is semver',
      (ds) => {
        ds.version = 'v1';
      },
      `${FILE}: version: must be a semantic version like "1.0.0"`,
    ],
    [
      'language tags',
      (ds) => {
        ds.claims[0].sources[0].language = 'English';
      },
      `${FILE}: claims[0] (baba-hk-0924).sources[0].language: must be a BCP 47 language tag (e.g. "en", "zh-Hans", "zh-Hant")`,
    ],
    [
      'tolerance is relative',
      (ds) => {
        ds.claims[3].equivalents[0].figure.tolerance = 3;
      },
      `${FILE}: claims[3] (capex-380).equivalents[0].figure.tolerance: must be at most 0.5 (a relative tolerance: 0.01 = 1%)`,
    ],
  ];

  it.each(rules)('%s', (_rule, change, message) => {
    expect(errorsOf(broken(change))).toContain(message);
  });

  it('reports field errors and cross-entry errors together', () => {
    const errors = errorsOf(
      broken((ds) => {
        ds.claims[1].id = ds.claims[0].id;
        ds.claims[3].sources[1].url = 'ftp://x';
      }),
    );
    expect(errors).toEqual([
      `${FILE}: claims[3] (capex-380).sources[1].url: must be a link starting with https:// or http://`,
      `${FILE}: claims[1] (baba-hk-0924).id: duplicate claim id "baba-hk-0924" (also claims[0])`,
    ]);
  });

  it('not an object at all', () => {
    expect(errorsOf([])).toEqual([`${FILE}: (top level): must be an object, not a list`]);
  });
});
