/**
 * Storage areas for tests that behave like the browser's where it matters for losing data: Chrome's
 * and Firefox's storage.sync quotas (measured as the key's length plus its value's JSON, in bytes),
 * and a write that fails on request (the n-th `set` or `remove`), as a full disk or a quota would.
 */
import type { StorageAreaLike } from '../../src/platform/storage-area';

/** storage.sync's limits in Chrome and Firefox (QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, MAX_ITEMS) */
export const SYNC_QUOTA = { totalBytes: 102_400, perItemBytes: 8_192, maxItems: 512 } as const;

const utf8 = new TextEncoder();
const itemBytes = (key: string, value: unknown) => utf8.encode(key + JSON.stringify(value)).length;

/** An in-memory storage area: values are copied in and out, as the browser's are. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & {
  data: Record<string, unknown>;
} {
  const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));
  const data: Record<string, unknown> = copy(initial);
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return copy(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const key of list) if (key in data) out[key] = copy(data[key]);
      return out;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data[key] = copy(value);
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete data[key];
    },
  };
}

export interface FakeArea extends StorageAreaLike {
  data: Record<string, unknown>;
  /** how many writes (set or remove) were made, failed ones included */
  writes: number;
}

/**
 * An in-memory area. `quota` refuses a write that would break it (nothing of that write is kept, as in
 * the browsers); `failWrite` makes the write with that number (1-based, set or remove) throw.
 */
export function fakeArea(
  initial: Record<string, unknown> = {},
  options: { quota?: typeof SYNC_QUOTA; failWrite?: number } = {},
): FakeArea {
  const inner = memoryArea(initial);
  const area: FakeArea = {
    data: inner.data,
    writes: 0,
    get: (keys) => inner.get(keys),
    async set(items) {
      area.writes++;
      if (area.writes === options.failWrite) throw new Error(`write ${area.writes} failed (test)`);
      const quota = options.quota;
      if (quota) {
        const next = { ...inner.data, ...structuredClone(items) };
        for (const [key, value] of Object.entries(items)) {
          if (itemBytes(key, value) > quota.perItemBytes)
            throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
        }
        const total = Object.entries(next).reduce((n, [key, value]) => n + itemBytes(key, value), 0);
        if (total > quota.totalBytes) throw new Error('QUOTA_BYTES quota exceeded');
        if (Object.keys(next).length > quota.maxItems) throw new Error('MAX_ITEMS quota exceeded');
      }
      await inner.set(items);
    },
    async remove(keys) {
      area.writes++;
      if (area.writes === options.failWrite) throw new Error(`write ${area.writes} failed (test)`);
      await inner.remove(keys);
    },
  };
  return area;
}
