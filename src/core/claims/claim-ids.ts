/**
 * One rule for every place that puts datasets side by side (`claimlens dataset check`, the options
 * page's import and restore): a claim id names one claim among all the datasets in use, bundled and
 * imported, because the page's marks and the card find a claim by its id alone. A dataset that has
 * the id of one in use replaces it (a new version), so that one's claims are not counted.
 */

/** A dataset in use, as far as this rule needs it: its id, how to name it, its claims' ids. */
export interface DatasetInUse {
  id: string;
  /** how the message names it: a file name, or "the bundled dataset “Alibaba AI 2025”" */
  label: string;
  claimIds: readonly string[];
}

/**
 * The errors for each claim of `dataset` whose id another dataset in use already has, in the form
 * of the schema's errors: `LABEL: claims[I] (ID).id: claim id "ID" is also used by OTHER`.
 */
export function claimIdClashes(
  dataset: { id: string; claims: readonly { id: string }[] },
  label: string,
  inUse: readonly DatasetInUse[],
): string[] {
  const owner = new Map<string, string>();
  for (const other of inUse) {
    if (other.id === dataset.id) continue;
    for (const id of other.claimIds) if (!owner.has(id)) owner.set(id, other.label);
  }
  const errors: string[] = [];
  dataset.claims.forEach((claim, i) => {
    const other = owner.get(claim.id);
    if (other !== undefined)
      errors.push(`${label}: claims[${i}] (${claim.id}).id: claim id "${claim.id}" is also used by ${other}`);
  });
  return errors;
}

/** `inUse` after `dataset` joined it: the one with its id replaced, or it added. */
export function withDataset(
  inUse: readonly DatasetInUse[],
  dataset: { id: string; claims: readonly { id: string }[] },
  label: string,
): DatasetInUse[] {
  const entry = { id: dataset.id, label, claimIds: dataset.claims.map((c) => c.id) };
  const index = inUse.findIndex((d) => d.id === dataset.id);
  return index >= 0 ? inUse.map((d, i) => (i === index ? entry : d)) : [...inUse, entry];
}
