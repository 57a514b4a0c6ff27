/**
 * One reading's time slices: the reading asks whether its slice is over budget, and pauses (draws
 * what is due, counts the slice's time, yields to the page) when it is.
 */
import { yieldToPage } from './scheduler';

export interface Slices {
  /** whether this slice has used up its budget */
  overBudget(): boolean;
  /** ends the slice (drawing what is due) and yields to the page */
  pause(): Promise<void>;
  /** the end of the reading: draws what is left and counts the last slice */
  end(): void;
}

export interface SliceOptions {
  /** work per slice before yielding to the page, ms */
  budgetMs: number;
  /** draws what the reading found so far */
  draw(): void;
  /** counts a slice's main-thread time */
  account(ms: number): void;
}

/** How often a long reading draws what it found so far (each draw costs the browser a redo of all marks). */
const DRAW_EVERY_MS = 250;

/** The slices of a reading that started at `started` (performance.now()). */
export function timeSlices(started: number, { budgetMs, draw, account }: SliceOptions): Slices {
  let sliceStart = started;
  let lastDrawn = performance.now();
  const endSlice = (final: boolean) => {
    // Each change to the highlights makes the browser redo them all at its next frame: marks are
    // drawn (and undrawn) every DRAW_EVERY_MS during a long reading, not after every slice.
    if (final || performance.now() - lastDrawn >= DRAW_EVERY_MS) {
      draw();
      lastDrawn = performance.now();
    }
    account(performance.now() - sliceStart);
  };
  return {
    overBudget: () => performance.now() - sliceStart >= budgetMs,
    pause: async () => {
      endSlice(false);
      await yieldToPage();
      sliceStart = performance.now();
    },
    end: () => endSlice(true),
  };
}
