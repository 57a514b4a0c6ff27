/** What the options page needs from the outside world; the extension wires storage, tests a fake. */
import type { Settings } from '../../platform/settings';

export interface DatasetSummary {
  id: string;
  name: string;
  version: string;
  claimCount: number;
  importedAt: string;
  fileName: string;
}

export type ImportOutcome =
  | { ok: true; replaced: boolean; dataset: DatasetSummary }
  /** each error names the field and the reason: "file.json: claims[0] (x).sources[0].url: must be …" */
  | { ok: false; errors: string[] };

export type RestoreOutcome =
  | { ok: true; datasets: number; ignoredSettings: string[] }
  | { ok: false; errors: string[] };

export interface OptionsPort {
  /** the storage key of a site typed by the reader ("https://www.ft.com/x" -> "www.ft.com"); undefined when invalid */
  siteKey(input: string): string | undefined;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  listDatasets(): Promise<{ datasets: DatasetSummary[]; unreadable: number }>;
  /** validates, then stores; on any error nothing installed changes */
  importDataset(fileName: string, text: string): Promise<ImportOutcome>;
  removeDataset(id: string): Promise<void>;
  removeUnreadableDatasets(): Promise<void>;
  exportAll(): Promise<{ filename: string; text: string }>;
  importAll(fileName: string, text: string): Promise<RestoreOutcome>;
  download(filename: string, text: string, mimeType: string): void;
  /** settings or datasets changed elsewhere (the popup's site switch, another options tab) */
  onExternalChange(callback: () => void): () => void;
}
