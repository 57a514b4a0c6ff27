/**
 * `claimlens dataset test [FILES|DIRS...] [--json] [--data DIR]`: runs expectation files against their
 * pages through the code path of `claimlens scan` (the page engine over the saved page, the page's
 * date from its metadata) and prints, per page and in total, the expectations met, false ties, false
 * differs and missed ties. Exit 1 on any miss not recorded as `known` in its file.
 * A file's `mainText` is checked too: the figures the recognizer reads in the article's own text.
 * `--json` prints one document: `{pages: [{file, page, totals, results, mainText?}], totals}`, where
 * `mainText` is `{selector, expected, found: [figure texts], met, known?}`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compileDatasets } from '../core/claims/compile';
import {
  addTotals,
  type ExpectationFile,
  type ExpectationResult,
  emptyTotals,
  expectationFileSchema,
  failures,
  type MainTextExpectation,
  type ObservedBlock,
  type PageTotals,
  scorePage,
} from '../core/claims/expectations';
import { readFigures } from '../core/read-figures';
import { readDatasets } from './datasets-fs';
import type { CliIo } from './io';
import { offlineWindow, scanHtml } from './scan';

export const DEFAULT_EXPECTATION_DIR = 'data/expectations';

interface MainTextOutcome {
  selector: string;
  expected: number;
  /** the figures the recognizer read there, as the page writes them */
  found: string[];
  met: boolean;
  known?: string;
}

interface PageOutcome {
  file: string;
  page: string;
  totals: PageTotals;
  results: ExpectationResult[];
  mainText?: MainTextOutcome;
}

/** The figures the recognizer reads in the text of each element `selector` matches (no script runs). */
async function mainTextFigures(html: string, selector: string): Promise<string[]> {
  const window = offlineWindow();
  try {
    window.document.write(html);
    return [...window.document.querySelectorAll(selector)].flatMap((element) =>
      readFigures(element.textContent ?? '').map((f) => f.text),
    );
  } finally {
    await window.happyDOM.close();
  }
}

async function checkMainText(html: string, expectation: MainTextExpectation): Promise<MainTextOutcome> {
  const found = await mainTextFigures(html, expectation.selector);
  return {
    selector: expectation.selector,
    expected: expectation.figures,
    found,
    met: found.length === expectation.figures,
    ...(expectation.known ? { known: expectation.known } : {}),
  };
}

function jsonFiles(paths: string[], cwd: string): string[] {
  const files: string[] = [];
  const walk = (full: string) => {
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) {
        const child = join(full, name);
        if (statSync(child).isDirectory() || name.endsWith('.json')) walk(child);
      }
    } else files.push(full);
  };
  for (const path of paths) walk(resolve(cwd, path));
  return files;
}

function readExpectations(file: string): { file?: ExpectationFile; error?: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { error: `not JSON: ${String(error)}` };
  }
  const parsed = expectationFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { error: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  return { file: parsed.data };
}

/** The page's text for finding figures the engine did not read: tags dropped, entities of text decoded. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const pct = (n: number, d: number) => (d === 0 ? '100.0' : ((100 * n) / d).toFixed(1));

function line(label: string, t: PageTotals): string {
  return `${label}: ${t.met}/${t.expectations} met (${pct(t.met, t.expectations)}%), ${t.falseTies} false ties, ${t.falseDiffers} false differs, ${t.missed} missed ties, ${t.wrongVerdicts} wrong verdicts, ${t.notFound} not found${t.known ? ` (${t.known} known)` : ''}`;
}

/** One page's expectations against what the engine read there (its observed blocks). */
export async function judgePage(
  file: ExpectationFile,
  html: string,
  blocks: ObservedBlock[],
): Promise<Omit<PageOutcome, 'file' | 'page'>> {
  const { results, totals } = scorePage(file, blocks, pageText(html));
  const mainText = file.mainText ? await checkMainText(html, file.mainText) : undefined;
  return { totals, results, ...(mainText ? { mainText } : {}) };
}

/** What fails a page: each miss not recorded as known, one line each. */
export function unmet(outcome: Omit<PageOutcome, 'file' | 'page'>): string[] {
  const lines = failures(outcome.results).map(
    (r) => `${r.outcome} ${JSON.stringify(r.figure)}: got ${r.actual}`,
  );
  const m = outcome.mainText;
  if (m && !m.met && !m.known)
    lines.push(
      `main text ${JSON.stringify(m.selector)}: expected ${m.expected} figures, read ${m.found.length}`,
    );
  return lines;
}

/**
 * The page engine hands a block's (or a long block's window's) figures to the matcher a few at a
 * time: consecutive steps over the same text are one observed block, with all its figures.
 */
export function observeStep(blocks: ObservedBlock[], step: ObservedBlock): void {
  const last = blocks.at(-1);
  if (!last || last.text !== step.text) {
    blocks.push({ text: step.text, figures: [...step.figures], annotations: [...step.annotations] });
    return;
  }
  const seen = new Set(last.figures.map((f) => f.start));
  for (const figure of step.figures) if (!seen.has(figure.start)) last.figures.push(figure);
  last.annotations.push(...step.annotations);
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const dataIndex = args.indexOf('--data');
  const dataDir = dataIndex >= 0 ? args[dataIndex + 1] : undefined;
  const paths = args.filter((arg, i) => !arg.startsWith('--') && (dataIndex < 0 || i !== dataIndex + 1));
  const { datasets, errors } = await readDatasets([resolve(io.cwd, dataDir ?? 'data/claims')]);
  if (errors.length > 0) {
    io.stderr(`${errors.join('\n')}\n`);
    return 1;
  }
  const index = compileDatasets(datasets);
  const files = jsonFiles(paths.length > 0 ? paths : [DEFAULT_EXPECTATION_DIR], io.cwd);
  const pages: PageOutcome[] = [];
  let bad = 0;
  for (const path of files) {
    const name = relative(io.cwd, path) || path;
    const { file, error } = readExpectations(path);
    if (!file) {
      io.stderr(`${name}: ${error}\n`);
      bad++;
      continue;
    }
    let html: string;
    try {
      html = readFileSync(resolve(io.cwd, file.page), 'utf8');
    } catch {
      io.stderr(`${name}: page not found: ${file.page}\n`);
      bad++;
      continue;
    }
    const blocks: ObservedBlock[] = [];
    await scanHtml(html, file.page, index, (message) => io.stderr(`${message}\n`), {
      observe: (block) => observeStep(blocks, block),
    });
    pages.push({ file: name, page: file.page, ...(await judgePage(file, html, blocks)) });
  }
  const totals = pages.reduce((t, p) => addTotals(t, p.totals), emptyTotals());
  const failed = pages.reduce((n, p) => n + unmet(p).length, 0);
  if (json) {
    io.stdout(`${JSON.stringify({ pages, totals }, null, 2)}\n`);
  } else {
    for (const p of pages) {
      io.stdout(`${line(p.file, p.totals)}\n`);
      for (const r of p.results) {
        if (r.outcome === 'met') continue;
        const wanted = r.expectation ? expected(r.expectation) : 'not listed';
        io.stdout(
          `  ${r.outcome.padEnd(13)} ${JSON.stringify(r.figure)}: expected ${wanted}; got ${r.actual}${r.known ? ` [known: ${r.known}]` : ''}\n`,
        );
      }
      const m = p.mainText;
      if (m && !m.met)
        io.stdout(
          `  main text     ${JSON.stringify(m.selector)}: expected ${m.expected} figures; read ${m.found.length}: ${m.found.map((f) => JSON.stringify(f)).join(', ')}${m.known ? ` [known: ${m.known}]` : ''}\n`,
        );
    }
    io.stdout(`${line(`total (${pages.length} pages)`, totals)}\n`);
  }
  return failed > 0 || bad > 0 ? 1 : 0;
}

function expected(e: NonNullable<ExpectationResult['expectation']>): string {
  if ('differs' in e) return 'never differs';
  if (e.tie === false) return 'no tie';
  const claims = Array.isArray(e.tie) ? e.tie.join('|') : e.tie;
  const verdicts = Array.isArray(e.verdict) ? e.verdict.join('|') : e.verdict;
  return `${verdicts} -> ${claims}`;
}
