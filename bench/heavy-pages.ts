/**
 * Synthetic heavy pages for `npm run bench:pages`: the engine's cold start, mutation storms, a page
 * translated in place and one giant paragraph, each in Chromium without an extension, with a baseline
 * build and with this build, side by side. BENCH_BASELINE is the baseline: a built extension folder
 * (path/to/dist/chrome), or a git commit, which is then exported and built in a temporary folder
 * (BENCH_BASELINE=HEAD~3). BENCH_RUNS runs each case that many times (default 1) and gives medians. What is measured is the page's longest task (a PerformanceObserver for `longtask`, installed
 * by the page before anything else runs; 0 = none of 50 ms or more) and ClaimLens's own longest slice
 * of work as its report says.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type ExtensionBrowser, type ExtensionPage, launchChromium } from '../src/cli/browsers';
import type { TraceEvent } from '../src/cli/script-trace';
import { reportOf, tabIdOf } from '../src/cli/inspect';
import { serveFolders } from '../src/cli/serve';

const SUBJECT_SENTENCE =
  'Alibaba will invest 380 billion yuan in cloud and AI infrastructure over the next three years, Wu said.';
const OTHER_SENTENCE = 'The regional index rose 2.5% on Tuesday as 1,200 stocks traded higher.';

/**
 * Collects the page's long tasks from its first script on, keeping those that start after `load`
 * (ClaimLens starts after it; what comes before is the page's own parsing and layout) or after the
 * bench's change to the page (`__since`).
 */
const LONG_TASK_PROBE = `<script>
window.__longest = 0;
window.__since = Infinity;
addEventListener('load', () => { window.__since = performance.now(); });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (entry.startTime >= window.__since) window.__longest = Math.max(window.__longest, entry.duration);
}).observe({ type: 'longtask', buffered: true });
</script>`;

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Alibaba AI spending</title>${LONG_TASK_PROBE}</head><body><article>${body}</article></body></html>`;

export interface HeavyCase {
  name: string;
  html: string;
  /** marks expected once the page is read (a lower bound: the scan is done when they are there) */
  marksAfterLoad: number;
  /** what the page does after it was read (run in the page's main world: no closure) */
  mutate?: () => void;
  marksAfterMutation?: number;
}

const paragraphs = (n: number, text: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => `<p>${text(i)}</p>`).join('');

export function cases(): HeavyCase[] {
  const out: HeavyCase[] = [];
  // the engine's cold start: evaluating the recognizer and the matcher and building the matcher's
  // tables, with only one short paragraph to read after it
  out.push({
    name: 'engine start (cold matcher), one subject paragraph',
    html: page(`<p>${SUBJECT_SENTENCE}</p>`),
    marksAfterLoad: 1,
  });
  for (const n of [1000, 3000, 6000]) {
    out.push({
      name: `text changed in ${n} marked paragraphs`,
      html: page(paragraphs(n, (i) => `${SUBJECT_SENTENCE} (${i})`)),
      marksAfterLoad: n,
      mutate: () => {
        for (const p of document.querySelectorAll('p')) {
          const text = p.firstChild as Text;
          text.data = text.data.replace('Wu said', 'Wu told investors');
        }
      },
      marksAfterMutation: n,
    });
  }
  out.push({
    name: 'one subject paragraph + 4000 changed by one space',
    html: page(`<p>${SUBJECT_SENTENCE}</p>${paragraphs(4000, (i) => `${OTHER_SENTENCE} (${i})`)}`),
    marksAfterLoad: 1,
    mutate: () => {
      // what in-page translation does to every paragraph
      for (const p of [...document.querySelectorAll('p')].slice(1)) (p.firstChild as Text).data += ' ';
    },
    marksAfterMutation: 1,
  });
  for (const k of [24, 120, 240]) {
    const repeats = Math.ceil((k * 1000) / (SUBJECT_SENTENCE.length + 1));
    out.push({
      name: `one <p> of ${k}k characters of subject text`,
      html: page(`<p>${Array.from({ length: repeats }, () => SUBJECT_SENTENCE).join(' ')}</p>`),
      marksAfterLoad: repeats,
    });
  }
  return out;
}

const SETTLE_MS = 1500;

interface Measured {
  /** the page's longest task after load by its long-task observer, wall-clock ms (0: none of 50 ms) */
  longest: number;
  /** ClaimLens's longest slice of work by its own report, wall-clock ms */
  own: number | undefined;
  /** the longest task's thread time after load by a trace, ms (where the browser can be traced) */
  cpu?: number | undefined;
  /** the marks the report lists, and of them those painted at the end (near the viewport) */
  marks?: number | undefined;
  painted?: number | undefined;
}

/** The number of ranges in the page's highlight registry: the marks painted now (those near the viewport). */
async function paintedCount(tab: ExtensionPage): Promise<number> {
  return tab.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    let count = 0;
    // the page has no highlights of its own: every range is a mark (the verdict layers, not the active one)
    for (const [, highlight] of registry ?? []) count += highlight.size;
    return count;
  });
}

/**
 * Resolves once the page has been idle for a second: our reading yields between slices but keeps the
 * page busy until it is done, so a second of idle callbacks with their whole 50 ms is its end. The
 * page is not asked anything (a report of thousands of marks is a task of its own, which would be
 * measured with the rest); the report is read after the measure.
 */
async function settled(tab: ExtensionPage, timeoutMs: number): Promise<void> {
  // no named function inside: the bench's TypeScript loader would wrap it in a helper the page lacks
  await tab.evaluate(async (timeout: number) => {
    const started = performance.now();
    let quietSince = started;
    for (;;) {
      const remaining = await new Promise<number>((done) =>
        requestIdleCallback((deadline) => done(deadline.timeRemaining())),
      );
      const now = performance.now();
      if (remaining < 40) quietSince = now;
      if (now - quietSince >= 1000) return;
      if (now - started > timeout) throw new Error('the page never went idle');
    }
  }, timeoutMs);
}

async function runCase(
  browser: ExtensionBrowser,
  url: string,
  c: HeavyCase,
  withExtension: boolean,
): Promise<Measured> {
  // traced where the browser can: each task's thread time, which a busy machine does not stretch
  const traced = browser.newTracedPage ? await browser.newTracedPage(url, TASK_CATEGORIES) : undefined;
  const tab = traced?.page ?? (await browser.newPage(url));
  let cpu: number | undefined;
  try {
    await settled(tab, 120_000);
    if (c.mutate) {
      await tab.evaluate(() => {
        // only what follows the change counts
        const probe = window as unknown as { __longest: number; __since: number };
        probe.__longest = 0;
        probe.__since = performance.now();
      });
      await tab.evaluate(c.mutate);
      // the marks go and come back as the changed blocks are read again
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      await settled(tab, 120_000);
    }
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const longest = await tab.evaluate(() => (window as unknown as { __longest: number }).__longest);
    // the trace ends here too: what follows (the report of every mark, the popup's request) is not the reading
    if (traced) cpu = longestTaskCpu((await traced.stop()).events, url);
    let own: number | undefined;
    let marks: number | undefined;
    let painted: number | undefined;
    if (withExtension) {
      painted = await paintedCount(tab);
      try {
        const report = (await reportOf(browser, await tabIdOf(browser, url))) as {
          stats?: { longestTaskMs?: number };
          marks?: unknown[];
        };
        own = report?.stats?.longestTaskMs;
        marks = report?.marks?.length;
      } catch {
        // a content script too busy to answer in time: the page's own measure stands
      }
      const expected = c.mutate ? (c.marksAfterMutation ?? 0) : c.marksAfterLoad;
      if (marks === undefined || marks < expected)
        throw new Error(`${c.name}: ${marks ?? 'no'} marks after the page went idle, expected ${expected}`);
    }
    return { longest, own, cpu, marks, painted };
  } finally {
    await tab.close();
  }
}

/** Every task of the page's main thread, with its thread time; the thread names; the load event. */
const TASK_CATEGORIES = ['toplevel', '__metadata'];

/**
 * The longest thread time of a task on the page's main thread from its load event on: the page's
 * own tasks, ours, and the rendering that follows either. The main thread is the one that ran the
 * page's first script (the long-task probe).
 */
function longestTaskCpu(events: TraceEvent[], url: string): number | undefined {
  const probe = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(url));
  if (!probe) return undefined;
  const onThread = (e: TraceEvent) => e.pid === probe.pid && e.tid === probe.tid;
  const load = events.find((e) => e.name === 'MarkLoad' && e.pid === probe.pid)?.ts ?? probe.ts;
  let longest = 0;
  for (const e of events) {
    if ((e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ts >= load && onThread(e))
      longest = Math.max(longest, (e.tdur ?? 0) / 1000);
  }
  return longest;
}

/**
 * A baseline extension folder: `spec` itself when it is a folder, else a git commit of this repository
 * exported and built in a temporary folder (with this checkout's node_modules).
 */
function baselineBuild(spec: string): { dir: string; cleanup(): void } {
  if (existsSync(spec)) return { dir: spec, cleanup: () => {} };
  const root = resolve(import.meta.dirname, '..');
  const work = mkdtempSync(join(tmpdir(), 'claimlens-baseline-'));
  console.error(`building the baseline ${spec} in ${work}`);
  const sh = (command: string) => execSync(command, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  sh(`git -C ${JSON.stringify(root)} archive ${JSON.stringify(spec)} | tar -x`);
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  sh('npx vite build --configLoader runner');
  return { dir: join(work, 'dist/chrome'), cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

export async function heavyPages(current: string, baselineSpec: string | undefined): Promise<void> {
  const baselineFolder = baselineSpec ? baselineBuild(baselineSpec) : undefined;
  const baseline = baselineFolder?.dir;
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-heavy-'));
  const all = cases();
  for (const [i, c] of all.entries()) writeFileSync(join(dir, `case-${i}.html`), c.html);
  const server = await serveFolders({ '/': dir });
  const arms: { name: string; dir: string | null }[] = [
    { name: 'no extension', dir: null },
    ...(baseline ? [{ name: 'baseline', dir: baseline }] : []),
    { name: 'this build', dir: current },
  ];
  const cell = (r: Measured) =>
    `${r.cpu === undefined ? '' : `${r.cpu.toFixed(0)} cpu / `}${r.longest ? r.longest.toFixed(0) : '<50'}${r.own === undefined ? '' : ` (own ${r.own.toFixed(0)})`}${r.marks === undefined ? '' : ` ${r.painted}/${r.marks}`}`;
  // per case and arm, one result per run; the arms take turns within each run, so a busy spell of
  // this shared machine falls on all of them alike
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
  const measured = all.map(() => arms.map((): Measured[] => []));
  const load: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      for (const [a, arm] of arms.entries()) {
        const browser = await launchChromium(arm.dir);
        try {
          for (const [i, c] of all.entries()) {
            load.push(loadavg()[0]!);
            const result = await runCase(browser, `${server.url}/case-${i}.html`, c, arm.dir !== null);
            measured[i]![a]!.push(result);
            console.error(`  ${arm.name}: ${c.name}: ${cell(result)}`);
          }
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    baselineFolder?.cleanup();
  }
  const medianOf = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1]!;
  const results = measured.map((byArm) =>
    byArm.map((list) => {
      const owns = list.flatMap((r) => (r.own === undefined ? [] : [r.own]));
      return cell({
        longest: medianOf(list.map((r) => r.longest)),
        cpu: list.every((r) => r.cpu !== undefined) ? medianOf(list.map((r) => r.cpu!)) : undefined,
        own: owns.length > 0 ? medianOf(owns) : undefined,
        marks: list.at(-1)?.marks,
        painted: list.at(-1)?.painted,
      });
    }),
  );
  console.log(
    `\nmachine load (1-minute load average) during the runs: median ${medianOf(load).toFixed(1)} on ${cpus().length} cores` +
      ' (long tasks here are wall-clock: a busy machine stretches them)',
  );
  console.log(
    `heavy pages: the longest task in ms, median of ${runs} run(s): "cpu" = its thread time by the trace (rendering included), then its wall-clock time by the page's long-task observer (a long task is 50 ms), "own" = ClaimLens's longest slice by its report, then the marks painted at the end (near the viewport) / all marks`,
  );
  console.log(`${'case'.padEnd(52)} ${arms.map((a) => a.name.padStart(40)).join(' ')}`);
  for (const [i, c] of all.entries()) {
    console.log(`${c.name.padEnd(52)} ${results[i]!.map((r) => r.padStart(40)).join(' ')}`);
  }
}
