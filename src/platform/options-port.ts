/**
 * The options page's door to storage: settings in sync, imported datasets in local.
 * Import and restore check everything before they write anything (the schema, claim ids across the
 * datasets in use, sizes against the storage quotas), and a restore whose write fails undoes the
 * writes it made, so "nothing changed" is true when it says so.
 */
import { claimIdClashes, type DatasetInUse, withDataset } from '../core/claims/claim-ids';
import type { DatasetOrigin, DatasetSummary, ImportedDataset } from '../contracts/datasets';
import type { ImportOutcome, OptionsPort, RestoreOutcome } from '../contracts/options-port';
import { type DiffableDataset, diffDatasets } from '../core/claims/dataset-diff';
import { MY_CLAIMS_ID, MY_CLAIMS_NAME } from '../core/claims/recording';
import type { Dataset } from '../core/claims/schema';
import { browser } from './browser';
import { type DatasetValidator, makeBackup, parseJsonFile, readBackup } from './backup';
import { downloadText } from './download';
import {
  describeDataset,
  IMPORTED_DATASETS_KEY,
  loadImportedDatasets,
  readStoredEntries,
  removeBrokenDataset,
  removeImportedDataset,
  removeUnreadableDatasets,
  storeImportedDatasets,
  withImported,
} from './datasets-store';
import { datasetOrigin } from './dataset-origin';
import { loadSettingsFrom, saveSettingsTo, settingsItems, siteKey } from './settings';
import type { ScriptTable } from '../core/claims/script-variants';
import type { StorageAreaLike } from './storage-area';
import { backgroundSubscriptions } from './subscription-client';
import type { CheckSummary } from '../contracts/datasets';
import { checkSubscriptionUrl, type FetchOutcome, subscriptionsOf } from './subscriptions';

const MB = 1024 * 1024;
/** A dataset file larger than this (in bytes, as UTF-8) is refused before parsing. */
export const MAX_DATASET_BYTES = 4 * MB;
/** storage.local's quota in Chrome without unlimitedStorage (QUOTA_BYTES): all datasets together */
export const LOCAL_QUOTA_BYTES = 10 * MB;
/** A backup larger than this is refused before parsing: it could not be stored anyway. */
export const MAX_BACKUP_BYTES = LOCAL_QUOTA_BYTES;

export interface OptionsPortDeps {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  validate: DatasetValidator;
  /** the bundled datasets' ids and claim ids: an imported claim may not take one of them */
  bundled?: readonly DatasetInUse[];
  /** the bundled datasets themselves: the claim form offers their subjects and claims */
  bundledDatasets?: readonly Dataset[];
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
  /** the host permissions for subscriptions (the browser asks the reader) */
  permissions?: {
    request(origins: string[]): Promise<boolean>;
    remove(origins: string[]): Promise<boolean>;
  };
  /** asks the background (which does the fetching): a check, or a first fetch */
  background?: {
    check(force: boolean): Promise<CheckSummary>;
    fetchNew(url: string): Promise<FetchOutcome>;
  };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const utf8 = new TextEncoder();
/** The size of a text as stored or read from a file: UTF-8 bytes (a Chinese character is 3). */
export const utf8Bytes = (text: string) => utf8.encode(text).length;

const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** An area's items as they were, to put back if a later write fails. */
async function snapshot(area: StorageAreaLike, keys: string[] | null): Promise<Record<string, unknown>> {
  return area.get(keys);
}

/** Puts an area back as the snapshot had it: its values written again, keys it lacked removed. */
async function putBack(area: StorageAreaLike, before: Record<string, unknown>, keys: string[] | null) {
  const now = await area.get(keys);
  const added = Object.keys(now).filter((key) => !(key in before));
  if (Object.keys(before).length > 0) await area.set(before);
  if (added.length > 0) await area.remove(added);
}

/** The clock of a port: deps.now, else the real one. */
const clockOf = (deps: OptionsPortDeps) => deps.now ?? (() => new Date());

/** What the options page lists of a stored dataset (a subscription's waiting version with its diff). */
const summary = ({ data, scripts: _scripts, origin: _origin, ...meta }: ImportedDataset): DatasetSummary => {
  const origin = datasetOrigin({ origin: _origin });
  if (origin.kind === 'recorded') return { ...meta, origin };
  if (origin.kind !== 'subscription') return meta;
  const { url, checkedAt, error, pending } = origin;
  const subscription: NonNullable<DatasetSummary['subscription']> = { url };
  if (checkedAt !== undefined) subscription.checkedAt = checkedAt;
  if (error !== undefined) subscription.error = error;
  if (pending)
    subscription.pending = {
      version: pending.version,
      fetchedAt: pending.fetchedAt,
      diff: diffDatasets(data as unknown as DiffableDataset, pending.data as unknown as DiffableDataset),
    };
  return { ...meta, subscription };
};

/** the datasets in use: the bundled ones and the reader's usable imported ones */
const inUse = async (deps: OptionsPortDeps): Promise<DatasetInUse[]> => {
  const { datasets } = await loadImportedDatasets(deps.local);
  return datasets.reduce(
    (list, d) =>
      withDataset(
        list,
        d.data as unknown as { id: string; claims: { id: string }[] },
        `the imported dataset “${d.name}” (${d.fileName})`,
      ),
    [...(deps.bundled ?? [])],
  );
};

/** what the stored list would take in storage.local, or an error when more than it holds */
const localSizeError = (next: unknown[], fileName: string): string | undefined => {
  const bytes = utf8Bytes(IMPORTED_DATASETS_KEY + JSON.stringify(next));
  return bytes > LOCAL_QUOTA_BYTES
    ? `${fileName}: the imported datasets would take ${megabytes(bytes)}, more than the ${megabytes(LOCAL_QUOTA_BYTES)} the browser keeps for them`
    : undefined;
};

/** the entries with their script conversions (a backup holds none: they are made again) */
const withScripts = async (deps: OptionsPortDeps, entries: ImportedDataset[]): Promise<ImportedDataset[]> => {
  const scripts = deps.scripts;
  if (!scripts) return entries;
  return Promise.all(entries.map(async (entry) => ({ ...entry, scripts: await scripts(entry.data) })));
};

/**
 * The import's checks, in order (size, JSON, the schema), then `store`'s (claim ids across the
 * datasets in use, what storage holds) and one write; nothing changes on any error. A
 * subscription's versions come in this way too, with their origin.
 */
const install = async (
  deps: OptionsPortDeps,
  fileName: string,
  text: string,
  origin?: DatasetOrigin,
): Promise<ImportOutcome> => {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_DATASET_BYTES) {
    return {
      ok: false,
      problem: 'file',
      errors: [`${fileName}: the file is ${megabytes(bytes)}, larger than ${megabytes(MAX_DATASET_BYTES)}`],
    };
  }
  const json = parseJsonFile(text, fileName);
  if (!json.ok) return { ok: false, problem: 'file', errors: [json.error] };
  const result = deps.validate(json.value, fileName);
  if (!result.ok) return { ok: false, problem: 'fields', errors: result.errors };
  const entry = describeDataset(result.dataset, fileName, clockOf(deps)());
  if (origin) entry.origin = origin;
  return store(deps, entry);
};

/** Stores a validated entry after checking its claim ids and the quota; nothing changes on an error. */
const store = async (deps: OptionsPortDeps, entry: ImportedDataset): Promise<ImportOutcome> => {
  const { fileName } = entry;
  const clashes = claimIdClashes(
    entry.data as unknown as { id: string; claims: { id: string }[] },
    fileName,
    await inUse(deps),
  );
  if (clashes.length > 0) return { ok: false, problem: 'fields', errors: clashes };
  try {
    const tooBig = localSizeError(withImported(await readStoredEntries(deps.local), [entry]).next, fileName);
    if (tooBig) return { ok: false, problem: 'file', errors: [tooBig] };
    const { replaced } = await storeImportedDatasets(deps.local, await withScripts(deps, [entry]));
    return { ok: true, replaced: replaced.length > 0, dataset: summary(entry) };
  } catch (error) {
    return {
      ok: false,
      problem: 'file',
      errors: [`${fileName}: could not be stored (${describeError(error)})`],
    };
  }
};

/** the subscribed dataset with this id, as stored */
const subscribed = async (deps: OptionsPortDeps, id: string) => {
  const { datasets } = await loadImportedDatasets(deps.local);
  return subscriptionsOf(datasets).find((d) => d.id === id);
};

/** the stored entry with this id given another origin (one write; nothing when it is gone) */
const setOrigin = async (deps: OptionsPortDeps, id: string, origin: DatasetOrigin) => {
  const raw = await readStoredEntries(deps.local);
  const next = raw.map((e) => ((e as { id?: unknown } | null)?.id === id ? { ...(e as object), origin } : e));
  await deps.local.set({ [IMPORTED_DATASETS_KEY]: next });
};

/** the host permissions no subscription left uses any more, given back */
const releasePermissions = async (deps: OptionsPortDeps, candidates: string[]) => {
  if (!deps.permissions || candidates.length === 0) return;
  const { datasets } = await loadImportedDatasets(deps.local);
  const used = new Set(
    subscriptionsOf(datasets).map((d) => {
      const checked = checkSubscriptionUrl(d.origin.url);
      return checked.ok ? checked.permission : '';
    }),
  );
  const unused = [...new Set(candidates)].filter((p) => !used.has(p));
  if (unused.length > 0) await deps.permissions.remove(unused).catch(() => false);
};

/** Subscribes to a dataset at an address: the background's first fetch, then the import's checks. */
async function subscribeTo(deps: OptionsPortDeps, input: string): Promise<ImportOutcome> {
  const checked = checkSubscriptionUrl(input);
  if (!checked.ok) return { ok: false, problem: 'file', errors: [`${input}: ${checked.reason}`] };
  const url = checked.url;
  let outcome: FetchOutcome;
  try {
    outcome = deps.background
      ? await deps.background.fetchNew(url)
      : { kind: 'failed', error: 'no background to fetch with' };
  } catch (error) {
    outcome = { kind: 'failed', error: describeError(error) };
  }
  const installed: ImportOutcome =
    outcome.kind === 'fetched'
      ? await install(deps, url, outcome.text, {
          kind: 'subscription',
          url,
          ...(outcome.etag ? { etag: outcome.etag } : {}),
          ...(outcome.lastModified ? { lastModified: outcome.lastModified } : {}),
          checkedAt: clockOf(deps)().getTime(),
        })
      : {
          ok: false,
          problem: 'file',
          errors: [
            outcome.kind === 'failed'
              ? `${url}: ${outcome.error}`
              : `${url}: the server answered 304 Not Modified`,
          ],
        };
  // a subscription that did not come about needs no permission
  if (!installed.ok) await releasePermissions(deps, [checked.permission]);
  return installed;
}

/** A restore, all or nothing: check everything first, then write, and put everything back on a failure. */
async function restoreBackup(deps: OptionsPortDeps, fileName: string, text: string): Promise<RestoreOutcome> {
  const now = clockOf(deps);
  // 1. check everything: size, format, every dataset, claim ids, what storage will hold
  const bytes = utf8Bytes(text);
  if (bytes > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      problem: 'file',
      errors: [`${fileName}: the file is ${megabytes(bytes)}, larger than ${megabytes(MAX_BACKUP_BYTES)}`],
    };
  }
  const parsed = readBackup(text, fileName, deps.validate, now());
  if (!parsed.ok) return { ok: false, problem: 'fields', errors: parsed.errors };
  let settingsPatch: typeof parsed.settings;
  let nextDatasets: unknown[];
  let storedDatasets: unknown[];
  try {
    let used = await inUse(deps);
    const clashes: string[] = [];
    for (const [i, d] of parsed.datasets.entries()) {
      const label = `${fileName}: datasets[${i}].data`;
      const data = d.data as unknown as { id: string; claims: { id: string }[] };
      clashes.push(...claimIdClashes(data, label, used));
      used = withDataset(used, data, `${label} (${d.fileName})`);
    }
    if (clashes.length > 0) return { ok: false, problem: 'fields', errors: clashes };
    storedDatasets = await readStoredEntries(deps.local);
    nextDatasets = withImported(storedDatasets, await withScripts(deps, parsed.datasets)).next;
    const tooBig = localSizeError(nextDatasets, fileName);
    if (tooBig) return { ok: false, problem: 'file', errors: [tooBig] };
    // the file's site rules are added to the reader's (the file's wins for the same site)
    settingsPatch = { ...parsed.settings };
    if (parsed.settings.sites) {
      const current = await loadSettingsFrom(deps.sync);
      settingsPatch.sites = Object.assign(Object.create(null), current.sites, parsed.settings.sites);
    }
    settingsItems(settingsPatch);
  } catch (error) {
    return { ok: false, problem: 'file', errors: [`${fileName}: ${describeError(error)}`] };
  }

  // 2. write, remembering what was there; 3. on any failure, put it back
  const localBefore = await snapshot(deps.local, [IMPORTED_DATASETS_KEY]);
  const syncBefore = await snapshot(deps.sync, null);
  try {
    if (parsed.datasets.length > 0) await deps.local.set({ [IMPORTED_DATASETS_KEY]: nextDatasets });
    if (Object.keys(settingsPatch).length > 0) await saveSettingsTo(deps.sync, settingsPatch);
  } catch (error) {
    const failed = `${fileName}: could not be stored (${describeError(error)})`;
    try {
      await putBack(deps.local, localBefore, [IMPORTED_DATASETS_KEY]);
      await putBack(deps.sync, syncBefore, null);
    } catch (undoError) {
      return {
        ok: false,
        problem: 'partial',
        errors: [failed, `${fileName}: undoing the restore failed too (${describeError(undoError)})`],
      };
    }
    return { ok: false, problem: 'file', errors: [failed] };
  }
  return {
    ok: true,
    datasets: parsed.datasets.length,
    siteRules: Object.keys(parsed.settings.sites ?? {}).length,
    ignoredSettings: parsed.ignoredSettings,
    skippedSites: parsed.skippedSites,
  };
}

export function createOptionsPort(deps: OptionsPortDeps): OptionsPort {
  const now = clockOf(deps);
  return {
    siteKey,
    loadSettings: () => loadSettingsFrom(deps.sync),
    saveSettings: (patch) => saveSettingsTo(deps.sync, patch),
    async listDatasets() {
      const { datasets, broken } = await loadImportedDatasets(deps.local);
      return { datasets: datasets.map(summary), broken };
    },
    async datasetsInUse() {
      const { datasets } = await loadImportedDatasets(deps.local);
      const imported = datasets.map((d) => d.data as unknown as Dataset);
      // an imported dataset with a bundled one's id replaces it (combine.ts)
      const replaced = new Set(imported.map((d) => d.id));
      return [...(deps.bundledDatasets ?? []).filter((d) => !replaced.has(d.id)), ...imported];
    },
    async saveMyClaims(next) {
      const result = deps.validate(next, MY_CLAIMS_NAME);
      if (!result.ok) return { ok: false, problem: 'fields', errors: result.errors };
      if (result.dataset.id !== MY_CLAIMS_ID)
        return { ok: false, problem: 'fields', errors: [`${MY_CLAIMS_NAME}: id: must be "${MY_CLAIMS_ID}"`] };
      return store(deps, {
        ...describeDataset(result.dataset, MY_CLAIMS_NAME, now()),
        origin: { kind: 'recorded' },
      });
    },
    async exportDataset(id) {
      const { datasets } = await loadImportedDatasets(deps.local);
      const entry = datasets.find((d) => d.id === id);
      if (!entry) return undefined;
      return {
        filename: `${entry.id}-${entry.version}.json`,
        text: `${JSON.stringify(entry.data, null, 2)}\n`,
      };
    },
    importDataset: (fileName, text) => install(deps, fileName, text),
    async removeDataset(id) {
      const followed = await subscribed(deps, id);
      await removeImportedDataset(deps.local, id);
      // unsubscribing gives the site's permission back, unless another subscription uses that site
      const checked = followed ? checkSubscriptionUrl(followed.origin.url) : undefined;
      if (checked?.ok) await releasePermissions(deps, [checked.permission]);
    },
    requestSubscriptionPermission(url) {
      const checked = checkSubscriptionUrl(url);
      if (!checked.ok || !deps.permissions) return Promise.resolve(false);
      // called straight from the click: the browser asks only during the reader's gesture
      return deps.permissions.request([checked.permission]).catch(() => false);
    },
    subscribe: (input) => subscribeTo(deps, input),
    async checkSubscriptions(force) {
      if (!deps.background) return { checked: 0, updates: 0, errors: 0 };
      return deps.background.check(force);
    },
    async acceptUpdate(id) {
      const entry = await subscribed(deps, id);
      const pending = entry?.origin.pending;
      if (!entry || !pending)
        return { ok: false, problem: 'file', errors: [`${id}: no new version to accept`] };
      const { pending: _pending, ...origin } = entry.origin;
      // checked again: another dataset may have taken one of its claim ids since it was fetched
      return install(deps, entry.origin.url, JSON.stringify(pending.data), origin);
    },
    async dismissUpdate(id) {
      const entry = await subscribed(deps, id);
      if (!entry?.origin.pending) return;
      // without the pending version's validators, the next check fetches it again and asks again
      const { pending: _pending, etag: _etag, lastModified: _lastModified, ...origin } = entry.origin;
      await setOrigin(deps, id, origin);
    },
    async removeBrokenDataset(index) {
      await removeBrokenDataset(deps.local, index);
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
    importAll: (fileName, text) => restoreBackup(deps, fileName, text),
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
export function createBrowserOptionsPort(
  validate: DatasetValidator,
  bundled: readonly DatasetInUse[],
  bundledDatasets: readonly Dataset[] = [],
): OptionsPort {
  return createOptionsPort({
    sync: browser.storage.sync,
    local: browser.storage.local,
    validate,
    bundled,
    bundledDatasets,
    onStorageChanged: browser.storage.onChanged,
    // OpenCC's data (about a megabyte) is loaded only when the reader imports a dataset, and only here
    scripts: async (dataset) => (await import('./opencc-converter')).scriptTableFor(dataset),
    permissions: {
      request: (origins) => browser.permissions.request({ origins }),
      remove: (origins) => browser.permissions.remove({ origins }),
    },
    background: backgroundSubscriptions(),
  });
}
