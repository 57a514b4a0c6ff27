/**
 * Typed messages between content script, background and extension pages. Every receiver validates
 * with these schemas; a message that fails is rejected and logged, never acted on.
 * zod/mini keeps the content script small; `jitless` keeps it free of `new Function` (page CSP).
 * The schemas are built on first use, not at import: the content script imports this module on every
 * page, and making zod schemas is a costly part of its start (profiled in Chromium: these two took
 * about 2 of its 7 ms of module set-up), while most pages never receive a message.
 */
import * as z from 'zod/mini';
import { VERDICTS } from '../core/claims/types';

z.config({ jitless: true });

export const verdictSchema = () => z.enum(VERDICTS);

const buildToContent = () =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('get-report') }),
    z.object({ type: z.literal('show-mark'), markId: z.number() }),
    z.object({ type: z.literal('move-mark'), step: z.union([z.literal(1), z.literal(-1)]) }),
    z.object({ type: z.literal('set-enabled'), enabled: z.boolean() }),
    // "Record this figure as a claim…": answered with a PagePick (src/core/claims/pick.ts)
    z.object({ type: z.literal('figure-at-selection') }),
  ]);

const buildToBackground = () =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('page-summary'),
      count: z.number(),
      worst: z.nullable(verdictSchema()),
    }),
    z.object({ type: z.literal('report-error'), where: z.string(), message: z.string() }),
    // from the options page and the popup: check the subscribed datasets (due ones, or all with force)
    z.object({ type: z.literal('check-subscriptions'), force: z.boolean() }),
    // from the options page: fetch a dataset to subscribe to (the options page checks and stores it)
    z.object({ type: z.literal('fetch-subscription'), url: z.string() }),
  ]);

/** `build()` the first time, the same schema after. */
function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

/** Sent to a tab's content script (from the popup or the background). */
export const toContentSchema = once(buildToContent);
/** Sent to the background (from content scripts and extension pages). */
export const toBackgroundSchema = once(buildToBackground);

export type ToContent = z.infer<ReturnType<typeof buildToContent>>;
export type ToBackground = z.infer<ReturnType<typeof buildToBackground>>;

/** Parses an incoming message; logs and returns undefined when it does not fit. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown, receiver: string): T | undefined {
  const result = z.safeParse(schema, raw);
  if (result.success) return result.data;
  console.warn(`[ClaimLens] ${receiver} rejected a malformed message`, result.error.issues);
  return undefined;
}
