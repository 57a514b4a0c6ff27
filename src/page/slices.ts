/**
 * One reading's time slices: the reading asks whether its slice is over budget, and pauses (draws
 * what is due, counts the slice's time, yields to the page) when it is. A slice counts only the
 * reading's own synchronous work: it ends before anything that yields is awaited.
 */
import { type Account, yieldToPage } from './scheduler';

export interface Slices {
  /** whether this slice has used up its budget */
  overBudget(): boolean;
  /** ends the slice (drawing what is due) and yields to the page */
  pause(): Promise<void>;
  /**
   * Ends the slice (as pause does) and waits for `work` that yields to the page on its own (and
   * counts its own slices, see Engine.load); a new slice starts, in a task of its own, after it.
   * The wait is the page's time, not ours.
   */
  wait<T>(work: Promise<T>): Promise<T>;
  /**
   * The end of the reading: draws what is left, runs `finish` (what the reading's owner does once it
   * is done, in the same task) and counts the last slice, `finish` included.
   */
  end(finish?: () => void): void;
}

export interface SliceOptions {
  /** work per slice before yielding to the page, ms */
  budgetMs: number;
  /** draws what the reading found so far */
  draw(): void;
  /** counts a slice's main-thread time */
  account: Account;
}

/**
 * How often a long reading draws what it found so far: each draw changes the highlight registry, after
 * which the browser redoes every painted range (see paint-window.ts) at its next frame.
 */
const DRAW_EVERY_MS = 250;

/** The slices of a reading that started at `started` (performance.now()). */
export function timeSlices(started: number, { budgetMs, draw, account }: SliceOptions): Slices {
  let sliceStart = started;
  let lastDrawn = performance.now();
  const endSlice = (final: boolean, finish?: () => void) => {
    // Each change to the highlights makes the browser redo all it paints at its next frame: marks are
    // drawn (and undrawn) every DRAW_EVERY_MS during a long reading, not after every slice.
    if (final || performance.now() - lastDrawn >= DRAW_EVERY_MS) {
      draw();
      lastDrawn = performance.now();
    }
    finish?.();
    account(performance.now() - sliceStart);
  };
  return {
    overBudget: () => performance.now() - sliceStart >= budgetMs,
    pause: async () => {
      endSlice(false);
      await yieldToPage();
      sliceStart = performance.now();
    },
    wait: async (work) => {
      endSlice(false);
      try {
        return await work;
      } finally {
        // `work` settled at the end of a slice of its own (counted by it): ours start in a new task
        await yieldToPage();
        sliceStart = performance.now();
      }
    },
    end: (finish) => endSlice(true, finish),
  };
}
