/**
 * Imported claims datasets, in storage.local under one key (one write = all or nothing).
 * Datasets are validated before they get here (options page, with the full dataset schema); this
 * module never validates with zod, so the content script can read it without carrying the schema.
 * What it reads back is checked again (storedDatasetProblem, claim ids across datasets): storage can
 * hold anything, and one broken entry must not stop the others or the bundled claims. Entries it
 * cannot use are kept as they are (never dropped by a write) and reported, not lost, until the
 * reader removes them.
 */
import { claimIdClashes, type DatasetInUse, withDataset } from '../core/claims/claim-ids';
import { storedDatasetProblem } from '../core/claims/stored-dataset';
import type { BrokenDataset, ImportedDataset } from '../contracts/datasets';
import type { StorageAreaLike } from './storage-area';

export const IMPORTED_DATASETS_KEY = 'importedDatasets';

export interface ImportedDatasets {
  datasets: ImportedDataset[];
  /** stored entries that are not usable datasets (kept in storage until removed, shown as a problem) */
  broken: BrokenDataset[];
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The entry as a dataset, or what is wrong with it. */
function readEntry(entry: unknown): ImportedDataset | string {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'not a dataset entry';
  const e = entry as Record<string, unknown>;
  for (const key of ['id', 'name', 'version', 'fileName', 'importedAt'] as const)
    if (typeof e[key] !== 'string') return `${key}: must be text`;
  if (typeof e.claimCount !== 'number') return 'claimCount: must be a number';
  const problem = storedDatasetProblem(e.data);
  if (problem) return `data.${problem}`;
  if ((e.data as { id: unknown }).id !== e.id) return 'data.id: is not the id it is listed under';
  return entry as ImportedDataset;
}

async function readRaw(area: StorageAreaLike): Promise<unknown[]> {
  const stored = (await area.get(IMPORTED_DATASETS_KEY))[IMPORTED_DATASETS_KEY];
  return Array.isArray(stored) ? stored : [];
}

/** The stored list split into usable datasets and broken entries, in stored order. */
function sortEntries(raw: unknown[]): ImportedDatasets {
  const datasets: ImportedDataset[] = [];
  const broken: BrokenDataset[] = [];
  let inUse: DatasetInUse[] = [];
  raw.forEach((entry, index) => {
    const read = readEntry(entry);
    const e = (entry ?? {}) as Record<string, unknown>;
    const named: Omit<BrokenDataset, 'problem'> = { index };
    if (text(e.id) !== undefined) named.id = text(e.id);
    if (text(e.name) !== undefined) named.name = text(e.name);
    if (typeof read === 'string') {
      broken.push({ ...named, problem: read });
      return;
    }
    // stored before claim ids were checked across datasets, or by other means: the first one wins
    const data = read.data as unknown as { id: string; claims: { id: string }[] };
    const clash = claimIdClashes(data, 'data', inUse)[0];
    if (clash) {
      broken.push({ ...named, problem: clash.replace(/^data: /, 'data.') });
      return;
    }
    inUse = withDataset(inUse, data, `“${read.name}”`);
    datasets.push(read);
  });
  return { datasets, broken };
}

/** The imported datasets that can be used, and the broken entries (never handed to the engine). */
export async function loadImportedDatasets(area: StorageAreaLike): Promise<ImportedDatasets> {
  return sortEntries(await readRaw(area));
}

/** The metadata of a validated dataset, for listing. */
export function describeDataset(
  data: { id: string; name: string; version: string; claims: unknown[] },
  fileName: string,
  now = new Date(),
): ImportedDataset {
  return {
    id: data.id,
    name: data.name,
    version: data.version,
    claimCount: data.claims.length,
    importedAt: now.toISOString(),
    fileName,
    data: data as unknown as Record<string, unknown>,
  };
}

/**
 * The stored list with validated datasets added; one with the id of a stored entry replaces it (a
 * new version, or a broken entry listed under that id). Nothing is written.
 */
export function withImported(
  raw: unknown[],
  entries: ImportedDataset[],
): { next: unknown[]; added: string[]; replaced: string[] } {
  const added: string[] = [];
  const replaced: string[] = [];
  const next = [...raw];
  for (const entry of entries) {
    const index = next.findIndex((old) => (old as { id?: unknown } | null)?.id === entry.id);
    if (index >= 0) {
      next[index] = entry;
      replaced.push(entry.id);
    } else {
      next.push(entry);
      added.push(entry.id);
    }
  }
  return { next, added, replaced };
}

/** The stored list as it is (for a restore's snapshot and its checks). */
export const readStoredEntries = readRaw;

/** Adds validated datasets in one write. Returns which ids were added and which replaced. */
export async function storeImportedDatasets(
  area: StorageAreaLike,
  entries: ImportedDataset[],
): Promise<{ added: string[]; replaced: string[] }> {
  const { next, added, replaced } = withImported(await readRaw(area), entries);
  await area.set({ [IMPORTED_DATASETS_KEY]: next });
  return { added, replaced };
}

export async function removeImportedDataset(area: StorageAreaLike, id: string): Promise<boolean> {
  const raw = await readRaw(area);
  const usable = new Set<unknown>(sortEntries(raw).datasets);
  const next = raw.filter((entry) => !(usable.has(entry) && (entry as ImportedDataset).id === id));
  if (next.length === raw.length) return false;
  await area.set({ [IMPORTED_DATASETS_KEY]: next });
  return true;
}

/** Removes one broken entry, by its place, if it is still there and still broken. */
export async function removeBrokenDataset(area: StorageAreaLike, index: number): Promise<boolean> {
  const raw = await readRaw(area);
  if (!sortEntries(raw).broken.some((b) => b.index === index)) return false;
  await area.set({ [IMPORTED_DATASETS_KEY]: raw.filter((_, i) => i !== index) });
  return true;
}

/** Drops every entry that cannot be used (only on the reader's request). */
export async function removeUnreadableDatasets(area: StorageAreaLike): Promise<number> {
  const raw = await readRaw(area);
  const broken = new Set(sortEntries(raw).broken.map((b) => b.index));
  if (broken.size > 0) await area.set({ [IMPORTED_DATASETS_KEY]: raw.filter((_, i) => !broken.has(i)) });
  return broken.size;
}
