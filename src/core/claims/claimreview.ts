/**
 * Datasets -> schema.org ClaimReview JSON-LD (one review per claim), for Fact Check Explorer and
 * other consumers. Field mapping: ../../../../shared/research/claims-sources.md "ClaimReview fields".
 * ClaimReview has no value or unit fields: the recorded figure goes into the Claim's `about` as a
 * MonetaryAmount (money) or QuantitativeValue (everything else), with minValue/maxValue for bounds.
 */
import type { Dataset, DatasetClaim, DatasetFigure, DatasetSource } from './schema';
import type { Rating } from './types';

type Json = Record<string, unknown>;

/** Google shows claimReviewed best under 75 characters. */
export const CLAIM_REVIEWED_MAX = 75;

const RATING: Record<Rating, { name: string; value?: number }> = {
  accurate: { name: 'Accurate', value: 4 },
  'needs-context': { name: 'Needs context', value: 3 },
  outdated: { name: 'Outdated', value: 2 },
  unverified: { name: 'Unverified' },
};

/** Shortens at a word boundary with an ellipsis. */
export function shorten(text: string, max = CLAIM_REVIEWED_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const UNIT_TEXT: Record<string, [unitText: string, unitCode?: string]> = {
  percent: ['percent', 'P1'],
  percentage_points: ['percentage points'],
  basis_points: ['basis points'],
  multiple: ['times'],
  number: ['count'],
};

function figureValue(fig: DatasetFigure): Json | undefined {
  if (fig.kind === 'date' || typeof fig.value !== 'number') return undefined;
  const signed = fig.direction === 'down' && fig.value > 0 ? -fig.value : fig.value;
  const out: Json =
    fig.kind === 'money'
      ? { '@type': 'MonetaryAmount', currency: fig.unit }
      : { '@type': 'QuantitativeValue', unitText: UNIT_TEXT[fig.kind]![0] };
  const code = UNIT_TEXT[fig.kind]?.[1];
  if (code) out['unitCode'] = code;
  if (fig.max !== undefined) {
    out['minValue'] = signed;
    out['maxValue'] = fig.max;
  } else if (fig.approx === 'over') out['minValue'] = signed;
  else if (fig.approx === 'under') out['maxValue'] = signed;
  else out['value'] = signed;
  if (fig.text) out['description'] = fig.text;
  return out;
}

function creativeWork(s: DatasetSource): Json {
  const copies = s.via ?? [];
  const out: Json = {
    '@type': 'CreativeWork',
    url: s.url ?? copies[0]?.url,
    publisher: { '@type': 'Organization', name: s.publisher },
    inLanguage: s.language,
  };
  if (s.title) out['headline'] = s.title;
  if (s.published) out['datePublished'] = s.published;
  const others = s.url ? copies : copies.slice(1);
  if (others.length) out['sameAs'] = others.map((v) => v.url);
  if (s.quote) out['text'] = s.quote;
  // a mirror or rewrite is based on another outlet's work: say whose, when the dataset knows it
  if (s.kind === 'copy' && s.copyOf) {
    out['isBasedOn'] = { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: s.copyOf } };
  }
  return out;
}

/** The first appearance: the earliest dated original (a copy only when the claim has nothing else). */
function earliest(all: DatasetSource[]): DatasetSource | undefined {
  const originals = all.filter((s) => s.kind !== 'copy');
  const sources = originals.length > 0 ? originals : all;
  const dated = sources.filter((s) => s.published);
  if (dated.length === 0) return sources[0];
  return dated.reduce((a, b) => ((b.published ?? '') < (a.published ?? '') ? b : a));
}

function review(ds: Dataset, claim: DatasetClaim, baseUrl: string | undefined): Json {
  const subject = ds.subjects.find((s) => s.id === claim.subject);
  const rating = RATING[claim.rating];
  const reviewRating: Json = { '@type': 'Rating', alternateName: rating.name };
  if (rating.value !== undefined) {
    reviewRating['ratingValue'] = rating.value;
    reviewRating['bestRating'] = 4;
    reviewRating['worstRating'] = 1;
  }
  const item: Json = {
    '@type': 'Claim',
    text: claim.statement.en,
    datePublished: claim.asOf,
    appearance: claim.sources.map(creativeWork),
  };
  if (subject)
    item['author'] = { '@type': 'Organization', name: subject.name.en, alternateName: subject.name.zh };
  const first = earliest(claim.sources);
  if (first) item['firstAppearance'] = creativeWork(first);
  const about = claim.figure ? figureValue(claim.figure) : undefined;
  if (about) item['about'] = about;

  const out: Json = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: `${ds.id}/${claim.id}`,
    claimReviewed: shorten(claim.statement.en),
    reviewRating,
    itemReviewed: item,
    author: {
      '@type': 'Organization',
      name: ds.maintainer.name,
      ...(ds.maintainer.url ? { url: ds.maintainer.url } : {}),
    },
    datePublished: claim.review.date,
    inLanguage: 'en',
  };
  if (baseUrl) out['url'] = `${baseUrl}#${encodeURIComponent(claim.id)}`;
  if (claim.note) out['reviewBody'] = claim.note.en;
  return out;
}

export function toClaimReview(
  datasets: Dataset[],
  options: { baseUrl?: string | undefined } = {},
): { reviews: Json[]; warnings: string[] } {
  const reviews: Json[] = [];
  const warnings: string[] = [];
  for (const ds of datasets) {
    const baseUrl = options.baseUrl ?? ds.homepage;
    if (!baseUrl) {
      warnings.push(
        `${ds.id}: no review page (dataset "homepage" or --base-url), so the reviews have no url, which Google requires`,
      );
    }
    for (const claim of ds.claims) reviews.push(review(ds, claim, baseUrl));
  }
  return { reviews, warnings };
}
