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
