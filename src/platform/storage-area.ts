/** The part of `browser.storage.{sync,local}` our stores use; tests pass an in-memory one (test/support/fake-storage.ts). */
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
