/**
 * The matcher: ties the figures of one block of page text to dataset claims, with a verdict.
 * Runs in the content script: no zod, no DOM, no Node APIs.
 *
 * The work is split along its seams, each a module of its own:
 * - lookup.ts: the tables built once per index (phrases, claims' measures, sorted figure buckets);
 * - context.ts: per block, worked out once (phrase hits, sentences, clauses, date references), and
 *   per figure looked up by offset: its clause and whose figure it is;
 * - precision.ts: the interval a written figure stands for ("over 7%" = [7, 8));
 * - dates.ts: which day a figure is placed at;
 * - verdicts.ts: consistent / needs-context / differs among the claims of the owner's family;
 * - notes.ts: the annotation and its card note.
 * The rules are written down in data/claims/README.md ("How the matcher uses it").
 */
import type { Figure } from '../figures/types';
import type { CompiledIndex } from './compile';
import { articleFamily, blockContext, clauseAt, hitsIn, ownerFamily, sentenceAt } from './context';
import type { Lang } from './format';
import { type Lookup, lookupSteps, runSteps } from './lookup';
import { type Market, soleMarket } from './markets';
import { Notes } from './notes';
import { pageInterval } from './precision';
import type { Annotation, ClaimRecord } from './types';
import { agree, differ, type FigureContext } from './verdicts';

export { clauseAt } from './context';
export { pageInterval, precisionStep } from './precision';

export interface Matcher {
  claims: ClaimRecord[];
  claim(id: string): ClaimRecord | undefined;
  /**
   * `context`: text that says what a block is about when the block itself names no company (a table
   * cell's caption and row header). It can tie a figure to a subject and supply topic words, but
   * never makes a figure "differ": that needs the subject in the figure's own clause.
   */
  match(blockText: string, figures: Figure[], context?: string): Annotation[];
}

export interface MatcherOptions {
  /** language of the strings in annotations (subject, statement, note); default en */
  lang?: Lang;
  /**
   * The page's publication date (ISO), when it states one. A page published before a claim's as-of
   * date cannot be about it; relative days ("on Monday", "last quarter") are resolved against it.
   */
  pageDate?: string;
  /**
   * The article's title or headline. When it names one company and that company is a dataset
   * subject, a block that names no company at all ("the company's shares rose 9%") is about it.
   */
  title?: string;
  /**
   * The article's lead (first paragraph): its one company is the article's subject when the title
   * names several, and its one listing the article's listing when the title names none.
   */
  lead?: string;
}

function matchBlock(
  lookup: Lookup,
  notes: Notes,
  page: { date: string | undefined; article: number | undefined; market: Market | undefined },
  blockText: string,
  figures: Figure[],
  context: string | undefined,
): Annotation[] {
  if (figures.length === 0 || typeof blockText !== 'string') return [];
  const block = blockContext(lookup, blockText, page.date, context, page.article);
  if (!block) return [];
  const out: Annotation[] = [];
  for (const figure of figures) {
    if (!figure || typeof figure.value !== 'number' || !Number.isFinite(figure.value)) continue;
    const sentence = sentenceAt(block, figure.start);
    const clause = clauseAt(block, sentence, figure.start);
    const sentenceHits = hitsIn(block, sentence);
    const sameSpan = clause[0] === sentence[0] && clause[1] === sentence[1];
    const clauseHits = sameSpan ? sentenceHits : hitsIn(block, clause);
    const family = ownerFamily(clauseHits, sentenceHits, block.family, figure.start);
    const fam = family === undefined ? undefined : lookup.families.get(family);
    if (family === undefined || !fam) continue;
    const fc: FigureContext = {
      figure,
      block,
      sentence,
      clause,
      sentenceHits,
      clauseHits,
      family,
      q: pageInterval(figure),
      pageDate: page.date,
      pageMarket: page.market,
    };
    const found = agree(lookup, fam, fc) ?? differ(lookup, fam, fc);
    if (found) out.push(notes.annotate(found.claim, found.fig, found.verdict, figure, found.flags));
  }
  return out;
}

export function createMatcher(index: CompiledIndex, options: MatcherOptions = {}): Matcher {
  return runSteps(matcherSteps(index, options));
}

/**
 * createMatcher a part at a time (see lookupSteps): the page engine builds a cold matcher over a few
 * tasks of the page. Run to its end, it gives the matcher createMatcher gives.
 */
export function* matcherSteps(index: CompiledIndex, options: MatcherOptions = {}): Generator<void, Matcher> {
  const lang: Lang = options.lang ?? 'en';
  const claims: ClaimRecord[] = index.claims.map((c) => ({
    ...c.record,
    dataset: index.datasets[c.dataset] ?? { id: '', name: '', version: '' },
  }));
  const byId = new Map<string, number>();
  claims.forEach((c, i) => {
    if (!byId.has(c.id)) byId.set(c.id, i);
  });
  yield;
  const lookup = yield* lookupSteps(index);
  const notes = new Notes(claims, lang);
  const date =
    options.pageDate && /^\d{4}-\d{2}-\d{2}/.test(options.pageDate)
      ? options.pageDate.slice(0, 10)
      : undefined;
  const page = {
    date,
    article: articleFamily(lookup, options.title) ?? articleFamily(lookup, options.lead),
    // the listing the headline (else the lead) names, carried over like the subject (markets.ts)
    market: soleMarket(options.title) ?? soleMarket(options.lead),
  };
  return {
    claims,
    claim: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : claims[i];
    },
    match: (blockText, figures, context) => {
      try {
        return matchBlock(lookup, notes, page, blockText, figures, context);
      } catch {
        return []; // never throw into the page
      }
    },
  };
}
