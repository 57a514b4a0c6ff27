/**
 * Yielding to the page between slices of our work, so no task of ours becomes a long task.
 * `scheduler.yield()` keeps our place in line where it exists; a zero timeout elsewhere.
 */
type SchedulerWithYield = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a generator of steps (see core/claims/lookup's lookupSteps) to its end, yielding to the page
 * whenever a run of steps has taken `budgetMs`: a step is the unit of work, the budget decides how
 * many go in one task.
 */
export async function runInSlices<T>(steps: Generator<unknown, T>, budgetMs: number): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
