/**
 * Verdicts for one figure among the claims of its owner's family. Pure.
 *
 * A claim is in play for a figure when:
 * - what it measures: the claim has a `measure`, one of its words stands in the figure's clause and
 *   no word of a competing measure (its `not` words) stands nearer the figure; a claim without a
 *   measure keeps the older rule (a topic word anywhere in the block, none needed for money in the
 *   claim's own currency);
 * - which day: a claim with an `event` is compared only when the page places the figure there (see
 *   dates.ts); with no evidence either way it can agree, at most as needs-context, never differ; a
 *   move at the close (`event.moment`) is not compared with a figure whose clause says another
 *   moment of the day, except through a variant (an intraday figure the dataset records);
 * - the page must not predate the claim's as-of date.
 * consistent: the figure's stated interval meets the claim's figure or an equivalent;
 * needs-context: it meets a variant, or the claim's figure without evidence of the event;
 * differs: none of these, the subject named in the clause, a word that defines the measure there,
 * the event placed, and within a factor of two (or the same number in another currency or the other
 * direction).
 */
import type { Figure } from '../figures/types';
import type { CompiledFigure } from './compile';
import { type BlockContext, distance, restatesPrevious } from './context';
import { type Placement, placement } from './dates';
import { excludedMarkets, type Market } from './markets';
import {
  bucketKey,
  type Family,
  forEachMeeting,
  INTRADAY,
  type Lookup,
  type Recorded,
  SUBJECT,
  WORD,
} from './lookup';
import { middle, signOf } from './precision';
import type { Hit } from './text';
import type { AnnotationFlag, Verdict } from './types';

/** how far a table context's words count as standing from the figure */
const CONTEXT_DISTANCE = 1e6;
/** differs only when the page value is within this factor of the recorded one */
const DIFFERS_REACH = 2;
const ROLE_ORDER = { m: 0, e: 1, v: 2 } as const;

/** One figure in its block: what every claim check needs, worked out once. */
export interface FigureContext {
  figure: Figure;
  block: BlockContext;
  sentence: [number, number];
  clause: [number, number];
  sentenceHits: Hit[];
  clauseHits: Hit[];
  family: number;
  /** the page figure's stated interval */
  q: [number, number];
  pageDate: string | undefined;
  /** the one listing the article's headline or lead names ("U.S.-listed", 港股) */
  pageMarket?: Market | undefined;
}

export interface Found {
  claim: number;
  fig: CompiledFigure;
  verdict: Verdict;
  flags: AnnotationFlag[];
}

/**
 * Whether the figure attaches to the claim's measure (null: the claim has none). A word of another
 * market or thing measured (`excludes`) in its clause rules it out, and so does an excluded listing
 * the article's headline or lead names when the figure's block names no listing; otherwise the measure word
 * nearest the figure in its clause or in the sentence before it decides: the claim's own (`words`, `defining`) against its
 * `not` words in the figure's own clause (competing measures and entities: an index, "revenue"
 * for a capex figure), so "revenue" right before a money figure wins over a farther "invest".
 */
export function attaches(lookup: Lookup, ci: number, fc: FigureContext): boolean | null {
  const m = lookup.measures[ci];
  if (!m) return null;
  for (const h of fc.clauseHits) if (h.kind === WORD && m.excludes.has(h.ref)) return false;
  // the article's listing, in a block that names none, is the figure's: an excluded one rules it out
  if (fc.pageMarket !== undefined && m.excludes.size > 0 && !fc.block.namesMarket()) {
    if (excludedMarkets(lookup, ci).has(fc.pageMarket)) return false;
  }
  let own = Number.POSITIVE_INFINITY;
  let rival = Number.POSITIVE_INFINITY;
  for (const h of fc.sentenceHits) {
    if (h.kind !== WORD) continue;
    const d = distance(h, fc.figure.start, fc.figure.end);
    const inClause = h.start >= fc.clause[0] && h.end <= fc.clause[1];
    // a measure word may stand anywhere in the sentence when the block names the subject; for an
    // owner carried over from the headline, only in the figure's clause or before it (「收入333.98亿元，
    // 同比增长26%」), not in a clause after it, which may speak of something else
    if (m.words.has(h.ref) || m.defining?.has(h.ref)) {
      if (inClause || h.end <= fc.clause[0] || fc.block.namesCompany) own = Math.min(own, d);
    } else if (m.not.has(h.ref) && inClause) rival = Math.min(rival, d);
  }
  // a table cell's caption and headers stand farther than anything in the cell itself
  for (const h of fc.block.contextHits) {
    if (h.kind !== WORD) continue;
    if (m.words.has(h.ref) || m.defining?.has(h.ref)) own = Math.min(own, CONTEXT_DISTANCE);
    else if (m.not.has(h.ref)) rival = Math.min(rival, CONTEXT_DISTANCE);
  }
  return own < Number.POSITIVE_INFINITY && own <= rival;
}

/** No measure word of any claim in the sentence: a bare amount ("3年3800億人民幣！") */
const bareSentence = (fc: FigureContext) => !fc.sentenceHits.some((h) => h.kind === WORD);

function definesInClause(lookup: Lookup, ci: number, fc: FigureContext): boolean {
  const defining = lookup.measures[ci]?.defining;
  if (!defining) return true;
  return fc.clauseHits.some((h) => h.kind === WORD && defining.has(h.ref));
}

const intradayInClause = (fc: FigureContext) => fc.clauseHits.some((h) => h.kind === INTRADAY);

function hasTopic(lookup: Lookup, ci: number, topics: Set<number>): boolean {
  for (const t of lookup.claimTopics[ci]!) if (topics.has(t)) return true;
  return false;
}

function placementOf(lookup: Lookup, ci: number, fc: FigureContext): Placement {
  const event = lookup.index.claims[ci]!.event;
  if (!event) return 'placed';
  const span = { start: fc.figure.start, end: fc.figure.end, clause: fc.clause, sentence: fc.sentence };
  return placement(fc.block.refs(), span, event, fc.pageDate, fc.block.contextRefs);
}

const inTime = (lookup: Lookup, ci: number, pageDate: string | undefined) =>
  !pageDate || !(lookup.index.claims[ci]!.record.asOf > pageDate);

/** The verdict of an agreement with one recorded figure, or undefined when the claim is not in play. */
function agreement(
  lookup: Lookup,
  ci: number,
  fi: number,
  fc: FigureContext,
  moneyUnstated: boolean,
): Found | undefined {
  const claim = lookup.index.claims[ci]!;
  const f = claim.figures[fi]!;
  if (!inTime(lookup, ci, fc.pageDate)) return undefined;
  const r = lookup.recorded[ci]![fi]!;
  const pageSign = signOf(fc.figure.direction, fc.figure.value);
  if (pageSign !== 0 && r.sign !== 0 && pageSign !== r.sign) return undefined;
  let attached = attaches(lookup, ci, fc);
  // an amount in the claim's own currency with no measure word around it at all: the subject decides,
  // when the block names it (an article's subject carried into a paragraph is not enough on its own)
  const ownMoney = f.role === 'm' && f.kind === 'money' && fc.figure.unit === f.unit && !moneyUnstated;
  if (attached === false && ownMoney && fc.block.namesCompany && bareSentence(fc)) attached = true;
  if (attached === false || (attached === null && moneyUnstated)) return undefined;
  if (attached === null && (f.role !== 'm' || f.kind !== 'money') && !hasTopic(lookup, ci, fc.block.topics))
    return undefined;
  if (f.role !== 'v' && claim.event?.moment === 'close' && intradayInClause(fc)) return undefined;
  const where = placementOf(lookup, ci, fc);
  if (where === 'elsewhere') return undefined;
  const flags: Found['flags'] = moneyUnstated ? ['implied-unit'] : [];
  if (where === 'unknown') flags.push('event-unplaced');
  const verdict: Verdict = f.role === 'v' || where === 'unknown' ? 'needs-context' : 'consistent';
  return { claim: ci, fig: f, verdict, flags };
}

function better(lookup: Lookup, a: Found, b: Found, pageMid: number): boolean {
  const score = (x: Found) => {
    const r = lookup.recorded[x.claim]![lookup.index.claims[x.claim]!.figures.indexOf(x.fig)]!;
    return Math.abs(pageMid - r.mid) / (r.mid || 1);
  };
  const sa = score(a);
  const sb = score(b);
  if (Math.abs(sa - sb) > 1e-9) return sa < sb;
  return ROLE_ORDER[a.fig.role] < ROLE_ORDER[b.fig.role];
}

/** The best agreement of a figure with the claims of its family. */
export function agree(lookup: Lookup, fam: Family, fc: FigureContext): Found | undefined {
  const figure = fc.figure;
  const pageMid = middle(figure.value, figure.max);
  let best: Found | undefined;
  const visit = (moneyUnstated: boolean) => (ci: number, fi: number) => {
    const found = agreement(lookup, ci, fi, fc, moneyUnstated);
    if (found && (!best || better(lookup, found, best, pageMid))) best = found;
  };
  const own = bucketKey(figure.kind, figure.kind === 'money' ? figure.unit : null);
  forEachMeeting(fam.buckets.get(own), fc.q[0], fc.q[1], visit(false));
  if (best || figure.kind !== 'number' || figure.unit !== null) return best;
  // a bare "380 billion" next to the claim's measure: money when one currency is the only reading
  const found: Found[] = [];
  for (const unit of fam.moneyUnits) {
    best = undefined;
    forEachMeeting(fam.buckets.get(bucketKey('money', unit)), fc.q[0], fc.q[1], visit(true));
    if (best) found.push(best);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Whether the figure may differ from claim `ci` at all (subject, measure, event, moment). */
function mayDiffer(lookup: Lookup, ci: number, fc: FigureContext): boolean {
  if (!inTime(lookup, ci, fc.pageDate)) return false;
  // a conversion in brackets restates the figure before it ("380 billion yuan ($53 billion)")
  if (restatesPrevious(fc.block.text, fc.figure.start)) return false;
  const subjectInClause = fc.clauseHits.some((h) => h.kind === SUBJECT && h.ref === fc.family);
  if (!subjectInClause) return false;
  const attached = attaches(lookup, ci, fc);
  if (attached === false) return false;
  if (attached === null) {
    const clauseTopics = new Set(fc.clauseHits.filter((h) => h.kind === 1).map((h) => h.ref));
    if (!hasTopic(lookup, ci, clauseTopics)) return false;
  }
  if (!definesInClause(lookup, ci, fc)) return false;
  const claim = lookup.index.claims[ci]!;
  if (claim.event?.moment === 'close' && intradayInClause(fc)) return false;
  return placementOf(lookup, ci, fc) === 'placed';
}

/**
 * The claim a figure differs from, if any: same kind, within a factor of two of the recorded figure
 * (in the page's currency: the claim's own figure or its equivalent), or the same number in another
 * currency (a unit mix-up: "$380 billion" for RMB 380bn). Ties go to the claim listed first.
 */
export function differ(lookup: Lookup, fam: Family, fc: FigureContext): Found | undefined {
  const { figure, q } = fc;
  const money = figure.kind === 'money';
  const pageAbs = middle(figure.value, figure.max);
  const pageSign = signOf(figure.direction, figure.value);
  const overlaps = (r: Recorded) => q[0] <= r.hi && q[1] >= r.lo;
  let best: { claim: number; fig: CompiledFigure; dist: number } | undefined;
  const consider = (ci: number, fi: number, ratio: number) => {
    if (!(ratio > 0) || ratio > DIFFERS_REACH || ratio < 1 / DIFFERS_REACH) return;
    const f = lookup.index.claims[ci]!.figures[fi]!;
    const r = lookup.recorded[ci]![fi]!;
    const otherDirection = pageSign !== 0 && r.sign !== 0 && pageSign !== r.sign;
    const otherUnit = money && f.unit !== figure.unit;
    if (overlaps(r) && !otherDirection && !otherUnit) return; // it agrees; it was left out for another reason
    if (!mayDiffer(lookup, ci, fc)) return;
    const dist = Math.abs(Math.log(ratio));
    if (!best || dist < best.dist || (dist === best.dist && ci < best.claim))
      best = { claim: ci, fig: f, dist };
  };
  const bucket = fam.buckets.get(bucketKey(figure.kind, money ? figure.unit : null));
  forEachMeeting(bucket, pageAbs / DIFFERS_REACH, pageAbs * DIFFERS_REACH, (ci, fi) => {
    const figures = lookup.index.claims[ci]!.figures;
    const main = figures[0]!;
    if (main.kind !== figure.kind) return;
    if (fi === 0) consider(ci, 0, pageAbs / lookup.recorded[ci]![0]!.mid);
    else if (
      money &&
      main.unit !== figure.unit &&
      figures.findIndex((g) => g.role === 'e' && g.unit === figure.unit) === fi &&
      !overlaps(lookup.recorded[ci]![0]!)
    ) {
      // a claim in another currency is compared with its first equivalent in the page's
      consider(ci, fi, pageAbs / lookup.recorded[ci]![fi]!.mid);
    }
  });
  if (money) {
    for (const unit of fam.moneyUnits) {
      if (unit === figure.unit) continue;
      forEachMeeting(fam.buckets.get(bucketKey('money', unit)), q[0], q[1], (ci, fi) => {
        if (fi === 0 && lookup.index.claims[ci]!.figures[0]!.kind === 'money') consider(ci, 0, 1);
      });
    }
  }
  return best && { claim: best.claim, fig: best.fig, verdict: 'differs', flags: [] };
}
