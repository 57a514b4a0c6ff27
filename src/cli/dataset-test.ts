/**
 * `claimlens dataset test [FILES|DIRS...] [--json] [--data DIR]`: runs expectation files against their
 * pages through the code path of `claimlens scan` (the page engine over the saved page, the page's
 * date from its metadata) and prints, per page and in total, the expectations met, false ties, false
 * differs and missed ties. Exit 1 on any miss not recorded as `known` in its file.
 * `--json` prints one document: `{pages: [{file, page, totals, results}], totals}`.
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
  type ObservedBlock,
  type PageTotals,
  scorePage,
} from '../core/claims/expectations';
import { readDatasets } from './datasets-fs';
import type { CliIo } from './io';
import { scanHtml } from './scan';

export const DEFAULT_EXPECTATION_DIR = 'data/expectations';

interface PageOutcome {
  file: string;
  page: string;
  totals: PageTotals;
  results: ExpectationResult[];
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

/**
 * The page engine hands a block's (or a long block's window's) figures to the matcher a few at a
 * time: consecutive steps over the same text are one observed block, with all its figures.
 */
function observeStep(blocks: ObservedBlock[], step: ObservedBlock): void {
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
    const { results, totals } = scorePage(file, blocks, pageText(html));
    pages.push({ file: name, page: file.page, totals, results });
  }
  const totals = pages.reduce((t, p) => addTotals(t, p.totals), emptyTotals());
  const failed = pages.reduce((n, p) => n + failures(p.results).length, 0);
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
