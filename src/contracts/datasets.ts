/**
 * Imported claims datasets as the options page lists them and storage keeps them
 * (platform/datasets-store.ts): the stored entry is the listed summary plus the dataset itself.
 */
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
