/**
 * Yielding to the page between slices of our work, so no task of ours becomes a long task.
 * `scheduler.yield()` keeps our place in line where it exists; a zero timeout elsewhere. Each slice
 * is counted on its own (the report's longest task): the page's time in between is not ours.
 */

/** Counts a slice of our main-thread time, ms (the page engine's report; see PageScanner.account). */
export type Account = (ms: number) => void;

type SchedulerWithYield = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a generator of steps (see core/claims/lookup's lookupSteps) to its end, yielding to the page
 * whenever a run of steps has taken `budgetMs`: a step is the unit of work, the budget decides how
 * many go in one task. `onSlice` is told each slice's time (the last one too, and the one a throwing
 * step ends), never the page's time between them.
 */
export async function runInSlices<T>(
  steps: Generator<unknown, T>,
  budgetMs: number,
  onSlice: Account = () => {},
): Promise<T> {
  let sliceStart = performance.now();
  try {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() - sliceStart >= budgetMs) {
        onSlice(performance.now() - sliceStart);
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
  } finally {
    onSlice(performance.now() - sliceStart);
  }
}
