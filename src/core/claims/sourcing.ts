/**
 * The sourcing rule of data/claims/README.md "Sourcing": what `claimlens dataset check` warns about.
 * Warnings, not errors: a dataset that breaks the rule still validates and builds, but an editor sees
 * where a claim rests on copies, unquoted sources or a single outlet.
 *
 * Pure functions over validated datasets (types only from schema.ts, so no zod here).
 */
import type { Dataset, DatasetClaim, DatasetSource } from './schema';

export interface SourcingWarning {
  /** JSON path from the dataset root, as the schema errors give it */
  path: (string | number)[];
  message: string;
}

/**
 * One outlet however the dataset spells it: case, width (ＡＩ/AI) and spacing ignored, so "Reuters"
 * and "reuters " are one publisher. Different names stay different outlets: an editor who lists the
 * same outlet under two names has to fix the name, not the rule.
 */
export function outletKey(publisher: string): string {
  return publisher.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The distinct publishers of a claim's original reports (copies never count: they add no check). */
export function independentReportPublishers(sources: readonly DatasetSource[]): string[] {
  const seen = new Map<string, string>();
  for (const source of sources) {
    if (source.kind !== 'report') continue;
    const key = outletKey(source.publisher);
    if (!seen.has(key)) seen.set(key, source.publisher);
  }
  return [...seen.values()];
}

/** Reports needed for "accurate" when the claim has no primary source. */
export const INDEPENDENT_REPORTS_FOR_ACCURATE = 2;

/** Whether the claim's own sources can carry an "accurate" rating: a primary source, or two outlets. */
export function supportsAccurate(sources: readonly DatasetSource[]): boolean {
  return (
    sources.some((s) => s.kind === 'primary') ||
    independentReportPublishers(sources).length >= INDEPENDENT_REPORTS_FOR_ACCURATE
  );
}

function quoteWarnings(
  sources: readonly DatasetSource[] | undefined,
  at: (string | number)[],
): SourcingWarning[] {
  return (sources ?? []).flatMap((source, i) =>
    source.quote?.trim()
      ? []
      : [
          {
            path: [...at, i, 'quote'],
            message:
              'no quote: add the source\u2019s own words for the figure (or the fact, for a claim without one)',
          },
        ],
  );
}

/** The warnings for one claim; paths start at the claim (`sources[2].quote`). */
export function claimSourcingWarnings(claim: DatasetClaim): SourcingWarning[] {
  const warnings: SourcingWarning[] = [];
  const { sources } = claim;
  // An unverified claim lists the closest things found, not support: copies there are no weakness.
  if (claim.rating !== 'unverified' && sources.length > 0 && sources.every((s) => s.kind === 'copy')) {
    warnings.push({
      path: ['sources'],
      message:
        'every source is a copy: cite the original outlet (kind "report", the copy in via) or the company\u2019s own release',
    });
  }
  if (claim.rating === 'accurate' && !supportsAccurate(sources)) {
    const publishers = independentReportPublishers(sources);
    const have =
      publishers.length === 0
        ? 'no report'
        : `reports from ${publishers.map((p) => `"${p}"`).join(', ')} only`;
    warnings.push({
      path: ['rating'],
      message: `"accurate" needs a primary source or reports from ${INDEPENDENT_REPORTS_FOR_ACCURATE} independent publishers; this claim has no primary source and ${have}`,
    });
  }
  warnings.push(...quoteWarnings(sources, ['sources']));
  // A variant or an equivalent records a figure that circulates, not what the claim asserts: its
  // sources show where the figure appears (a copy may be the only place), but still need its words.
  (claim.variants ?? []).forEach((variant, v) => {
    warnings.push(...quoteWarnings(variant.sources, ['variants', v, 'sources']));
  });
  (claim.equivalents ?? []).forEach((equivalent, e) => {
    warnings.push(...quoteWarnings(equivalent.sources, ['equivalents', e, 'sources']));
  });
  return warnings;
}

/** Every claim's warnings, with paths from the dataset root (`claims[3].sources[4].quote`). */
export function sourcingWarnings(dataset: Dataset): SourcingWarning[] {
  return dataset.claims.flatMap((claim, i) =>
    claimSourcingWarnings(claim).map((w) => ({ path: ['claims', i, ...w.path], message: w.message })),
  );
}
