/**
 * The engine's reading part, the recognizer and the matcher: evaluated when a page first names a
 * subject (most pages the engine runs on never do), not when the engine module loads. The build
 * keeps these modules in the engine's file; `import()` only defers their evaluation.
 */
export interface Reading {
  /** the recognizer behind the width fold, as `claimlens scan` reads (full-width figures, `3800 亿`) */
  findFigures: typeof import('../core/read-figures').readFigures;
  createMatcher: typeof import('../core/claims/matcher').createMatcher;
}
let reading: Promise<Reading> | undefined;
export function loadReading(): Promise<Reading> {
  // the build inlines these modules; import() only defers their evaluation
  reading ??= Promise.all([import('../core/read-figures'), import('../core/claims/matcher')]).then(
    ([figures, matcher]) => ({ findFigures: figures.readFigures, createMatcher: matcher.createMatcher }),
  );
  return reading;
}
