/**
 * `claimlens scan`: the extension's page engine over saved pages in happy-dom, and its --json
 * contract: one object per page, {page, figures, annotations: [{text, figure, claim, verdict, note, block}], ms}.
 * The shared corpus of real pages is scanned here too, against its hand-reviewed expectation files
 * (data/expectations/corpus: the marks a reader expects, and the figures in each article's own text).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../../src/cli/io';
import { readDatasets } from '../../../src/cli/datasets-fs';
import { judgePage, observeStep, unmet } from '../../../src/cli/dataset-test';
import { run, scanHtml } from '../../../src/cli/scan';
import { expectationFileSchema, type ObservedBlock } from '../../../src/core/claims/expectations';
import { compileDatasets } from '../../../src/core/claims';
import { openccConverter } from '../../../src/platform/opencc-converter';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The shared real pages beside the repository, and their hand-reviewed expectation files. */
const CORPUS = resolve(ROOT, '../shared/corpus/pages');
const CORPUS_EXPECTATIONS = resolve(ROOT, 'data/expectations/corpus');
/**
 * A saved page of up to 1.4 MB scanned in happy-dom on a shared two-core machine: the CNN page's scan
 * of every block took 2 s, but with the subject-blocks-only scan beside it 3 minutes (load 25).
 */
const PAGE_SCAN_MS = 300_000;
const corpusPages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((n) => n.endsWith('.html')) : [];

async function scan(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readStdin: async () => '',
    cwd: ROOT,
  };
  const code = await run(args, io);
  return { code, out, err };
}

describe('claimlens scan', () => {
  test('--json follows the contract on the demo articles', async () => {
    const { code, out, err } = await scan(['test/fixtures/demo', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const pages = JSON.parse(out) as {
      page: string;
      figures: number;
      ms: number;
      annotations: {
        text: string;
        figure: { start: number; end: number; kind: string; value: number };
        claim: {
          id: string;
          subject: string;
          statement: string;
          kind: string;
          value: number;
          unit: string | null;
        };
        verdict: string;
        note?: string;
        block: string;
      }[];
    }[];
    expect(pages.map((p) => p.page)).toEqual(['test/fixtures/demo/index.html', 'test/fixtures/demo/zh.html']);
    for (const page of pages) {
      expect(page.figures).toBeGreaterThan(page.annotations.length);
      expect(page.ms).toBeGreaterThan(0);
      for (const a of page.annotations) {
        expect(Object.keys(a.claim).sort()).toEqual(['id', 'kind', 'statement', 'subject', 'unit', 'value']);
        expect(['consistent', 'needs-context', 'differs']).toContain(a.verdict);
        // the figure's offsets point into the block it came from
        expect(a.block.slice(a.figure.start, a.figure.end)).toBe(a.text);
      }
    }
    const [en, zh] = pages;
    const capex = en!.annotations.filter((a) => a.claim.id === 'capex-380');
    // "<b>380</b> billion yuan" is found across the element boundary, and the facts table's cell through
    // its caption and row header; the chip consortium's 380 billion yuan is not Alibaba's
    expect(capex.map((a) => a.text)).toEqual(['380 billion yuan', 'RMB 380 billion']);
    expect(capex[0]!.block).toContain('Alibaba will invest 380 billion yuan');
    expect(zh!.annotations.filter((a) => a.claim.id === 'capex-380').map((a) => a.text)).toEqual([
      '3800亿元',
    ]);
    expect(en!.annotations.find((a) => a.text === '7%')).toMatchObject({ verdict: 'needs-context' });
    expect(en!.annotations.find((a) => a.text === '+9.2%')).toMatchObject({
      verdict: 'consistent',
      block: '+9.2%',
    });
  });

  test('a figure split across inline elements, and a page dated before the claim', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-scan-'));
    writeFileSync(
      join(dir, 'split.html'),
      '<p>Alibaba plans to invest <b>380</b> billion <a href="#">yuan</a> in AI infrastructure.</p>',
    );
    writeFileSync(
      join(dir, 'old.html'),
      '<head><meta property="article:published_time" content="2019-09-07T10:00:00Z"></head>' +
        '<p>Alibaba plans to invest 380 billion yuan in AI infrastructure.</p>',
    );
    const { code, out } = await scan([dir, '--json']);
    expect(code).toBe(0);
    const [old, split] = JSON.parse(out) as { page: string; annotations: { text: string }[] }[];
    expect(split!.annotations.map((a) => a.text)).toEqual(['380 billion yuan']);
    expect(old!.annotations).toEqual([]);
  });

  test('the readable output names verdicts, claims and sources', async () => {
    const { code, out } = await scan(['test/fixtures/demo/index.html']);
    expect(code).toBe(0);
    expect(out).toMatch(/consistent\s+"380 billion yuan" -> capex-380/);
    expect(out).toContain('source: Xinhua');
  });

  test('no path is a usage error', async () => {
    const { code, err } = await scan([]);
    expect(code).toBe(2);
    expect(err).toContain('usage');
  });
});

describe('reading only the blocks that name a subject (as the extension does)', async () => {
  const { datasets } = await readDatasets([resolve(ROOT, 'data/claims')]);
  const index = compileDatasets(datasets, openccConverter());
  const pages = [
    ...['demo/index.html', 'demo/zh.html', 'pages/acme-energy.html', 'pages/live-article.html'].map((p) =>
      resolve(ROOT, 'test/fixtures', p),
    ),
    ...corpusPages.map((n) => join(CORPUS, n)),
  ];

  test.each(pages)(
    'same annotations, fewer figures read: %s',
    async (file) => {
      const html = readFileSync(file, 'utf8');
      const errors: string[] = [];
      const every = await scanHtml(html, file, index, (e) => errors.push(e));
      const subjects = await scanHtml(html, file, index, (e) => errors.push(e), { subjectBlocksOnly: true });
      expect(errors).toEqual([]);
      expect(subjects.annotations).toEqual(every.annotations);
      expect(subjects.figures).toBeLessThanOrEqual(every.figures);
    },
    PAGE_SCAN_MS,
  );

  test('the demo article still marks its claims when only its subject blocks are read', async () => {
    const html = readFileSync(resolve(ROOT, 'test/fixtures/demo/index.html'), 'utf8');
    const scan = await scanHtml(html, 'demo', index, undefined, { subjectBlocksOnly: true });
    expect(scan.annotations.length).toBeGreaterThan(5);
  });
});

describe.skipIf(corpusPages.length === 0)('the shared corpus against its expectation files', async () => {
  const { datasets } = await readDatasets([resolve(ROOT, 'data/claims')]);
  const index = compileDatasets(datasets, openccConverter());

  test('every corpus page has a reviewed expectation file that lists all its marks, and no file is left over', () => {
    const files = readdirSync(CORPUS_EXPECTATIONS).filter((n) => n.endsWith('.json'));
    expect(files.map((n) => n.replace(/\.json$/, '.html')).sort()).toEqual([...corpusPages].sort());
    for (const name of files) {
      const file = expectationFileSchema.parse(
        JSON.parse(readFileSync(join(CORPUS_EXPECTATIONS, name), 'utf8')),
      );
      expect(file.page, name).toBe(`../shared/corpus/pages/${name.replace(/\.json$/, '.html')}`);
      // complete: a mark no entry names is a false tie, so "nothing is marked" is checked too
      expect(file.complete, name).toBe(true);
    }
  });

  test.each(corpusPages)(
    "marks what a careful reader expects, nothing else, and reads the main text's figures: %s",
    async (name) => {
      const file = expectationFileSchema.parse(
        JSON.parse(readFileSync(join(CORPUS_EXPECTATIONS, name.replace(/\.html$/, '.json')), 'utf8')),
      );
      const html = readFileSync(join(CORPUS, name), 'utf8');
      const blocks: ObservedBlock[] = [];
      await scanHtml(html, name, index, undefined, { observe: (block) => observeStep(blocks, block) });
      expect(unmet(await judgePage(file, html, blocks))).toEqual([]);
    },
    PAGE_SCAN_MS,
  );
});

describe('main-text figure counts of an expectation file', () => {
  const html =
    '<nav><p>Up 5%</p></nav><article><p>Revenue rose 7% to $53bn.</p><p>No figure here.</p></article>';
  const file = (figures: number, known?: string) =>
    expectationFileSchema.parse({
      page: 'x.html',
      figures: [],
      mainText: { selector: 'article p', figures, why: '7% and $53bn', ...(known ? { known } : {}) },
    });

  test.each([
    ['the count a reader made is met', 2, undefined, []],
    [
      'a different count fails, naming what was read',
      3,
      undefined,
      ['main text "article p": expected 3 figures, read 2'],
    ],
    ['a known miss is reported but does not fail', 3, 'a reason', []],
  ])('%s', async (_why, figures, known, expected) => {
    const outcome = await judgePage(file(figures, known), html, []);
    expect(outcome.mainText?.found).toEqual(['7%', '$53bn']);
    expect(unmet(outcome)).toEqual(expected);
  });
});
