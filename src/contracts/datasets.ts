/**
 * Imported claims datasets as the options page lists them and storage keeps them
 * (platform/datasets-store.ts): the stored entry is the listed summary plus the dataset itself.
 */
import type { DatasetDiff } from '../core/claims/dataset-diff';
import type { Dataset } from '../core/claims/schema';
import type { ScriptTable } from '../core/claims/script-variants';

/** What the options page shows of an imported dataset. */
export interface DatasetSummary {
  id: string;
  name: string;
  version: string;
  claimCount: number;
  /** ISO timestamp */
  importedAt: string;
  fileName: string;
  /** where it came from; absent: imported from a file */
  origin?: DatasetOrigin;
  /** present when the dataset is followed at a URL */
  subscription?: {
    url: string;
    /** the last check, successful or not (ms since 1970) */
    checkedAt?: number;
    /** why the last check kept the version in use */
    error?: string;
    /** a fetched new version waiting for the reader's OK, with what it changes */
    pending?: { version: string; fetchedAt: number; diff: DatasetDiff };
  };
}

/** A stored imported dataset: its summary, the dataset, and its Chinese in the other script. */
export interface ImportedDataset extends DatasetSummary {
  /** the validated dataset (schema output), as the content script compiles it */
  data: Record<string, unknown>;
  /**
   * Its Chinese in the other script, converted by the options page when it was imported (the page
   * engine has no converter): absent for entries stored before, which then match as written.
   */
  scripts?: ScriptTable;
}

/**
 * A subscribed dataset's fetched new version that the reader has not accepted yet: it replaces the
 * one in use only when the reader has seen its version and its diff and said yes.
 */
export interface PendingVersion {
  /** the validated dataset (schema output) */
  data: Record<string, unknown>;
  version: string;
  /** when it was fetched (ms since 1970) */
  fetchedAt: number;
}

/** Where a stored dataset came from: a file, the reader's own claims, or a URL it follows. */
export type DatasetOrigin =
  | { kind: 'file' }
  | { kind: 'recorded' }
  | {
      kind: 'subscription';
      /** the https address it is fetched from (http only for a loopback test server) */
      url: string;
      /** the validators of the newest version fetched (`pending`'s when there is one), for conditional requests */
      etag?: string;
      lastModified?: string;
      /** the last check, successful or not (ms since 1970) */
      checkedAt?: number;
      /** why the last check kept the old version (unreachable, refused); absent when it went well */
      error?: string;
      pending?: PendingVersion;
    };

/** What one round of subscription checks did. */
export interface CheckSummary {
  checked: number;
  updates: number;
  errors: number;
}

/** A stored entry that cannot be used: skipped by the engine, listed with its problem, removable. */
export interface BrokenDataset {
  /** its place in the stored list (what removing it names) */
  index: number;
  /** its id and name, when it has them */
  id?: string;
  name?: string;
  /** what is wrong: "data.subjects: must be a list" */
  problem: string;
}

/** The usable imported datasets and their recorded script conversions, as `compileDatasets` takes them. */
export interface Imported {
  /** each marked `imported` (the card says so) */
  datasets: Dataset[];
  /** for `tableConverter`: their Chinese in the other script, recorded when they were imported */
  scripts: ScriptTable;
}
