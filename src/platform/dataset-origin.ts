/**
 * A stored dataset's origin (a file, My claims, a subscription), read with a schema. Apart from
 * datasets-store.ts, which the content script reads: the engine never needs an entry's origin, so
 * zod stays out of content.js and engine.js.
 */
import * as z from 'zod/mini';
import type { DatasetOrigin } from '../contracts/datasets';

// no `new Function` in extension pages (their CSP)
z.config({ jitless: true });

const buildOriginSchema = () => {
  const optionalText = z.optional(z.string());
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('file') }),
    z.object({ kind: z.literal('recorded') }),
    z.object({
      kind: z.literal('subscription'),
      url: z.string(),
      etag: optionalText,
      lastModified: optionalText,
      checkedAt: z.optional(z.number()),
      error: optionalText,
      pending: z.optional(
        z.object({
          data: z.record(z.string(), z.unknown()),
          version: z.string(),
          fetchedAt: z.number(),
        }),
      ),
    }),
  ]);
};
let originSchema: ReturnType<typeof buildOriginSchema> | undefined;

/**
 * An entry's origin as stored, checked (built on first use: the content script reads entries but
 * never their origin). A missing or unreadable origin reads as a file: the entry stays usable, it is
 * only not followed.
 */
export function datasetOrigin(entry: { origin?: unknown }): DatasetOrigin {
  if (entry.origin === undefined) return { kind: 'file' };
  originSchema ??= buildOriginSchema();
  const read = z.safeParse(originSchema, entry.origin);
  return read.success ? (read.data as DatasetOrigin) : { kind: 'file' };
}
