/**
 * A debounce that also has a deadline: `fn` runs `delayMs` after the last call, or `maxWaitMs` after
 * the first call of a burst, whichever comes first. A page that changes every 100 ms (a clock, a
 * ticker) would otherwise put off the work for ever.
 */
export interface Debounced {
  schedule(): void;
  cancel(): void;
}

export function debounceWithDeadline(fn: () => void, delayMs: number, maxWaitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: number | undefined;
  const run = () => {
    timer = undefined;
    first = undefined;
    fn();
  };
  return {
    schedule() {
      const now = performance.now();
      first ??= now;
      clearTimeout(timer);
      timer = setTimeout(run, Math.max(0, Math.min(delayMs, first + maxWaitMs - now)));
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      first = undefined;
    },
  };
}
