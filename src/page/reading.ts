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
import { type Account, runInSlices, yieldToPage } from './scheduler';

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
/**
 * The reading part, evaluated once per page. `account` is told the time each module's evaluation
 * took: that of the first caller, the one whose wait evaluates them (a later caller waits for work
 * already counted).
 */
export function loadReading(account: Account = () => {}): Promise<Reading> {
  reading ??= evaluateReading(account);
  return reading;
}

/**
 * The two parts are evaluated one after the other, each in a task of its own: the import of a module
 * the build inlined settles in the same task, so evaluated together (and with what ran before) they
 * made one long task of the page.
 */
async function evaluateReading(account: Account): Promise<Reading> {
  await yieldToPage();
  const figures = await evaluated(() => import('../core/read-figures'), account);
  await yieldToPage();
  const matcher = await evaluated(() => import('../core/claims/matcher'), account);
  await yieldToPage();
  return {
    findFigures: figures.readFigures,
    createMatcher: matcher.createMatcher,
    matcherSteps: matcher.matcherSteps,
  };
}

/**
 * A module's import, timed across its await. That is honest for the extension's build: the module
 * is in the engine's file, and its `import()` evaluates it and settles in microtasks of the same task
 * (no fetch, no yield to the page in between), so the time across the await is our work alone.
 * Unbundled (the tests) it also holds the module's load.
 */
async function evaluated<M>(load: () => Promise<M>, account: Account): Promise<M> {
  const started = performance.now();
  const module = await load();
  account(performance.now() - started);
  return module;
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

/**
 * matcherOver built a part at a time, each part in a slice of the page's time (a cold build is a long
 * task). The imported index's parts follow the bundled one's in the same slices, so the task that
 * ends one build and starts the other is one slice, counted as one; `account` is told each slice.
 * `pageOptions` is asked in the first slice.
 */
export function matcherInSlices(
  ready: Reading,
  bundled: CompiledIndex,
  imported: CompiledIndex | undefined,
  pageOptions: () => MatcherOptions,
  account: Account = () => {},
): Promise<Matcher> {
  function* steps(): Generator<unknown, Matcher> {
    // the page is read for them (its date, its headline) in the first slice, and counted with it
    const options = pageOptions();
    const matcher = yield* ready.matcherSteps(bundled, options);
    return imported ? combineMatchers(matcher, yield* ready.matcherSteps(imported, options)) : matcher;
  }
  return runInSlices(steps(), SLICE_MS, account);
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
