/**
 * Node side of the claims datasets: read and validate dataset files (CLI, Vite build).
 * Errors read `FILE: JSON.PATH: reason`, with FILE relative to the working directory.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { claimIdClashes, type DatasetInUse, withDataset } from '../core/claims/claim-ids';
import { type Dataset, formatPath, validateDataset } from '../core/claims/schema';
import { sourcingWarnings } from '../core/claims/sourcing';

export const DEFAULT_DATASET_DIR = 'data/claims';

/** Where JSON.parse failed, as "line L, column C", from the error message's position. */
function jsonErrorWhere(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${message.replace(/\s*in JSON at position \d+.*$/, '')}`;
}

async function expand(path: string, errors: string[], shown: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    errors.push(`${shown}: no such file or directory`);
    return [];
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path))
    .filter((n) => n.endsWith('.json') && n !== 'schema.json' && !n.endsWith('.schema.json'))
    .sort();
  return names.map((n) => join(path, n));
}

/**
 * Reads and validates dataset files. `paths` are files or directories (a directory means its *.json
 * files except schema.json and *.schema.json); none means data/claims. Also refuses a claim id or
 * dataset id used twice across the files. `warnings` are the sourcing rule's (data/claims/README.md
 * "Sourcing"), read `FILE: JSON.PATH: warning: reason`; they never stop a dataset from loading.
 */
export async function readDatasets(
  paths: string[],
  options: { cwd?: string } = {},
): Promise<{ datasets: Dataset[]; errors: string[]; warnings: string[]; files: string[] }> {
  const cwd = options.cwd ?? process.cwd();
  const errors: string[] = [];
  const warnings: string[] = [];
  const shown = (p: string) => relative(cwd, p) || p;
  const inputs = paths.length > 0 ? paths : [DEFAULT_DATASET_DIR];
  const files: string[] = [];
  for (const p of inputs) files.push(...(await expand(resolve(cwd, p), errors, p)));
  if (files.length === 0 && errors.length === 0)
    errors.push(`${inputs.join(', ')}: no dataset files (*.json)`);

  const datasets: Dataset[] = [];
  const datasetIds = new Map<string, string>();
  // the same rule as the options page's import (core/claims/claim-ids.ts)
  let inUse: DatasetInUse[] = [];
  for (const file of files) {
    const name = shown(file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      errors.push(`${name}: cannot read: ${(error as Error).message}`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      errors.push(`${name}: not valid JSON: ${jsonErrorWhere(text, (error as Error).message)}`);
      continue;
    }
    const result = validateDataset(raw, name);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const ds = result.dataset;
    const otherDs = datasetIds.get(ds.id);
    if (otherDs) {
      errors.push(`${name}: id: dataset id "${ds.id}" is also used by ${otherDs}`);
      continue;
    }
    datasetIds.set(ds.id, name);
    const clashes = claimIdClashes(ds, name, inUse);
    if (clashes.length > 0) {
      errors.push(...clashes);
      continue;
    }
    inUse = withDataset(inUse, ds, name);
    datasets.push(ds);
    for (const w of sourcingWarnings(ds))
      warnings.push(`${name}: ${formatPath(raw, w.path)}: warning: ${w.message}`);
  }
  return { datasets, errors, warnings, files: files.map(shown) };
}
