/**
 * `npm run bench:figures` — throughput of findFigures on the visible text of the shared corpus pages
 * (../shared/corpus/pages), English and Chinese separately, printed next to what it is compared with,
 * all measured in this one run:
 *  - MB/s (MB = 10^6 bytes of UTF-8 text) — targets 20 MB/s English, 10 MB/s Chinese;
 *  - the time ratio to a one-pass /\d+/g scan over the same text, the two run alternately (lower
 *    deciles of 15 runs each, see timePair) — target within 10x (all times are CPU time, see cpuMs);
 *  - the speed-up over @microsoft/recognizers-text-suite (recognizeCurrency + recognizePercentage), whose
 *    throughput is measured on a smaller slice of the same text because it is slow — target >= 500x;
 *  - linearity: time on 10 MB divided by time on 1 MB (10 means linear);
 *  - cold start: what a content script pays in a new page. The recognizer is bundled (esbuild, as the
 *    extension ships it) and run in a fresh Node process per run on the lines of one page: module load,
 *    first pass over all lines (cold: regexes, lazily compiled functions) and a second pass (warm);
 *    medians of COLD_RUNS (default 9; 0 leaves it out) runs, for a few pages of each language;
 *  - per block: findFigures called once per block of visible text, as the page engine calls it, against
 *    a /\d+/g scan of the same blocks — targets 30 MB/s and within 10x.
 * The visible text of the pages is smaller than 2 MB per language, so it is repeated (whole copies) up
 * to at least 2 MB; the unique size is printed. Nothing here asserts: the numbers are for reading.
 *
 * With FIGURES_BASELINE=DIR (a folder holding another version of src/core/figures, e.g.
 * `git archive HEAD~3 src/core/figures | tar -x -C /tmp/old` and DIR=/tmp/old/src/core/figures) that
 * version is timed too, alternately with this one, and the ratio printed: the way to tell whether a
 * change made the recognizer slower. Both sides of that ratio are esbuild bundles (see sideBySide).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import { findFigures } from '../src/core/figures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');

/** Visible text of an HTML page: no scripts, styles, comments or tags; common entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|textarea)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(?:p|div|li|td|th|tr|h[1-6]|br|section|article|blockquote|figcaption|dd|dt)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, e: string) => {
      const k = e.toLowerCase();
      if (k[0] === '#') {
        const cp = k[1] === 'x' ? Number.parseInt(k.slice(2), 16) : Number(k.slice(1));
        return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : ' ';
      }
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[k] ?? ' ';
    })
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n');
}

function languages(): Map<string, string> {
  const readme = readFileSync(join(corpus, 'README.md'), 'utf8');
  const map = new Map<string, string>();
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length > 5 && cells[1]?.endsWith('.html')) map.set(cells[1], cells[4] ?? '');
  }
  return map;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function repeatTo(text: string, minBytes: number): string {
  const n = Math.max(1, Math.ceil(minBytes / bytes(text)));
  return Array.from({ length: n }, () => text).join('\n');
}

/**
 * Milliseconds of CPU time (user + system) that fn takes: on a shared machine, time spent waiting for
 * a core is left out, so two versions timed minutes apart or side by side compare fairly.
 */
function cpuMs(fn: () => unknown): number {
  const a = process.cpuUsage();
  fn();
  const d = process.cpuUsage(a);
  return (d.user + d.system) / 1000;
}

/** Median CPU time in ms of fn over `runs` runs after one warm-up. */
function time(fn: () => unknown, runs = 5): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) t.push(cpuMs(fn));
  t.sort((x, y) => x - y);
  return t[Math.floor(t.length / 2)]!;
}

/**
 * CPU times in ms of a and b, run alternately (`runs` times each, after one warm-up of each), so that
 * both see the same machine: a ratio of two times taken minutes apart on a busy machine says more
 * about the machine than about the code. Each is the lower decile of its runs, not the median: on a
 * shared machine other work slows a run (caches, a core's other thread) even in CPU time, and on a busy
 * one the medians of two identical builds were seen to differ by a third; the least disturbed runs
 * agree far better.
 */
function timePair(a: () => unknown, b: () => unknown, runs = 15): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(cpuMs(a));
    tb.push(cpuMs(b));
  }
  const lowerDecile = (v: number[]) => v.sort((x, y) => x - y)[Math.floor(v.length / 10)]!;
  return [lowerDecile(ta), lowerDecile(tb)];
}

function digitScan(text: string): number {
  const re = /\d+/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function recognizers(text: string, culture: string): number {
  return (
    Recognizers.recognizeCurrency(text, culture).length +
    Recognizers.recognizePercentage(text, culture).length
  );
}

/** A prefix of text of about n UTF-16 units, cut at a line end. */
function slice(text: string, n: number): string {
  const cut = text.indexOf('\n', n);
  return cut < 0 ? text : text.slice(0, cut);
}

type Find = typeof findFigures;
/**
 * With FIGURES_BASELINE: this version and the baseline, each bundled by esbuild as the extension ships
 * it, for the side-by-side ratios. Loaded through tsx module by module, the two compare unfairly (the
 * split one loses its cross-module inlining differently from a single-file baseline), and the ratio
 * then says more about the loader than about the code.
 */
let sideBySide: { ours: Find; baseline: Find } | null = null;

function bench(lang: string, unique: string, culture: string): void {
  const text = repeatTo(unique, 2e6);
  const mb = bytes(text) / 1e6;
  const figures = findFigures(text).length;
  const [ours, scan] = timePair(
    () => findFigures(text),
    () => digitScan(text),
  );
  const oursMBs = mb / (ours / 1000);
  // Recognizers-Text: a slice of the same text (it handles tens of KB per second)
  const sample = slice(unique, lang === 'en' ? 6_000 : 3_000);
  const smb = bytes(sample) / 1e6;
  const theirs = time(() => recognizers(sample, culture), 1);
  const theirsMBs = smb / (theirs / 1000);
  const oursOnSample = time(() => findFigures(sample), 20);
  // linearity: 1 MB vs 10 MB
  const one = repeatTo(unique, 1e6).slice(0, Math.round(text.length * (1e6 / bytes(text))));
  const ten = Array.from({ length: 10 }, () => one).join('');
  const t1 = time(() => findFigures(one), 15);
  const t10 = time(() => findFigures(ten), 5);
  const sizeRatio = bytes(ten) / bytes(one);
  console.log(
    `\n${lang === 'en' ? 'English' : 'Chinese'}: ${(bytes(unique) / 1e6).toFixed(2)} MB unique visible text, repeated to ${mb.toFixed(2)} MB; ${figures} figures`,
  );
  console.log(`  findFigures         ${oursMBs.toFixed(1).padStart(8)} MB/s   (${ours.toFixed(1)} ms)`);
  if (sideBySide !== null) {
    const { ours: bundled, baseline } = sideBySide;
    const [now, then] = timePair(
      () => bundled(text),
      () => baseline(text),
      25,
    );
    console.log(
      `  baseline            ${(mb / (then / 1000)).toFixed(1).padStart(8)} MB/s   (${then.toFixed(1)} ms)   this version takes ${(now / then).toFixed(3)}x its time (${now.toFixed(1)} ms side by side)`,
    );
  }
  console.log(
    `  /\\d+/g scan         ${(mb / (scan / 1000)).toFixed(1).padStart(8)} MB/s   (${scan.toFixed(1)} ms)   findFigures takes ${(ours / scan).toFixed(1)}x its time`,
  );
  console.log(
    `  Recognizers-Text    ${theirsMBs.toFixed(4).padStart(8)} MB/s   (${theirs.toFixed(0)} ms on a ${(smb * 1000).toFixed(1)} KB slice; currency + percentage)`,
  );
  console.log(
    `  speed-up over Recognizers-Text: ${(oursMBs / theirsMBs).toFixed(0)}x by throughput ` +
      `(${(theirs / oursOnSample).toFixed(0)}x on the same slice)`,
  );
  console.log(
    `  linearity: 10 MB takes ${(t10 / t1).toFixed(2)}x the time of 1 MB (${t1.toFixed(1)} ms vs ${t10.toFixed(1)} ms; for ${sizeRatio.toFixed(2)}x the bytes)`,
  );
}

/**
 * Per block, as the page engine calls it: findFigures once per block of a page's visible text (its
 * lines here), against a /\d+/g scan of the same blocks, alternately (lower deciles of 25 runs of all
 * blocks). The cost of each call dominates here: most blocks are short and many hold no number.
 */
function benchBlocks(lang: string, pages: string[]): void {
  const blocks = pages.flatMap((p) => p.split('\n')).filter((b) => b.trim() !== '');
  const mb = blocks.reduce((n, b) => n + bytes(b), 0) / 1e6;
  const withDigits = blocks.filter((b) => /\d/.test(b)).length;
  const all = (find: Find) => () => {
    let n = 0;
    for (const b of blocks) n += find(b).length;
    return n;
  };
  const [ours, scan] = timePair(
    all(findFigures),
    () => {
      let n = 0;
      for (const b of blocks) n += digitScan(b);
      return n;
    },
    25,
  );
  console.log(
    `\n${lang === 'en' ? 'English' : 'Chinese'} per block: ${blocks.length} blocks (${withDigits} with a digit), ${mb.toFixed(2)} MB, ${all(findFigures)()} figures`,
  );
  console.log(
    `  findFigures per block ${(mb / (ours / 1000)).toFixed(1).padStart(6)} MB/s   (${ours.toFixed(2)} ms)`,
  );
  console.log(
    `  /\\d+/g per block      ${(mb / (scan / 1000)).toFixed(1).padStart(6)} MB/s   (${scan.toFixed(2)} ms)   findFigures takes ${(ours / scan).toFixed(1)}x its time`,
  );
  if (sideBySide !== null) {
    const [now, then] = timePair(all(sideBySide.ours), all(sideBySide.baseline), 25);
    console.log(
      `  baseline per block    ${(mb / (then / 1000)).toFixed(1).padStart(6)} MB/s   (${then.toFixed(2)} ms)   this version takes ${(now / then).toFixed(3)}x its time`,
    );
  }
}

/** Pages for the cold-start line: short and long, English and Chinese. */
const COLD_PAGES = [
  'postlight-reuters-fed-lifts-rates.html',
  'newspaper-fool-7-top-stocks-2015.html',
  'gne-sina-finance-bond-bubble-cios.html',
];

/** Runs in the child: argv = bundle, text file. Prints load, cold and warm ms as JSON. */
const COLD_CHILD = `
const { readFileSync } = await import('node:fs');
const [bundle, file] = process.argv.slice(-2);
const blocks = readFileSync(file, 'utf8').split('\\n').filter((b) => b.trim() !== '');
const t0 = performance.now();
const { findFigures } = await import(bundle);
const t1 = performance.now();
for (const b of blocks) findFigures(b);
const t2 = performance.now();
for (const b of blocks) findFigures(b);
const t3 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, cold: t2 - t1, warm: t3 - t2 }));
`;

async function coldStart(): Promise<void> {
  const { buildSync } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'figures-cold-'));
  try {
    const bundle = join(dir, 'figures.mjs');
    buildSync({
      entryPoints: [resolve(root, 'src/core/figures/index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      outfile: bundle,
      logLevel: 'error',
    });
    const runs = Math.max(1, Number(process.env.COLD_RUNS ?? 9));
    console.log(
      `\nCold start (fresh process per run, minified bundle of ${(readFileSync(bundle).length / 1024).toFixed(1)} KB, median of ${runs}):`,
    );
    for (const page of COLD_PAGES) {
      const text = visibleText(readFileSync(join(corpus, 'pages', page), 'utf8'));
      const file = join(dir, `${page}.txt`);
      writeFileSync(file, text);
      const res: { load: number; cold: number; warm: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const r = spawnSync(process.execPath, ['--input-type=module', '-e', COLD_CHILD, bundle, file], {
          encoding: 'utf8',
        });
        if (r.status !== 0) throw new Error(r.stderr);
        res.push(JSON.parse(r.stdout));
      }
      const med = (k: 'load' | 'cold' | 'warm') => {
        const v = res.map((x) => x[k]).sort((a, b) => a - b);
        return v[Math.floor(v.length / 2)]!.toFixed(2);
      };
      console.log(
        `  ${page.padEnd(42)} ${(bytes(text) / 1000).toFixed(1).padStart(5)} KB: first pass ${med('cold').padStart(6)} ms cold, ` +
          `${med('warm').padStart(6)} ms warm; module load ${med('load')} ms`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.env.FIGURES_BASELINE) {
    const { buildSync } = await import('esbuild');
    const dir = mkdtempSync(join(tmpdir(), 'figures-side-by-side-'));
    const load = async (entry: string, name: string): Promise<Find> => {
      const outfile = join(dir, `${name}.mjs`);
      buildSync({ entryPoints: [entry], bundle: true, format: 'esm', outfile, logLevel: 'error' });
      return ((await import(outfile)) as { findFigures: Find }).findFigures;
    };
    try {
      sideBySide = {
        ours: await load(resolve(root, 'src/core/figures/index.ts'), 'ours'),
        baseline: await load(resolve(process.env.FIGURES_BASELINE, 'index.ts'), 'baseline'),
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`baseline: ${process.env.FIGURES_BASELINE} (both bundled for the side-by-side ratios)`);
  }
  const langs = languages();
  const byLang: Record<string, string[]> = { en: [], zh: [] };
  for (const f of readdirSync(join(corpus, 'pages')).sort()) {
    const lang = langs.get(f);
    if (lang !== 'en' && lang !== 'zh') continue;
    byLang[lang]!.push(visibleText(readFileSync(join(corpus, 'pages', f), 'utf8')));
  }
  console.log(`node ${process.version}; pages: ${byLang.en!.length} English, ${byLang.zh!.length} Chinese`);
  bench('en', byLang.en!.join('\n'), Recognizers.Culture.English);
  bench('zh', byLang.zh!.join('\n'), Recognizers.Culture.Chinese);
  benchBlocks('en', byLang.en!);
  benchBlocks('zh', byLang.zh!);
  if (process.env.COLD_RUNS !== '0') await coldStart();
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
