/**
 * Our pages' side of the background's subscription work: the messages, and their answers checked
 * (a background of another version, or none yet, must not be taken at its word).
 */
import * as z from 'zod/mini';
import { browser } from './browser';
import type { CheckSummary } from '../contracts/datasets';
import type { FetchOutcome } from './subscriptions';

z.config({ jitless: true });

const summarySchema = z.object({ checked: z.number(), updates: z.number(), errors: z.number() });
const fetchOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not-modified') }),
  z.object({
    kind: z.literal('fetched'),
    text: z.string(),
    etag: z.optional(z.string()),
    lastModified: z.optional(z.string()),
  }),
  z.object({ kind: z.literal('failed'), error: z.string() }),
]);

export function backgroundSubscriptions(
  send: (message: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
) {
  return {
    async check(force: boolean): Promise<CheckSummary> {
      const answer = z.safeParse(summarySchema, await send({ type: 'check-subscriptions', force }));
      return answer.success ? answer.data : { checked: 0, updates: 0, errors: 0 };
    },
    async fetchNew(url: string): Promise<FetchOutcome> {
      const answer = z.safeParse(fetchOutcomeSchema, await send({ type: 'fetch-subscription', url }));
      return answer.success
        ? (answer.data as FetchOutcome)
        : { kind: 'failed', error: 'the background did not answer' };
    },
  };
}

/** Asks the background to check the subscriptions that are due; quiet when it cannot. */
export function checkDueSubscriptions(): void {
  backgroundSubscriptions()
    .check(false)
    .catch(() => undefined);
}
