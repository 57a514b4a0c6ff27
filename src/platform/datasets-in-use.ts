/** The popup's list of the datasets in use, from the bundled ones and the stored ones. */
import type { DatasetInUseRow } from '../contracts/popup-port';
import type { ImportedDataset } from '../contracts/datasets';
import { datasetOrigin } from './dataset-origin';

/**
 * The datasets in use: the bundled ones (less one a stored dataset with its id replaces), then the
 * stored usable ones, each with where it came from.
 */
export function datasetsInUseRows(
  bundled: readonly { id: string; name: string; version: string }[],
  stored: readonly ImportedDataset[],
): DatasetInUseRow[] {
  const replaced = new Set(stored.map((d) => d.id));
  const rows: DatasetInUseRow[] = bundled
    .filter((d) => !replaced.has(d.id))
    .map((d) => ({ id: d.id, name: d.name, version: d.version, kind: 'bundled' }));
  for (const d of stored) {
    const origin = datasetOrigin(d);
    const row: DatasetInUseRow = { id: d.id, name: d.name, version: d.version, kind: origin.kind };
    if (origin.kind === 'subscription') {
      if (origin.checkedAt !== undefined) row.checkedAt = origin.checkedAt;
      if (origin.error) row.checkFailed = true;
      if (origin.pending) row.pendingVersion = origin.pending.version;
    }
    rows.push(row);
  }
  return rows;
}
