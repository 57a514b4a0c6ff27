/**
 * `claimlens corpus DIR [--json]`: loads every .html in DIR (served on 127.0.0.1 as UTF-8) in Chromium
 * with the built extension and in a plain Chromium beside it, alternating which goes first, and checks
 * the invariants ClaimLens promises on real pages: no page errors of its making, the page's text
 * unchanged, ClaimLens's main-thread time on the page (its scripts' compile and evaluation, read
 * from a trace, plus the work they time themselves) and longest task, and the page's load time.
 * A page whose load event never fires, or whose text differs, is visited again on both sides (up to
 * MAX_VISITS pairs), to tell the page's own flakiness from ours: a load event that never fires with
 * the extension is a failure unless it also fails to fire without it, and text that differs between
 * two loads without the extension is the page's own nondeterminism (a note, not a failure).
 * `--json` prints one JSON array (a public contract); exit code 1 when any page breaks an invariant.
 * Timings are reported, never judged here: on a shared machine one preempted slice can pass 50 ms, so
 * the budgets are held by `npm run bench:pages` over several runs (design.md: not asserted in tests).
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PageReport } from '../contracts/report';
import {
  type ExtensionBrowser,
  type ExtensionPage,
  INSTALL_HINT,
  type OwnScriptsTrace,
  findChromium,
  launchChromium,
} from './browsers';
import { reportOf, tabIdOf } from './inspect';
import type { CliIo } from './io';
import { serveFolders } from './serve';

export interface CorpusResult {
  page: string;
  ok: boolean;
  errors: string[];
  textUnchanged: boolean;
  figures: number;
  annotations: number;
  scriptMs: number;
  longestTaskMs: number;
  /** the load time of the first visit with the extension whose load event fired; 0 when none did */
  loadMs: number;
  loadMsWithout: number;
  /** pairs of visits made (more than 1 when the first showed a missing load event or changed text) */
  visits: number;
  /** visits in which the load event never fired, with the extension and without it */
  loadMissing: number;
  loadMissingWithout: number;
  /** what the page does by itself, seen in the visits without the extension: not failures */
  pageNotes: string[];
}

/**
 * Pairs of visits at most, when a page's load event is missing or its text differs: enough for a
 * load event missing in every visit with the extension, and in none without, to be told from chance
 * (p = 0.004; see missingMoreOften), while a page that misses its own now and then is not blamed on us.
 */
export const MAX_VISITS = 5;
/** the one-sided significance at which a load event missing more often with the extension is ours */
const SIGNIFICANCE = 0.05;

/** n choose k, for the small counts of visits */
function choose(n: number, k: number): number {
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}

/**
 * Fisher's exact test, one-sided: the chance of `missing` or more misses among `visits` visits with
 * the extension, given `missing + missingWithout` misses among all `2 * visits`, if the extension
 * made no difference.
 */
export function missingMoreOften(missing: number, missingWithout: number, visits: number): number {
  const total = missing + missingWithout;
  let p = 0;
  for (let k = missing; k <= Math.min(total, visits); k++)
    p += (choose(visits, k) * choose(visits, total - k)) / choose(2 * visits, total);
  return p;
}
/** How long after the page settled (browsers.ts: openAndSettle) its load event may still end. */
const LOAD_EVENT_WAIT_MS = 3000;

interface Visit {
  page: ExtensionPage;
  /** undefined: the load event never fired (or never ended) */
  loadMs: number | undefined;
}

/**
 * The page's load time, waiting a little for a load event still running; undefined when it never
 * ends (a page that calls document.open() during its load, and never document.close(), has none).
 */
async function loadTime(page: ExtensionPage): Promise<number | undefined> {
  const read = () =>
    page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav && nav.loadEventEnd > 0 ? nav.loadEventEnd - nav.startTime : -1;
    });
  const deadline = Date.now() + LOAD_EVENT_WAIT_MS;
  for (;;) {
    const ms = await read();
    if (ms >= 0) return ms;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function visit(browser: ExtensionBrowser, url: string): Promise<Visit> {
  const page = await browser.newPage(url);
  return { page, loadMs: await loadTime(page) };
}

/** Details `claimlens corpus` prints but its JSON contract leaves out. */
export interface CorpusDetails {
  /** main-thread ms of compiling and evaluating the extension's scripts (in scriptMs too) */
  loadingMs: number;
  /** the extension's files the page compiled: content.js alone, or its engine too */
  files: string[];
}

// biome-ignore lint/performance/useDomNodeTextContent: the promise is about the text the reader sees, which innerText is
const bodyText = (page: ExtensionPage) => page.evaluate(() => document.body?.innerText ?? '');

/** The first place two texts part, for a readable message. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 30), i + 30))} vs ${JSON.stringify(b.slice(Math.max(0, i - 30), i + 30))}`;
}

/**
 * ClaimLens's main-thread time on a page, from a visit of its own, traced where the browser can (the
 * scripts' compile and evaluation are in the trace only). A trace slows a page's load a little, so
 * the load times come from the untraced visits. Without tracing, the first visit's report is used.
 */
async function timedVisit(
  browser: ExtensionBrowser,
  url: string,
  untracedReport: PageReport,
): Promise<{ report: PageReport; trace: OwnScriptsTrace }> {
  if (!browser.newTracedPage)
    return { report: untracedReport, trace: { loadMs: 0, longestMs: 0, files: [] } };
  const traced = await browser.newTracedPage(url);
  // the report comes when the scan has ended, so the trace then holds all the loading there was
  const report = (await reportOf(browser, await tabIdOf(browser, url))) as PageReport;
  const trace = await traced.stop();
  await traced.page.close();
  return { report, trace };
}

/** One visit with the extension and one without, in the given order, read and closed. */
interface Pair {
  ours: { loadMs: number | undefined; text: string; report: PageReport; errors: string[] };
  plain: { loadMs: number | undefined; text: string };
}

async function visitPair(
  url: string,
  plainFirst: boolean,
  withExtension: ExtensionBrowser,
  without: ExtensionBrowser,
): Promise<Pair> {
  // when ours goes first, its scan (which starts after the load) finishes before the other loads
  const ourVisit = async () => {
    const visited = await visit(withExtension, url);
    const report = (await reportOf(withExtension, await tabIdOf(withExtension, url))) as PageReport;
    return { visited, report };
  };
  let plain: Visit;
  let ours: Awaited<ReturnType<typeof ourVisit>>;
  if (plainFirst) {
    plain = await visit(without, url);
    ours = await ourVisit();
  } else {
    ours = await ourVisit();
    plain = await visit(without, url);
  }
  // innerText of both after our scan finished: the same page scripts ran in both browsers
  const plainText = await bodyText(plain.page);
  const oursText = await bodyText(ours.visited.page);
  // Errors of ClaimLens's making: any that names our extension, and any that the page shows only with
  // the extension and that no script of the page itself raised (some pages' own scripts fail now and
  // then, with or without us; some probe chrome-extension://invalid/ to detect extensions).
  const baseline = new Set(plain.page.errors);
  const pageOrigin = new URL(url).origin;
  const errors = ours.visited.page.errorSources
    .filter(({ message, source }) => {
      const text = `${message} ${source ?? ''}`;
      if (text.includes(withExtension.extensionBase) || text.includes('[ClaimLens]')) return true;
      return !baseline.has(message) && !source?.startsWith(pageOrigin);
    })
    .map(({ message, source }) => (source ? `${message} (${source})` : message));
  if (ours.report.stats.errors)
    errors.push(`ClaimLens caught ${ours.report.stats.errors} error(s) on this page`);
  await plain.page.close();
  await ours.visited.page.close();
  return {
    ours: { loadMs: ours.visited.loadMs, text: oursText, report: ours.report, errors },
    plain: { loadMs: plain.loadMs, text: plainText },
  };
}

/** Whether a pair shows nothing to look at again: both loads fired and the texts agree. */
const pairIsClean = (pair: Pair) =>
  pair.ours.loadMs !== undefined && pair.plain.loadMs !== undefined && pair.ours.text === pair.plain.text;

/**
 * What the pairs of visits say, with and without the extension: a load event missing more often with
 * it than chance allows (missingMoreOften) is ours; otherwise the page's. Text is unchanged when
 * some visit with the extension reads as the visit without it beside it; when it never does and the
 * visits without it differ among themselves, the page's text is its own nondeterminism.
 */
export function judgeVisits(
  pairs: { oursLoaded: boolean; plainLoaded: boolean; oursText: string; plainText: string }[],
): {
  errors: string[];
  pageNotes: string[];
  textUnchanged: boolean;
  loadMissing: number;
  loadMissingWithout: number;
} {
  const n = pairs.length;
  const loadMissing = pairs.filter((p) => !p.oursLoaded).length;
  const loadMissingWithout = pairs.filter((p) => !p.plainLoaded).length;
  const errors: string[] = [];
  const pageNotes: string[] = [];
  const counts = `${loadMissing} of ${n} visits with the extension, ${loadMissingWithout} of ${n} without`;
  const p = missingMoreOften(loadMissing, loadMissingWithout, n);
  if (loadMissing > loadMissingWithout && p < SIGNIFICANCE)
    errors.push(`the load event never fired in ${counts} (p = ${p.toFixed(3)})`);
  else if (loadMissing + loadMissingWithout > 0)
    pageNotes.push(
      `the page's own: its load event never fired in ${counts}, not more often with it than chance`,
    );
  const plainTexts = new Set(pairs.map((p) => p.plainText));
  const textUnchanged = pairs.some((p) => p.oursText === p.plainText);
  if (!textUnchanged) {
    const first = pairs[0]!;
    if (plainTexts.size > 1) {
      pageNotes.push(
        `the page's own: its text differs between loads without the extension (${plainTexts.size} texts in ${n} loads)`,
      );
    } else errors.push(`text differs ${firstDifference(first.plainText, first.oursText)}`);
  }
  return {
    errors,
    pageNotes,
    textUnchanged: textUnchanged || plainTexts.size > 1,
    loadMissing,
    loadMissingWithout,
  };
}

async function checkPage(
  name: string,
  n: number,
  base: string,
  withExtension: ExtensionBrowser,
  without: ExtensionBrowser,
): Promise<{ result: CorpusResult; details: CorpusDetails }> {
  const url = `${base}/${encodeURIComponent(name)}`;
  // Alternate which browser loads first, so neither always gets the warmer cache and CPU; a page
  // visited again alternates too.
  const pairs: Pair[] = [];
  do pairs.push(await visitPair(url, (n + pairs.length) % 2 === 0, withExtension, without));
  while (pairs.length < MAX_VISITS && !pairIsClean(pairs.at(-1)!));
  const judged = judgeVisits(
    pairs.map((p) => ({
      oursLoaded: p.ours.loadMs !== undefined,
      plainLoaded: p.plain.loadMs !== undefined,
      oursText: p.ours.text,
      plainText: p.plain.text,
    })),
  );
  const errors = [...new Set(pairs.flatMap((p) => p.ours.errors)), ...judged.errors];
  const { report } = pairs[0]!.ours;
  const firstLoad = (side: 'ours' | 'plain') =>
    pairs.map((p) => p[side].loadMs).find((ms) => ms !== undefined) ?? 0;
  const timed = await timedVisit(withExtension, url, report);
  const longestTaskMs = Math.max(timed.report.stats.longestTaskMs ?? 0, timed.trace.longestMs);
  const result: CorpusResult = {
    page: name,
    ok: errors.length === 0,
    errors,
    textUnchanged: judged.textUnchanged,
    figures: report.stats.figures,
    annotations: report.marks.length,
    // everything ClaimLens ran on the page's main thread: compiling and evaluating its scripts (from
    // the trace), its start-up and its scan (timed by the scripts)
    scriptMs:
      Math.round((timed.trace.loadMs + timed.report.stats.ms + (timed.report.stats.startupMs ?? 0)) * 10) /
      10,
    longestTaskMs,
    loadMs: Math.round(firstLoad('ours') * 10) / 10,
    loadMsWithout: Math.round(firstLoad('plain') * 10) / 10,
    visits: pairs.length,
    loadMissing: judged.loadMissing,
    loadMissingWithout: judged.loadMissingWithout,
    pageNotes: judged.pageNotes,
  };
  return { result, details: { loadingMs: timed.trace.loadMs, files: timed.trace.files } };
}

export async function runCorpus(
  dir: string,
  extensionDir: string,
  log: (line: string) => void,
  onDetails?: (page: string, details: CorpusDetails) => void,
): Promise<CorpusResult[]> {
  const pages = readdirSync(dir)
    .filter((name) => /\.html?$/i.test(name))
    .sort();
  const server = await serveFolders({ '/': dir });
  const withExtension = await launchChromium(extensionDir);
  const without = await launchChromium(null);
  const results: CorpusResult[] = [];
  try {
    for (const [n, name] of pages.entries()) {
      let result: CorpusResult;
      let details: CorpusDetails = { loadingMs: 0, files: [] };
      try {
        ({ result, details } = await checkPage(name, n, server.url, withExtension, without));
        onDetails?.(name, details);
      } catch (error) {
        result = {
          page: name,
          ok: false,
          errors: [
            `could not check the page: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          ],
          textUnchanged: false,
          figures: 0,
          annotations: 0,
          scriptMs: 0,
          longestTaskMs: 0,
          loadMs: 0,
          loadMsWithout: 0,
          visits: 0,
          loadMissing: 0,
          loadMissingWithout: 0,
          pageNotes: [],
        };
      }
      results.push(result);
      log(
        `${result.ok ? 'ok  ' : 'FAIL'} ${name}: ${result.figures} figures, ${result.annotations} annotations, ` +
          `script ${result.scriptMs} ms (longest ${result.longestTaskMs} ms; ${details.files.join(' + ') || 'no script'} compiled and run in ${details.loadingMs} ms), ` +
          `load ${result.loadMs} vs ${result.loadMsWithout} ms` +
          (result.visits > 1 ? ` (${result.visits} visits each)` : '') +
          (result.errors.length ? `\n     ${result.errors.join('\n     ')}` : '') +
          (result.pageNotes.length ? `\n     note: ${result.pageNotes.join('\n     note: ')}` : ''),
      );
    }
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
  }
  return results;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const [dir] = args.filter((a) => !a.startsWith('--'));
  if (!dir) {
    io.stderr('usage: claimlens corpus DIR [--json]\n');
    return 2;
  }
  if (!findChromium()) {
    io.stderr(`claimlens: ${INSTALL_HINT.chromium}\n`);
    return 2;
  }
  const extensionDir = resolve(io.cwd, 'dist/chrome');
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    io.stderr('claimlens corpus: no build in dist/chrome: run `npm run build` first\n');
    return 2;
  }
  const results = await runCorpus(resolve(io.cwd, dir), extensionDir, (line) =>
    (json ? io.stderr : io.stdout)(`${line}\n`),
  );
  if (json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else io.stdout(`\n${results.filter((r) => r.ok).length}/${results.length} pages clean\n`);
  return results.every((r) => r.ok) ? 0 : 1;
}
