/**
 * For the content script: the datasets the reader imported (validated by the options page before
 * they were stored) and a signal when they change, so open tabs use a new dataset at once.
 * No zod here: the content script stays free of the dataset schema.
 */
import type { Imported } from '../contracts/datasets';
import type { Dataset } from '../core/claims/schema';
import { mergeTables } from '../core/claims/script-variants';
import { browser } from './browser';
import { IMPORTED_DATASETS_KEY, loadImportedDatasets } from './datasets-store';

export type { Imported };

/**
 * The usable imported datasets; none when there are none or when storage fails. A broken stored
 * entry is skipped here (datasets-store.ts checks each), so the engine never compiles it: the popup
 * and the options page name it.
 */
export async function importedDatasets(): Promise<Imported> {
  try {
    const { datasets, broken } = await loadImportedDatasets(browser.storage.local);
    if (broken.length > 0) console.warn('[ClaimLens] skipped broken imported datasets', broken);
    return {
      datasets: datasets.map((entry) => ({ ...(entry.data as unknown as Dataset), imported: true })),
      scripts: mergeTables(datasets.map((entry) => entry.scripts)),
    };
  } catch (error) {
    console.warn('[ClaimLens] could not read imported datasets', error);
    return { datasets: [], scripts: mergeTables([]) };
  }
}

/** Calls back when the reader imports or removes a dataset; returns an unsubscribe. */
export function onImportedDatasetsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && IMPORTED_DATASETS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
