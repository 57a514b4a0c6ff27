/** The options page's door to storage: settings in sync, imported datasets in local. */
import type { DatasetSummary, OptionsPort } from '../ui/options/port';
import { browser } from './browser';
import { type DatasetValidator, makeBackup, parseJsonFile, readBackup } from './backup';
import {
  describeDataset,
  type ImportedDataset,
  IMPORTED_DATASETS_KEY,
  loadImportedDatasets,
  removeImportedDataset,
  removeUnreadableDatasets,
  storeImportedDatasets,
} from './datasets-store';
import { loadSettingsFrom, saveSettingsTo, siteKey } from './settings';
import type { ScriptTable } from '../core/claims/script-variants';
import type { StorageAreaLike } from './storage-area';

/** A dataset file larger than this is refused before parsing (storage.local holds 10 MB in all). */
export const MAX_DATASET_BYTES = 4 * 1024 * 1024;

export interface OptionsPortDeps {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  validate: DatasetValidator;
  onStorageChanged?: {
    addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
  };
  download?: (filename: string, text: string, mimeType: string) => void;
  now?: () => Date;
  /**
   * A validated dataset's Chinese in the other script, recorded for the page engine (which has no
   * converter); without it, imported datasets match as written.
   */
  scripts?: (dataset: Record<string, unknown>) => Promise<ScriptTable>;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function downloadText(filename: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function createOptionsPort(deps: OptionsPortDeps): OptionsPort {
  const now = deps.now ?? (() => new Date());
  const summary = ({ data: _data, scripts: _scripts, ...meta }: ImportedDataset): DatasetSummary => meta;
  /** the entries with their script conversions (a backup holds none: they are made again) */
  const withScripts = async (entries: ImportedDataset[]): Promise<ImportedDataset[]> => {
    const scripts = deps.scripts;
    if (!scripts) return entries;
    return Promise.all(entries.map(async (entry) => ({ ...entry, scripts: await scripts(entry.data) })));
  };
  return {
    siteKey,
    loadSettings: () => loadSettingsFrom(deps.sync),
    saveSettings: (patch) => saveSettingsTo(deps.sync, patch),
    async listDatasets() {
      const { datasets, unreadable } = await loadImportedDatasets(deps.local);
      return { datasets: datasets.map(summary), unreadable };
    },
    async importDataset(fileName, text) {
      if (text.length > MAX_DATASET_BYTES) {
        return {
          ok: false,
          errors: [`${fileName}: the file is larger than ${MAX_DATASET_BYTES / 1024 / 1024} MB`],
        };
      }
      const json = parseJsonFile(text, fileName);
      if (!json.ok) return { ok: false, errors: [json.error] };
      const result = deps.validate(json.value, fileName);
      if (!result.ok) return { ok: false, errors: result.errors };
      const entry = describeDataset(result.dataset, fileName, now());
      try {
        const { replaced } = await storeImportedDatasets(deps.local, await withScripts([entry]));
        return { ok: true, replaced: replaced.length > 0, dataset: summary(entry) };
      } catch (error) {
        return { ok: false, errors: [`${fileName}: could not be stored (${describeError(error)})`] };
      }
    },
    async removeDataset(id) {
      await removeImportedDataset(deps.local, id);
    },
    async removeUnreadableDatasets() {
      await removeUnreadableDatasets(deps.local);
    },
    async exportAll() {
      const settings = await loadSettingsFrom(deps.sync);
      const { datasets } = await loadImportedDatasets(deps.local);
      const date = now().toISOString().slice(0, 10);
      return {
        filename: `claimlens-settings-${date}.json`,
        text: `${JSON.stringify(makeBackup(settings, datasets, now()), null, 2)}\n`,
      };
    },
    async importAll(fileName, text) {
      const parsed = readBackup(text, fileName, deps.validate, now());
      if (!parsed.ok) return parsed;
      try {
        // datasets first: if storing them fails, the settings stay as they were too
        if (parsed.datasets.length > 0)
          await storeImportedDatasets(deps.local, await withScripts(parsed.datasets));
        if (Object.keys(parsed.settings).length > 0) await saveSettingsTo(deps.sync, parsed.settings);
      } catch (error) {
        return { ok: false, errors: [`${fileName}: could not be stored (${describeError(error)})`] };
      }
      return { ok: true, datasets: parsed.datasets.length, ignoredSettings: parsed.ignoredSettings };
    },
    download: deps.download ?? downloadText,
    onExternalChange(callback) {
      const events = deps.onStorageChanged;
      if (!events) return () => undefined;
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'sync' || (area === 'local' && IMPORTED_DATASETS_KEY in changes)) callback();
      };
      events.addListener(listener);
      return () => events.removeListener(listener);
    },
  };
}

/** The options page's port over the browser's own storage areas. */
export function createBrowserOptionsPort(validate: DatasetValidator): OptionsPort {
  return createOptionsPort({
    sync: browser.storage.sync,
    local: browser.storage.local,
    validate,
    onStorageChanged: browser.storage.onChanged,
    // OpenCC's data (about a megabyte) is loaded only when the reader imports a dataset, and only here
    scripts: async (dataset) => (await import('./opencc-converter')).scriptTableFor(dataset),
  });
}
