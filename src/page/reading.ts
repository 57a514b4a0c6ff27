/**
 * The engine's reading part, the recognizer and the matcher: evaluated when a page first names a
 * subject (most pages the engine runs on never do), not when the engine module loads. The build
 * keeps these modules in the engine's file; `import()` only defers their evaluation.
 */
import { combineMatchers } from '../core/claims/combine';
import type { CompiledIndex } from '../core/claims/compile';
import type { Matcher, MatcherOptions } from '../core/claims/matcher';
import type { Lang } from '../core/claims/format';
import { publishedDate } from './page-date';
import { runInSlices, yieldToPage } from './scheduler';

/** work per slice of a matcher's set-up before yielding to the page, as the page engine's own slices */
const SLICE_MS = 8;

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

/** The matcher over the bundled index and the reader's imported one (if any), built in one go. */
export function matcherOver(
  ready: Reading,
  bundled: CompiledIndex,
  imported: CompiledIndex | undefined,
  options: MatcherOptions,
): Matcher {
  const matcher = ready.createMatcher(bundled, options);
  return imported ? combineMatchers(matcher, ready.createMatcher(imported, options)) : matcher;
}

/** matcherOver built a part at a time, each part in a slice of the page's time (a cold build is a long task). */
export async function matcherInSlices(
  ready: Reading,
  bundled: CompiledIndex,
  imported: CompiledIndex | undefined,
  options: MatcherOptions,
): Promise<Matcher> {
  const matcher = await runInSlices(ready.matcherSteps(bundled, options), SLICE_MS);
  if (!imported) return matcher;
  return combineMatchers(matcher, await runInSlices(ready.matcherSteps(imported, options), SLICE_MS));
}

/** What the matcher is told of the page: read when its first claim may be matched (a restart, an SPA's next story, has its own). */
export function matcherOptionsFor(
  doc: Document,
  lang: Lang,
  title: string | undefined,
  lead: string | undefined,
): MatcherOptions {
  const options: MatcherOptions = { lang };
  const pageDate = publishedDate(doc);
  if (pageDate) options.pageDate = pageDate;
  // the headline says whose story it is: blocks naming no company ("the company's shares") are about it
  if (title) options.title = title;
  if (lead) options.lead = lead;
  return options;
}
