/**
 * Expectation files: what a careful reader ties on one real page, written by dataset editors and run
 * by `claimlens dataset test`. The zod schema (the file format, also exported as a JSON Schema) and
 * the scoring of one page's matcher output against it. Pure: no DOM, no Node APIs.
 *
 * A figure is named by its text as the page writes it, plus either a short `context` around it (the
 * first place the context occurs) or an `occurrence` (1 = the first time the text occurs on the page).
 * The recognised figure that overlaps that place is the one the expectation is about.
 */
import * as z from 'zod';
import type { Figure } from '../figures/types';
import type { Annotation, Verdict } from './types';

const verdictSchema = z.enum(['consistent', 'needs-context', 'differs']);
const nonEmpty = z.string().trim().min(1);

const figureRef = {
  figure: nonEmpty.describe('the figure as the page writes it, e.g. "9.2 percent" or "3800亿元"'),
  context: nonEmpty
    .optional()
    .describe('a short run of page text containing the figure, to say which occurrence is meant'),
  occurrence: z
    .int()
    .min(1)
    .optional()
    .describe('which occurrence of `figure` on the page (1 = first); ignored when `context` is given'),
  why: nonEmpty.describe('why a careful reader sees it so'),
  known: nonEmpty
    .optional()
    .describe(
      'a known miss: the reason the engine does not meet this yet. Still counted in the totals, but does not fail the run',
    ),
};

const tieExpectation = z.strictObject({
  ...figureRef,
  tie: z
    .union([nonEmpty, z.array(nonEmpty).min(1)])
    .describe('the claim id the figure belongs to (a list: any of these claims is right)'),
  verdict: z
    .union([verdictSchema, z.array(verdictSchema).min(1)])
    .describe('the verdict (a list: any of these)'),
});
const noTieExpectation = z.strictObject({
  ...figureRef,
  tie: z.literal(false).describe('the figure belongs to no claim'),
});
const notDiffersExpectation = z.strictObject({
  ...figureRef,
  differs: z.literal(false).describe('the figure may be tied or not, but never called "differs"'),
});

export const expectationSchema = z.union([tieExpectation, noTieExpectation, notDiffersExpectation]);
export type Expectation = z.infer<typeof expectationSchema>;

/**
 * How many figures the recognizer finds in the article's own text (not its menus, tickers or link
 * lists), counted by a reader: a check of the recognizer on real writing, apart from the claims.
 */
export const mainTextSchema = z.strictObject({
  selector: nonEmpty.describe(
    'a CSS selector for the elements that hold the article\'s own text, e.g. "article p"; each one\'s text is read as one block',
  ),
  figures: z.int().min(0).describe('how many figures a careful reader counts there'),
  why: nonEmpty.describe('what was counted, and anything a reader might count differently'),
  known: nonEmpty
    .optional()
    .describe(
      'a known miss: why the recognizer does not find that many yet. Reported, but does not fail the run',
    ),
});
export type MainTextExpectation = z.infer<typeof mainTextSchema>;

export const expectationFileSchema = z.strictObject({
  $schema: z.string().optional(),
  page: nonEmpty.describe('the page, as a path relative to the repository root'),
  about: z.string().optional().describe('what the page is, for the reader of this file'),
  complete: z
    .boolean()
    .default(false)
    .describe('every figure the engine ties on the page must be listed; an unlisted tie is a false tie'),
  figures: z.array(expectationSchema),
  mainText: mainTextSchema.optional(),
});
export type ExpectationFile = z.infer<typeof expectationFileSchema>;

export function expectationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(expectationFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'ClaimLens expectation file',
    description:
      'Generated from src/core/claims/expectations.ts by `claimlens dataset schema`; do not edit. What a careful reader ties on one page; run by `claimlens dataset test`.',
  };
}

/** One block of the page as the engine read it: its text, its figures and the matcher's annotations. */
export interface ObservedBlock {
  text: string;
  figures: Figure[];
  annotations: Annotation[];
}

export type Outcome = 'met' | 'false-tie' | 'false-differs' | 'missed' | 'wrong-verdict' | 'not-found';

export interface ExpectationResult {
  expectation: Expectation | null;
  outcome: Outcome;
  /** what the engine did with the figure: "consistent -> capex-380", "no tie", "not recognised" */
  actual: string;
  /** the figure's text as written, for the report */
  figure: string;
  known?: string;
}

export interface PageTotals {
  expectations: number;
  met: number;
  falseTies: number;
  falseDiffers: number;
  missed: number;
  wrongVerdicts: number;
  notFound: number;
  /** misses recorded as known in their files (counted above too) */
  known: number;
}

/** Where an expectation points in the page: block index and offset, or undefined. */
function locate(blocks: ObservedBlock[], e: Expectation): { block: number; start: number } | undefined {
  if (e.context !== undefined) {
    for (let b = 0; b < blocks.length; b++) {
      const at = blocks[b]!.text.indexOf(e.context);
      if (at < 0) continue;
      const inner = e.context.indexOf(e.figure);
      if (inner < 0) return undefined;
      return { block: b, start: at + inner };
    }
    return undefined;
  }
  let left = e.occurrence ?? 1;
  for (let b = 0; b < blocks.length; b++) {
    const text = blocks[b]!.text;
    for (let at = text.indexOf(e.figure); at >= 0; at = text.indexOf(e.figure, at + 1)) {
      if (--left === 0) return { block: b, start: at };
    }
  }
  return undefined;
}

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) =>
  aStart < bEnd && bStart < aEnd;

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

function describe(a: Annotation | undefined): string {
  return a ? `${a.verdict} -> ${a.claim.id}` : 'no tie';
}

function judge(e: Expectation, annotation: Annotation | undefined): Outcome {
  if ('differs' in e) return annotation?.verdict === 'differs' ? 'false-differs' : 'met';
  if (e.tie === false) {
    if (!annotation) return 'met';
    return annotation.verdict === 'differs' ? 'false-differs' : 'false-tie';
  }
  if (!annotation) return 'missed';
  if (!asList(e.tie).includes(annotation.claim.id))
    return annotation.verdict === 'differs' ? 'false-differs' : 'false-tie';
  if (asList<Verdict>(e.verdict).includes(annotation.verdict)) return 'met';
  return annotation.verdict === 'differs' ? 'false-differs' : 'wrong-verdict';
}

/**
 * Scores one page. Each expectation finds its figure; a tie expectation is met when the engine
 * tied that figure to one of the listed claims with one of the listed verdicts. With `complete`,
 * every annotation no expectation points at is a false tie (a false differs when it says differs).
 */
export function scorePage(
  file: Pick<ExpectationFile, 'figures' | 'complete'>,
  blocks: ObservedBlock[],
  /** the page's whole text: a figure found there but in no observed block was not recognised */
  pageText = '',
): { results: ExpectationResult[]; totals: PageTotals } {
  const results: ExpectationResult[] = [];
  const claimed = new Set<Annotation>();
  for (const e of file.figures) {
    const at = locate(blocks, e);
    const base = { expectation: e, figure: e.figure, ...(e.known ? { known: e.known } : {}) };
    if (!at) {
      // the matcher sees only blocks with figures: text elsewhere on the page is an unread figure
      const onPage = pageText.includes(e.context ?? e.figure) && (e.context ?? e.figure).includes(e.figure);
      if (onPage)
        results.push({ ...base, outcome: judge(e, undefined), actual: 'not recognised as a figure' });
      else results.push({ ...base, outcome: 'not-found', actual: 'figure text not found on the page' });
      continue;
    }
    const block = blocks[at.block]!;
    const end = at.start + e.figure.length;
    const figure = block.figures.find((f) => overlaps(f.start, f.end, at.start, end));
    const annotation = figure
      ? block.annotations.find((a) => overlaps(a.start, a.end, figure.start, figure.end))
      : undefined;
    if (annotation) claimed.add(annotation);
    const outcome = judge(e, annotation);
    const actual = figure ? describe(annotation) : 'not recognised as a figure';
    results.push({ ...base, outcome, actual });
  }
  if (file.complete) {
    for (const block of blocks) {
      for (const a of block.annotations) {
        if (claimed.has(a)) continue;
        results.push({
          expectation: null,
          figure: a.text,
          outcome: a.verdict === 'differs' ? 'false-differs' : 'false-tie',
          actual: `${describe(a)} (not listed)`,
        });
      }
    }
  }
  return { results, totals: totalsOf(results) };
}

export function emptyTotals(): PageTotals {
  return {
    expectations: 0,
    met: 0,
    falseTies: 0,
    falseDiffers: 0,
    missed: 0,
    wrongVerdicts: 0,
    notFound: 0,
    known: 0,
  };
}

const FIELD: Record<Outcome, keyof PageTotals> = {
  met: 'met',
  'false-tie': 'falseTies',
  'false-differs': 'falseDiffers',
  missed: 'missed',
  'wrong-verdict': 'wrongVerdicts',
  'not-found': 'notFound',
};

export function totalsOf(results: ExpectationResult[]): PageTotals {
  const t = emptyTotals();
  for (const r of results) {
    if (r.expectation) t.expectations++;
    t[FIELD[r.outcome]]++;
    if (r.outcome !== 'met' && r.known) t.known++;
  }
  return t;
}

export function addTotals(a: PageTotals, b: PageTotals): PageTotals {
  const out = emptyTotals();
  for (const k of Object.keys(out) as (keyof PageTotals)[]) out[k] = a[k] + b[k];
  return out;
}

/** Misses that fail a run: every result not met and not recorded as known. */
export function failures(results: ExpectationResult[]): ExpectationResult[] {
  return results.filter((r) => r.outcome !== 'met' && !r.known);
}
