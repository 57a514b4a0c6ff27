/**
 * `claimlens scan FILE|DIR... [--json] [--data DIR]`: runs the extension's page scanner (PageScanner,
 * the very code the content script runs to read a page) over saved pages in happy-dom, and prints what it would mark.
 * `--json` prints one JSON array, one object per page (a public contract):
 * `{page, figures, annotations: [{text, figure, claim, verdict, note, block}], ms}`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { type CompiledIndex, compileDatasets, createMatcher, subjectHint, subjectTest } from '../core/claims';
import { openccConverter } from '../platform/opencc-converter';
import { pageSubjectTest } from '../core/claims/subject-test';
import type { ObservedBlock } from '../core/claims/expectations';
import { publishedDate } from '../page/page-date';
import { readFigures } from '../core/read-figures';
import { PageScanner } from '../page/scanner';
import type { PageReport } from '../contracts/report';
import { readDatasets } from './datasets-fs';
import type { CliIo } from './io';

export interface PageScan {
  page: string;
  figures: number;
  annotations: (Omit<PageReport['marks'][number]['annotation'], 'start' | 'end'> & { block: string })[];
  ms: number;
}

function htmlFiles(paths: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) if (/\.html?$/i.test(name)) files.push(join(full, name));
    } else files.push(full);
  }
  return files;
}

/** The article's headline as the page gives it: its first h1, else its title. */
export function articleTitle(document: Document): string | undefined {
  const text = document.querySelector('h1')?.textContent?.trim() || document.title?.trim();
  return text || undefined;
}

export interface ScanOptions {
  /**
   * Read only the blocks that name a subject of the datasets, as the extension does. Off by default:
   * the command counts every figure on the page (the annotations are the same either way).
   */
  subjectBlocksOnly?: boolean;
  /** Called with each block the matcher is asked about: its text, figures and annotations. */
  observe?: (block: ObservedBlock) => void;
}

/** A happy-dom window for a saved page: none of its scripts, style sheets, frames or links load. */
export function offlineWindow(): Window {
  return new Window({
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true },
    },
  });
}

/** Scans one HTML document with the page engine; no script of the page runs and nothing is fetched. */
export async function scanHtml(
  html: string,
  page: string,
  index: CompiledIndex,
  onError: (message: string) => void = () => {},
  options: ScanOptions = {},
): Promise<PageScan> {
  const window = offlineWindow();
  try {
    const document = window.document as unknown as Document;
    document.write(html);
    const started = performance.now();
    const pageDate = publishedDate(document);
    const title = articleTitle(document);
    const lead = document.querySelector('article p, main p, p')?.textContent?.trim();
    const matcher = createMatcher(index, {
      ...(pageDate ? { pageDate } : {}),
      ...(title ? { title } : {}),
      ...(lead ? { lead } : {}),
    });
    const scanner = new PageScanner({
      doc: document,
      engine: {
        findFigures: readFigures,
        match: (text, figures, context) => {
          const annotations = matcher.match(text, figures, context);
          options.observe?.({ text, figures, annotations });
          return annotations;
        },
        ...(options.subjectBlocksOnly
          ? {
              namesSubject: pageSubjectTest(subjectTest([index]), title, lead),
              mayNameSubject: subjectHint([index]),
            }
          : {}),
      },
      claim: (id) => matcher.claim(id),
      onError: (where, error) => onError(`${page}: ${where}: ${String(error)}`),
    });
    await scanner.scanPage();
    const report = scanner.report();
    scanner.stop();
    return {
      page,
      figures: report.stats.figures,
      annotations: report.marks.map(({ annotation, block }) => {
        const { start: _start, end: _end, ...rest } = annotation;
        return { ...rest, note: annotation.note, block };
      }),
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
  } finally {
    await window.happyDOM.close();
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json');
  const dataIndex = args.indexOf('--data');
  const dataDir = dataIndex >= 0 ? args[dataIndex + 1] : undefined;
  const paths = args.filter((arg, i) => !arg.startsWith('--') && (dataIndex < 0 || i !== dataIndex + 1));
  if (paths.length === 0) {
    io.stderr('usage: claimlens scan FILE|DIR... [--json] [--data DATASET_DIR]\n');
    return 2;
  }
  const { datasets, errors } = await readDatasets([resolve(io.cwd, dataDir ?? 'data/claims')]);
  if (errors.length > 0) {
    io.stderr(`${errors.join('\n')}\n`);
    return 1;
  }
  const index = compileDatasets(datasets, openccConverter());
  const matcher = createMatcher(index);
  const results: PageScan[] = [];
  for (const file of htmlFiles(paths, io.cwd)) {
    const page = relative(io.cwd, file) || file;
    results.push(
      await scanHtml(readFileSync(file, 'utf8'), page, index, (message) => io.stderr(`${message}\n`)),
    );
  }
  if (json) {
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return 0;
  }
  for (const result of results) {
    io.stdout(
      `\n${result.page}: ${result.figures} figures, ${result.annotations.length} annotations, ${result.ms} ms\n`,
    );
    for (const a of result.annotations) {
      const claim = matcher.claim(a.claim.id);
      io.stdout(
        `  ${a.verdict.padEnd(13)} ${JSON.stringify(a.text)} -> ${a.claim.id}: ${a.claim.statement}\n`,
      );
      if (a.note) io.stdout(`                note: ${a.note}\n`);
      for (const source of claim?.sources ?? [])
        io.stdout(
          `                source: ${source.publisher}${source.published ? `, ${source.published}` : ''}: ${source.url}\n`,
        );
    }
  }
  return 0;
}
