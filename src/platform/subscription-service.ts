/**
 * The background's side of subscriptions over the browser: the real fetch, storage.local, the
 * dataset schema, and the host permissions the reader granted. One check runs at a time; a request
 * while one runs gets that one's result.
 */
import type { DatasetInUse } from '../core/claims/claim-ids';
import { validateDataset } from '../core/claims/schema';
import { browser } from './browser';
import { MAX_DATASET_BYTES } from './options-port';
import type { SubscriptionDeps } from './router';
import type { CheckSummary } from '../contracts/datasets';
import { checkSubscriptions, checkSubscriptionUrl, fetchDatasetText } from './subscriptions';

/** Whether the reader grants the host permission an address needs (false for one we would never follow). */
async function permitted(url: string): Promise<boolean> {
  const checked = checkSubscriptionUrl(url);
  if (!checked.ok) return false;
  return browser.permissions.contains({ origins: [checked.permission] }).catch(() => false);
}

export function browserSubscriptions(bundled: readonly DatasetInUse[]): SubscriptionDeps {
  let running: Promise<CheckSummary> | undefined;
  // `fetch` called unbound throws "Illegal invocation" in Chrome's service worker
  const fetchFn: typeof fetch = (input, init) => globalThis.fetch(input, init);
  return {
    check(force) {
      running ??= checkSubscriptions(
        {
          local: browser.storage.local,
          fetch: fetchFn,
          validate: validateDataset,
          bundled,
          maxBytes: MAX_DATASET_BYTES,
          hasPermission: permitted,
        },
        force,
      ).finally(() => {
        running = undefined;
      });
      return running;
    },
    async fetchNew(url) {
      const checked = checkSubscriptionUrl(url);
      if (!checked.ok) return { kind: 'failed', error: `${url}: not an https address` };
      if (!(await permitted(checked.url)))
        return { kind: 'failed', error: `${checked.url}: ClaimLens was not allowed to reach this site` };
      return fetchDatasetText(checked.url, {}, { fetch: fetchFn, maxBytes: MAX_DATASET_BYTES });
    },
  };
}
