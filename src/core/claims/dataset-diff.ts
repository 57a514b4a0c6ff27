/**
 * What a new version of a dataset changes, claim by claim: the reader of a subscribed dataset sees
 * this before the new version replaces the one in use. Claims are matched by id (the id names the
 * claim across versions, as the card and the marks do); a claim whose id is gone and a claim with a
 * new id are a removal and an addition, never a guessed rename.
 */

/** A claim as the diff lists it: its id and its statement in both languages, to recognise it by. */
export interface ClaimRef {
  id: string;
  statement: { en?: string; zh?: string };
}

export interface ChangedClaim extends ClaimRef {
  /** the claim's top-level fields whose value differs ("figure", "sources", "rating"), sorted */
  fields: string[];
}

export interface DatasetDiff {
  fromVersion: string;
  toVersion: string;
  added: ClaimRef[];
  changed: ChangedClaim[];
  removed: ClaimRef[];
  /** the dataset's own fields other than claims and version that differ ("name", "subjects"), sorted */
  datasetFields: string[];
}

/** The part of a dataset the diff reads; anything else it compares as plain JSON values. */
export interface DiffableDataset {
  version: string;
  claims: readonly { id: string; statement?: { en?: string; zh?: string } }[];
  [field: string]: unknown;
}

/**
 * The same JSON value: objects equal whatever their key order (a maintainer's tool may reorder
 * keys), arrays in order (the order of sources and aliases is what readers see).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameJson(left[key], right[key])) return false;
  return true;
}

/** The keys of two records whose values differ (a key present on one side only differs), sorted. */
function differingKeys(a: Record<string, unknown>, b: Record<string, unknown>, ignore: readonly string[]) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => !ignore.includes(key) && !sameJson(a[key], b[key])).sort();
}

const ref = (claim: DiffableDataset['claims'][number]): ClaimRef => ({
  id: claim.id,
  statement: { ...claim.statement },
});

/**
 * The diff from `before` to `after`. Added and changed claims are in `after`'s order, removed ones in
 * `before`'s. The `$schema` pointer is an editor's aid, not content, so it is not compared.
 */
export function diffDatasets(before: DiffableDataset, after: DiffableDataset): DatasetDiff {
  const old = new Map(before.claims.map((claim) => [claim.id, claim]));
  const kept = new Set(after.claims.map((claim) => claim.id));
  const added: ClaimRef[] = [];
  const changed: ChangedClaim[] = [];
  for (const claim of after.claims) {
    const previous = old.get(claim.id);
    if (!previous) {
      added.push(ref(claim));
      continue;
    }
    const fields = differingKeys(
      previous as unknown as Record<string, unknown>,
      claim as unknown as Record<string, unknown>,
      [],
    );
    if (fields.length > 0) changed.push({ ...ref(claim), fields });
  }
  return {
    fromVersion: before.version,
    toVersion: after.version,
    added,
    changed,
    removed: before.claims.filter((claim) => !kept.has(claim.id)).map(ref),
    datasetFields: differingKeys(before, after, ['claims', 'version', '$schema']),
  };
}

/** True when the new version changes nothing a reader would see (only its version or `$schema`). */
export function isEmptyDiff(diff: DatasetDiff): boolean {
  return diff.added.length + diff.changed.length + diff.removed.length + diff.datasetFields.length === 0;
}
