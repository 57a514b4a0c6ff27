/**
 * Datasets the reader follows by URL. The background fetches each one on subscribe, when the reader
 * asks ("Check now"), and otherwise at most once a day (when the background starts and when the
 * options page or the popup opens) — never because of a page. A fetch is a conditional GET without
 * cookies, with a time limit and the import's size limit counted while the body streams in. What it
 * brings goes through the import's checks (JSON, the schema, claim ids across datasets); a changed
 * dataset waits as `pending` until the reader has seen its diff and accepted it (options-port.ts),
 * and anything that goes wrong keeps the version in use and records why.
 */
import { claimIdClashes, type DatasetInUse, withDataset } from '../core/claims/claim-ids';
import { sameJson } from '../core/claims/dataset-diff';
import { type DatasetValidator, parseJsonFile } from './backup';
import type { CheckSummary, DatasetOrigin, ImportedDataset } from '../contracts/datasets';
import { IMPORTED_DATASETS_KEY, loadImportedDatasets, readStoredEntries } from './datasets-store';
import { datasetOrigin } from './dataset-origin';
import type { StorageAreaLike } from './storage-area';
import { checkSubscriptionUrl } from '../core/claims/subscription-url';

export { checkSubscriptionUrl, type UrlCheck } from '../core/claims/subscription-url';

export type SubscriptionOrigin = Extract<DatasetOrigin, { kind: 'subscription' }>;
export type SubscribedDataset = ImportedDataset & { origin: SubscriptionOrigin };

const HOUR_MS = 60 * 60 * 1000;
/** A subscription is checked again only when its last check is older than this. */
export const CHECK_INTERVAL_MS = 24 * HOUR_MS;
/** A server that has not sent the whole file by then is unreachable for this check. */
export const FETCH_TIMEOUT_MS = 30_000;
/** Errors listed in a refused update's reason; the rest are counted. */
const SHOWN_ERRORS = 3;

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; text: string; etag?: string; lastModified?: string }
  | { kind: 'failed'; error: string };

export interface FetchDeps {
  fetch: typeof fetch;
  timeoutMs?: number;
  /** the largest body accepted, in bytes */
  maxBytes: number;
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Reads a body as UTF-8 text, giving up as soon as it passes `maxBytes` (a huge or endless file). */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? undefined : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return `no answer within ${Number((timeoutMs / 1000).toFixed(1))} s`;
  return `could not be reached (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * One conditional GET of a dataset file: no cookies or other credentials, no cache of the browser's
 * (the validators are ours), within `timeoutMs` for the whole body and at most `maxBytes` of it.
 */
export async function fetchDatasetText(
  url: string,
  validators: { etag?: string; lastModified?: string },
  deps: FetchDeps,
): Promise<FetchOutcome> {
  const timeoutMs = deps.timeoutMs ?? FETCH_TIMEOUT_MS;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  try {
    const response = await deps.fetch(url, {
      headers,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 304) return { kind: 'not-modified' };
    // a redirect may not lead off https (the loopback exception included)
    if (response.url && !checkSubscriptionUrl(response.url).ok)
      return { kind: 'failed', error: `redirected to ${response.url}, which is not https` };
    if (!response.ok)
      return {
        kind: 'failed',
        error: `the server answered ${response.status} ${response.statusText}`.trim(),
      };
    const declared = Number(response.headers.get('content-length'));
    if (declared > deps.maxBytes)
      return {
        kind: 'failed',
        error: `the file is ${megabytes(declared)}, larger than ${megabytes(deps.maxBytes)}`,
      };
    const text = await readCapped(response, deps.maxBytes);
    if (text === undefined)
      return { kind: 'failed', error: `the file is larger than ${megabytes(deps.maxBytes)}` };
    const outcome: FetchOutcome = { kind: 'fetched', text };
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) outcome.etag = etag;
    if (lastModified) outcome.lastModified = lastModified;
    return outcome;
  } catch (error) {
    return { kind: 'failed', error: describeFailure(error, timeoutMs) };
  }
}

export interface CheckContext {
  validate: DatasetValidator;
  /** the other datasets in use (bundled and imported): a claim id of theirs may not come in */
  inUse: readonly DatasetInUse[];
  now: number;
}

/** The validated dataset in a fetched text, or why it is refused (the import's checks, in order). */
export function readFetchedDataset(
  text: string,
  label: string,
  ctx: Pick<CheckContext, 'validate' | 'inUse'>,
):
  | { ok: true; data: Record<string, unknown> & { id: string; version: string } }
  | { ok: false; errors: string[] } {
  const json = parseJsonFile(text, label);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const result = ctx.validate(json.value, label);
  if (!result.ok) return { ok: false, errors: result.errors };
  const clashes = claimIdClashes(result.dataset, label, ctx.inUse);
  if (clashes.length > 0) return { ok: false, errors: clashes };
  return {
    ok: true,
    data: result.dataset as unknown as Record<string, unknown> & { id: string; version: string },
  };
}

/** The last part of an address's path ("claims.json"), or its host when the path has none. */
export function fileNameOf(url: string): string {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(parsed.pathname.split('/').filter(Boolean).at(-1) ?? '') || parsed.host;
  } catch {
    return url;
  }
}

/** Errors as one line for the list: the first few, then how many more. */
export function summariseErrors(errors: readonly string[]): string {
  const shown = errors.slice(0, SHOWN_ERRORS).join('; ');
  const more = errors.length - SHOWN_ERRORS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

/**
 * The stored entry after one check: the state machine of a subscription. The version in use
 * (`data`) never changes here; what may change is the check's time, its error, the validators and
 * the pending version.
 * - not modified: checked, no error;
 * - failed (unreachable, slow, too big, an error status): checked, with the error; a pending version stays;
 * - fetched but refused (not JSON, the schema, claim ids, another dataset's id): the same, with why;
 * - fetched, the same as in use: checked, no error, no pending (a pending version was withdrawn);
 * - fetched and different: pending, for the reader to see and accept.
 */
export function afterFetch(
  entry: SubscribedDataset,
  outcome: FetchOutcome,
  ctx: CheckContext,
): SubscribedDataset {
  const { error: _error, ...origin } = entry.origin;
  const checked: SubscriptionOrigin = { ...origin, checkedAt: ctx.now };
  const failed = (error: string): SubscribedDataset => ({ ...entry, origin: { ...checked, error } });
  if (outcome.kind === 'not-modified') return { ...entry, origin: checked };
  if (outcome.kind === 'failed') return failed(outcome.error);
  // errors name the file as its address ends: the whole address is already in the list
  const read = readFetchedDataset(outcome.text, fileNameOf(entry.origin.url), ctx);
  if (!read.ok) return failed(`update refused: ${summariseErrors(read.errors)}`);
  if (read.data.id !== entry.id)
    return failed(`update refused: the file is now the dataset "${read.data.id}", not "${entry.id}"`);
  const { etag: _etag, lastModified: _lastModified, pending: _pending, ...rest } = checked;
  const next: SubscriptionOrigin = { ...rest };
  if (outcome.etag) next.etag = outcome.etag;
  if (outcome.lastModified) next.lastModified = outcome.lastModified;
  if (!sameJson(read.data, entry.data))
    next.pending = { data: read.data, version: read.data.version, fetchedAt: ctx.now };
  return { ...entry, origin: next };
}

/** The usable stored datasets that are subscriptions. */
export function subscriptionsOf(datasets: readonly ImportedDataset[]): SubscribedDataset[] {
  return datasets.flatMap((d) => {
    const origin = datasetOrigin(d);
    return origin.kind === 'subscription' ? [{ ...d, origin }] : [];
  });
}

/** Due for a check: never checked, or last checked a day ago or more (or in the future: a clock set back). */
export function isDue(origin: SubscriptionOrigin, now: number): boolean {
  const at = origin.checkedAt;
  return at === undefined || now - at >= CHECK_INTERVAL_MS || at > now;
}

export interface CheckDeps {
  local: StorageAreaLike;
  fetch: typeof fetch;
  validate: DatasetValidator;
  bundled: readonly DatasetInUse[];
  maxBytes: number;
  timeoutMs?: number;
  now?: () => number;
  /** whether the reader still grants the host permission for this address (they can revoke it) */
  hasPermission?: (url: string) => Promise<boolean>;
}

/**
 * Checks the subscriptions that are due (all of them with `force`), one after another, and writes
 * the results in one write. Entries that changed or went while the fetches ran are left as they are.
 */
export async function checkSubscriptions(deps: CheckDeps, force: boolean): Promise<CheckSummary> {
  const now = deps.now ?? Date.now;
  const { datasets } = await loadImportedDatasets(deps.local);
  const due = subscriptionsOf(datasets).filter((d) => force || isDue(d.origin, now()));
  const summary: CheckSummary = { checked: 0, updates: 0, errors: 0 };
  if (due.length === 0) return summary;
  const results = new Map<ImportedDataset['id'], { before: SubscribedDataset; after: SubscribedDataset }>();
  for (const entry of due) {
    const inUse = datasets
      .filter((d) => d.id !== entry.id)
      .reduce(
        (list, d) => withDataset(list, d.data as { id: string; claims: { id: string }[] }, `“${d.name}”`),
        [...deps.bundled],
      );
    const permitted = (await deps.hasPermission?.(entry.origin.url)) ?? true;
    const outcome: FetchOutcome = permitted
      ? await fetchDatasetText(entry.origin.url, entry.origin, deps)
      : { kind: 'failed', error: 'ClaimLens may no longer reach this site: subscribe again to allow it' };
    const after = afterFetch(entry, outcome, { validate: deps.validate, inUse, now: now() });
    summary.checked++;
    if (after.origin.error) summary.errors++;
    else if (after.origin.pending) summary.updates++;
    results.set(entry.id, { before: entry, after });
  }
  const raw = await readStoredEntries(deps.local);
  const next = raw.map((stored) => {
    const id = (stored as { id?: unknown } | null)?.id;
    const result = typeof id === 'string' ? results.get(id) : undefined;
    // written only over the entry it read: not over one the reader changed meanwhile
    if (!result || !sameJson(stored, result.before)) return stored;
    const { origin: _origin, ...kept } = stored as SubscribedDataset;
    return { ...kept, origin: result.after.origin };
  });
  await deps.local.set({ [IMPORTED_DATASETS_KEY]: next });
  return summary;
}
