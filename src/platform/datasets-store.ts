/**
 * Imported claims datasets, in storage.local under one key (one write = all or nothing).
 * Datasets are validated before they get here (options page, with the full dataset schema); this
 * module never validates with zod, so the content script can read it without carrying the schema.
 * Entries it cannot read are kept as they are (never dropped by a write) and reported, not lost.
 */
import type { ScriptTable } from '../core/claims/script-variants';
import type { StorageAreaLike } from './storage-area';

export const IMPORTED_DATASETS_KEY = 'importedDatasets';

export interface ImportedDataset {
  id: string;
  name: string;
  version: string;
  claimCount: number;
  /** ISO timestamp */
  importedAt: string;
  fileName: string;
  /** the validated dataset (schema output), as the content script compiles it */
  data: Record<string, unknown>;
  /**
   * Its Chinese in the other script, converted by the options page when it was imported (the page
   * engine has no converter): absent for entries stored before, which then match as written.
   */
  scripts?: ScriptTable;
}

export interface ImportedDatasets {
  datasets: ImportedDataset[];
  /** stored entries that are not readable datasets (kept in storage, shown as a problem) */
  unreadable: number;
}

function isImported(entry: unknown): entry is ImportedDataset {
  if (!entry || typeof entry !== 'object') return false;
  const e = entry as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.name === 'string' &&
    typeof e.version === 'string' &&
    typeof e.claimCount === 'number' &&
    typeof e.data === 'object' &&
    e.data !== null &&
    Array.isArray((e.data as Record<string, unknown>).claims)
  );
}

async function readRaw(area: StorageAreaLike): Promise<unknown[]> {
  const stored = (await area.get(IMPORTED_DATASETS_KEY))[IMPORTED_DATASETS_KEY];
  return Array.isArray(stored) ? stored : [];
}

export async function loadImportedDatasets(area: StorageAreaLike): Promise<ImportedDatasets> {
  const raw = await readRaw(area);
  const datasets = raw.filter(isImported);
  return { datasets, unreadable: raw.length - datasets.length };
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
 * Adds validated datasets; one with the id of an installed dataset replaces it (a new version).
 * Returns which ids were added and which replaced.
 */
export async function storeImportedDatasets(
  area: StorageAreaLike,
  entries: ImportedDataset[],
): Promise<{ added: string[]; replaced: string[] }> {
  const raw = await readRaw(area);
  const added: string[] = [];
  const replaced: string[] = [];
  const next = [...raw];
  for (const entry of entries) {
    const index = next.findIndex((old) => isImported(old) && old.id === entry.id);
    if (index >= 0) {
      next[index] = entry;
      replaced.push(entry.id);
    } else {
      next.push(entry);
      added.push(entry.id);
    }
  }
  await area.set({ [IMPORTED_DATASETS_KEY]: next });
  return { added, replaced };
}

export async function removeImportedDataset(area: StorageAreaLike, id: string): Promise<boolean> {
  const raw = await readRaw(area);
  const next = raw.filter((entry) => !(isImported(entry) && entry.id === id));
  if (next.length === raw.length) return false;
  await area.set({ [IMPORTED_DATASETS_KEY]: next });
  return true;
}

/** Drops the entries that cannot be read (only on the reader's request). */
export async function removeUnreadableDatasets(area: StorageAreaLike): Promise<number> {
  const raw = await readRaw(area);
  const next = raw.filter(isImported);
  if (next.length !== raw.length) await area.set({ [IMPORTED_DATASETS_KEY]: next });
  return raw.length - next.length;
}
