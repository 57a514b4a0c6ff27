/**
 * Which listing a text names (markets.ts): the phrases stand in both Chinese scripts, name a listing
 * rather than a country, and a claim's `excludes` words decide which listings are another market.
 */
import { describe, expect, test } from 'vitest';
import { buildLookup } from '../../../src/core/claims/lookup';
import { excludedMarkets, LISTING_PHRASES, marketsNamed, soleMarket } from '../../../src/core/claims/markets';
import { withScriptForms } from '../../../src/core/claims/script-variants';
import { openccConverter } from '../../../src/platform/opencc-converter';
import { bundledIndex } from './helpers';

const HAN = /[\u3400-\u9fff]/;

describe('listing phrases', () => {
  const converter = openccConverter();
  test.each(Object.entries(LISTING_PHRASES))('%s: every script form is listed', (_, phrases) => {
    const chinese = phrases.filter((p) => HAN.test(p));
    for (const form of withScriptForms(chinese, converter)) expect(phrases).toContain(form);
  });

  // [text, the one listing named (undefined: none or several), why]
  const CASES: [string, string | undefined, string][] = [
    ['U.S.-listed Alibaba stock jumped', 'us', 'a U.S. listing'],
    ["Alibaba's ADRs rose 8%", 'us', 'ADRs are the U.S. listing'],
    ['阿里巴巴美股大涨', 'us', '美股'],
    ['阿里巴巴美國預託證券急升', 'us', 'the Hong Kong word for ADRs'],
    ['阿里巴巴港股收涨', 'hk', '港股'],
    ['Alibaba shares closed higher in Hong Kong', 'hk', 'Hong Kong trading'],
    ['Alibaba shrugs off U.S. chip curbs', undefined, '"U.S." alone is a country, not a listing'],
    ['Alibaba ADRs and Hong Kong shares jump', undefined, "two listings: none is the article's"],
    ['Adrian Smith said Alibaba will spend more', undefined, 'ADR matches only as written, in capitals'],
  ];
  test.each(CASES)('%s -> %s (%s)', (text, market) => {
    expect(soleMarket(text)).toBe(market);
  });

  test('a text naming no listing names none', () => {
    expect(marketsNamed('Alibaba will invest 380 billion yuan').size).toBe(0);
  });
});

describe('excluded listings', () => {
  const lookup = buildLookup(bundledIndex());
  const ci = (id: string) => lookup.index.claims.findIndex((c) => c.record.id === id);
  test('the Hong Kong close excludes the U.S. listing (its excludes name ADR, U.S., 美股)', () => {
    expect([...excludedMarkets(lookup, ci('baba-hk-0924'))]).toEqual(['us']);
  });
  test('a claim without excludes excludes no listing', () => {
    expect(excludedMarkets(lookup, ci('capex-380')).size).toBe(0);
  });
});
