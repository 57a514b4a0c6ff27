import { describe, expect, it } from 'vitest';
import { CLAIM_REVIEWED_MAX, shorten, toClaimReview } from '../../../src/core/claims/claimreview';
import { bundled } from './helpers';

// biome-ignore lint/suspicious/noExplicitAny: tests poke at JSON-LD paths
type Json = Record<string, any>;

describe('ClaimReview export', () => {
  const { reviews, warnings } = toClaimReview([bundled()], { baseUrl: 'https://example.org/claims' });
  const byId = new Map(reviews.map((r) => [String(r['identifier']).split('/')[1], r as Json]));

  it('one review per claim, schema.org context, no warnings with a base url', () => {
    expect(reviews).toHaveLength(16);
    expect(warnings).toEqual([]);
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(String(r['claimReviewed']).length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX);
    }
  });

  it('maps the 380bn claim: rating, author, date, item with appearances and first appearance', () => {
    const r = byId.get('capex-380')!;
    expect(r['url']).toBe('https://example.org/claims#capex-380');
    expect(r['reviewRating']).toEqual({
      '@type': 'Rating',
      alternateName: 'Accurate',
      ratingValue: 4,
      bestRating: 4,
      worstRating: 1,
    });
    expect(r['author']).toEqual({ '@type': 'Organization', name: 'ClaimLens editors' });
    expect(r['datePublished']).toBe('2026-12-03');
    const item = r['itemReviewed'];
    expect(item['@type']).toBe('Claim');
    expect(item['author']['name']).toBe('Alibaba Group');
    expect(item['datePublished']).toBe('2025-02-24');
    expect(item['appearance']).toHaveLength(6);
    expect(item['firstAppearance']['publisher']['name']).toBe('Xinhua');
    // the original outlet is named; its copy is the link (the original's own URL is not known)
    expect(item['firstAppearance']['url']).toBe('https://en.people.cn/n3/2025/0224/c90000-20280703.html');
    expect(item['about']).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'CNY',
      minValue: 380000000000,
      description: 'more than 380 billion yuan',
    });
  });

  it('unverified claims carry no numeric rating; percent figures are QuantitativeValues', () => {
    const accio = byId.get('accio-33')!;
    expect(accio['reviewRating']).toEqual({ '@type': 'Rating', alternateName: 'Unverified' });
    expect(accio['itemReviewed']['about']).toMatchObject({
      '@type': 'QuantitativeValue',
      unitCode: 'P1',
      value: 33,
    });
  });

  it('claims without a figure are exported without one', () => {
    const nvidia = byId.get('nvidia')!;
    expect(nvidia['itemReviewed']['about']).toBeUndefined();
    expect(nvidia['itemReviewed']['appearance'][0]['url']).toMatch(/^https:\/\/chinadaily\.com\.cn\//);
  });

  it('a copy is based on the outlet it copies, and is never the first appearance next to an original', () => {
    const item = byId.get('qwen-deriv')!['itemReviewed'];
    const [yicai, rewrite] = item['appearance'];
    expect(yicai['isBasedOn']).toBeUndefined();
    expect(rewrite['publisher']['name']).toBe('Digital Phablet');
    expect(rewrite['isBasedOn']).toEqual({
      '@type': 'CreativeWork',
      publisher: { '@type': 'Organization', name: 'Yicai Global' },
    });
    // both are dated 2025-09-24; the original is the first appearance, whatever the order
    const reversed = bundled();
    const claim = reversed.claims.find((c) => c.id === 'qwen-deriv')!;
    claim.sources.reverse();
    const first = toClaimReview([reversed]).reviews.find((r) =>
      String(r['identifier']).endsWith('/qwen-deriv'),
    )!;
    expect((first as Json)['itemReviewed']['firstAppearance']['publisher']['name']).toBe('Yicai Global');
  });

  it('warns when there is no review url', () => {
    const { reviews: r, warnings: w } = toClaimReview([bundled()]);
    expect(w).toHaveLength(1);
    expect(r[0]?.['url']).toBeUndefined();
  });

  it('shortens long statements at a word boundary', () => {
    const s = shorten(
      'Alibaba will invest more than RMB 380 billion over the next three years in cloud computing',
    );
    expect(s.length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX);
    expect(s).toMatch(/ in…$|years…$|the…$/);
    expect(shorten('short')).toBe('short');
  });
});
