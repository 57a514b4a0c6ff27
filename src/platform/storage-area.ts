/** The part of `browser.storage.{sync,local}` our stores use; an in-memory one stands in for tests. */
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** An in-memory storage area (tests, and a fallback where an area is missing). Values are copied. */
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
