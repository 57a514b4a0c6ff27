/**
 * The engine's reading part, the recognizer and the matcher: evaluated when a page first names a
 * subject (most pages the engine runs on never do), not when the engine module loads. The build
 * keeps these modules in the engine's file; `import()` only defers their evaluation.
 */
import { yieldToPage } from './scheduler';

export interface Reading {
  /** the recognizer behind the width fold, as `claimlens scan` reads (full-width figures, `3800 亿`) */
  findFigures: typeof import('../core/read-figures').readFigures;
  createMatcher: typeof import('../core/claims/matcher').createMatcher;
  /** createMatcher a part at a time, for building it over several tasks (see scheduler's runInSlices) */
  matcherSteps: typeof import('../core/claims/matcher').matcherSteps;
}
let reading: Promise<Reading> | undefined;
export function loadReading(): Promise<Reading> {
  reading ??= evaluateReading();
  return reading;
}

/**
 * The two parts are evaluated one after the other, each in a task of its own: the import of a module
 * the build inlined settles in the same task, so evaluated together (and with what ran before) they
 * made one long task of the page.
 */
async function evaluateReading(): Promise<Reading> {
  await yieldToPage();
  const figures = await import('../core/read-figures');
  await yieldToPage();
  const matcher = await import('../core/claims/matcher');
  await yieldToPage();
  return {
    findFigures: figures.readFigures,
    createMatcher: matcher.createMatcher,
    matcherSteps: matcher.matcherSteps,
  };
}
