/** What the options page needs from the outside world; the extension wires storage, tests a fake. */
import type { Dataset } from '../core/claims/schema';
import type { BrokenDataset, CheckSummary, DatasetSummary } from './datasets';
import type { Settings } from './settings';

/**
 * Why a file was refused: `fields` (each error names the field and the reason: "file.json:
 * claims[0] (x).sources[0].url: must be …"), `file` (not JSON, too large, could not be stored:
 * nothing changed), `partial` (a restore failed and could not be undone in full).
 */
export type Refusal = { ok: false; problem: 'fields' | 'file' | 'partial'; errors: string[] };

export type ImportOutcome = { ok: true; replaced: boolean; dataset: DatasetSummary } | Refusal;

export type RestoreOutcome =
  | {
      ok: true;
      datasets: number;
      /** the file's valid site rules, added to the reader's */
      siteRules: number;
      /** settings invalid in the file: the reader's value was kept */
      ignoredSettings: string[];
      /** site rules invalid in the file (their hosts as written): skipped */
      skippedSites: string[];
    }
  | Refusal;

export interface DatasetList {
  datasets: DatasetSummary[];
  /** stored entries that cannot be used: not marked with, shown with their problem, removable */
  broken: BrokenDataset[];
}

export interface OptionsPort {
  /** the storage key of a site typed by the reader ("https://www.ft.com/x" -> "www.ft.com"); undefined when invalid */
  siteKey(input: string): string | undefined;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  listDatasets(): Promise<DatasetList>;
  /** validates, then stores; on any error nothing installed changes */
  importDataset(fileName: string, text: string): Promise<ImportOutcome>;
  /** removes it; a subscription's site permission is given back unless another subscription uses it */
  removeDataset(id: string): Promise<void>;
  /**
   * Asks the reader for the host permission an address needs (true when granted). Call it first thing
   * in a click handler: the browser asks only during the reader's gesture.
   */
  requestSubscriptionPermission(url: string): Promise<boolean>;
  /** the background fetches it; then the import's checks and one write (nothing changes on an error) */
  subscribe(url: string): Promise<ImportOutcome>;
  /** checks the subscriptions (due ones; all with force) */
  checkSubscriptions(force: boolean): Promise<CheckSummary>;
  /** puts a subscription's pending version in use, after the import's checks again */
  acceptUpdate(id: string): Promise<ImportOutcome>;
  /** keeps the version in use; the next check offers the new one again */
  dismissUpdate(id: string): Promise<void>;
  /** removes one broken stored entry (by BrokenDataset.index) */
  removeBrokenDataset(index: number): Promise<void>;
  removeUnreadableDatasets(): Promise<void>;
  exportAll(): Promise<{ filename: string; text: string }>;
  importAll(fileName: string, text: string): Promise<RestoreOutcome>;
  download(filename: string, text: string, mimeType: string): void;
  /** the datasets in use (bundled and usable imported ones, "My claims" among them), for the claim form */
  datasetsInUse(): Promise<Dataset[]>;
  /**
   * Stores the next "My claims" (recording.ts made it): checked with the dataset schema, the claim ids
   * of the datasets in use and the storage quota first; on any error nothing changes.
   */
  saveMyClaims(next: unknown): Promise<ImportOutcome>;
  /** a stored dataset as a dataset file (what `claimlens dataset` reads); undefined when not stored */
  exportDataset(id: string): Promise<{ filename: string; text: string } | undefined>;
  /** settings or datasets changed elsewhere (the popup's site switch, another options tab) */
  onExternalChange(callback: () => void): () => void;
}
