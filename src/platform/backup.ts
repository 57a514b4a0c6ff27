/**
 * One file with all the reader's settings and imported datasets, and reading it back. Reading
 * checks everything first; a file with any invalid dataset is refused whole, so a restore never
 * leaves half of it installed (options-port.ts writes it, and undoes the writes if one fails).
 */
import type { ImportedDataset } from '../contracts/datasets';
import type { Settings } from '../contracts/settings';
import { describeDataset } from './datasets-store';
import { validSettingsFields } from './settings';

export const BACKUP_FORMAT = 'claimlens-backup';
export const BACKUP_VERSION = 1;

export type DatasetValidator = (
  raw: unknown,
  file: string,
) =>
  | { ok: true; dataset: { id: string; name: string; version: string; claims: { id: string }[] } }
  | { ok: false; errors: string[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  datasets: { fileName: string; importedAt: string; data: Record<string, unknown> }[];
}

export function makeBackup(settings: Settings, datasets: ImportedDataset[], now = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings,
    datasets: datasets.map((d) => ({ fileName: d.fileName, importedAt: d.importedAt, data: d.data })),
  };
}

export type BackupReadResult =
  | {
      ok: true;
      settings: Partial<Settings>;
      /** settings in the file that are invalid (the reader's own are kept) */
      ignoredSettings: string[];
      /** site rules in the file that are invalid (skipped; the valid ones are added) */
      skippedSites: string[];
      datasets: ImportedDataset[];
    }
  | { ok: false; errors: string[] };

export function parseJsonFile(
  text: string,
  fileName: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, error: `${fileName}: not valid JSON (${(error as Error).message})` };
  }
}

export function readBackup(
  text: string,
  fileName: string,
  validate: DatasetValidator,
  now = new Date(),
): BackupReadResult {
  const json = parseJsonFile(text, fileName);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const raw = json.value as Partial<Backup> | null;
  if (!raw || typeof raw !== 'object' || raw.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      errors: [`${fileName}: format: not a ClaimLens settings file (expected "${BACKUP_FORMAT}")`],
    };
  }
  if (typeof raw.version !== 'number' || raw.version > BACKUP_VERSION) {
    return {
      ok: false,
      errors: [`${fileName}: version: ${String(raw.version)} is newer than this ClaimLens understands`],
    };
  }
  if (raw.datasets !== undefined && !Array.isArray(raw.datasets)) {
    return { ok: false, errors: [`${fileName}: datasets: must be a list`] };
  }
  const errors: string[] = [];
  const datasets: ImportedDataset[] = [];
  (raw.datasets ?? []).forEach((entry, index) => {
    const label = `${fileName}: datasets[${index}]`;
    if (!entry || typeof entry !== 'object') {
      errors.push(`${label}: must be an object`);
      return;
    }
    const name =
      typeof entry.fileName === 'string' && entry.fileName ? entry.fileName : `dataset ${index + 1}`;
    const result = validate(entry.data, `${label}.data`);
    if (!result.ok) {
      errors.push(...result.errors);
      return;
    }
    const described = describeDataset(result.dataset, name, now);
    if (typeof entry.importedAt === 'string') described.importedAt = entry.importedAt;
    datasets.push(described);
  });
  if (errors.length > 0) return { ok: false, errors };
  const { patch, invalid, skippedSites } = validSettingsFields(raw.settings ?? {});
  return { ok: true, settings: patch, ignoredSettings: invalid, skippedSites, datasets };
}
