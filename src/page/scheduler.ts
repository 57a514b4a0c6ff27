/**
 * Runs work over many items in chunks that each stay under a time budget, yielding to the page in
 * between, so no task of ours becomes a long task. Stops as soon as the signal aborts.
 */

export interface ChunkOptions {
  /** milliseconds of work per chunk before yielding */
  budgetMs?: number;
  signal?: AbortSignal;
  now?: () => number;
}

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Yield to the event loop: `scheduler.yield()` keeps our place in line where it exists. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function forEachInChunks<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  { budgetMs = 8, signal, now = () => performance.now() }: ChunkOptions = {},
): Promise<void> {
  let chunkStart = now();
  for (let i = 0; i < items.length; i++) {
    if (signal?.aborted) return;
    work(items[i]!, i);
    if (now() - chunkStart >= budgetMs && i + 1 < items.length) {
      await yieldToPage();
      chunkStart = now();
    }
  }
}
