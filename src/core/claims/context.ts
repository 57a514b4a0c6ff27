/**
 * A block's context, worked out once per block and looked up by offset for each figure: its phrase
 * hits, sentences and clauses, date references; and per figure its clause, its owner (whose figure it
 * is) and how near each measure word stands. Pure.
 *
 * Clauses: a sentence cut at Chinese commas, enumeration commas, colons and semicolons, at an ASCII
 * comma between Chinese characters (pages that type ASCII punctuation in Chinese) and at an English
 * semicolon. An English comma does not cut ("At the end of trading on September 24, the shares rose
 * 9.2%" is one clause), nor an English colon ("Acme shares: -9.2%").
 *
 * Owner: the nearest company named before the figure in its clause, else the first after it in the
 * clause; else the same in its sentence; else the block's one company; else, in a block naming no
 * company at all, the table context's or the article's subject (headline, title: "the company's
 * shares", "its cloud unit").
 */
import { type DateRef, dateRefs } from './dates';
import { INTRADAY, type Lookup, lowerBound, OTHER, SUBJECT, TOPIC, WORD } from './lookup';
import { namesMarket } from './markets';
import { type Hit, sentenceSpans } from './text';

const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isClauseBreak = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  // ，、：；; and an ASCII comma next to a Chinese character
  if (c === 0xff0c || c === 0x3001 || c === 0xff1a || c === 0xff1b || c === 59) return true;
  return c === 44 && (isCjk(text.charCodeAt(i - 1)) || isCjk(text.charCodeAt(i + 1)));
};

export interface BlockContext {
  text: string;
  hits: Hit[];
  /** hit starts, for binary search */
  starts: Int32Array;
  companies: Hit[];
  topics: Set<number>;
  sentences: [number, number][];
  breaks: Int32Array;
  /** the one subject family the block (else its table context, else the article) is about */
  family: number | undefined;
  /** whether the block names any company: the article's subject carries over only when none */
  namesCompany: boolean;
  /** whether the block (or its table context) names a listing: the article's listing carries over only when none */
  namesMarket: () => boolean;
  refs: () => DateRef[];
  /** a table cell's caption and headers, when the block names no company: its words and dates count too */
  contextHits: Hit[];
  contextRefs: DateRef[];
}

const companyKey = (h: Hit) => h.kind * 0x10000000 + h.ref;

/** The one subject family all these company hits name, if they name exactly one and it is a subject. */
export function soleFamily(companies: Hit[]): number | undefined {
  if (companies.length === 0) return undefined;
  const first = companyKey(companies[0]!);
  const oneCompany = companies.every((h) => companyKey(h) === first);
  return oneCompany && companies[0]!.kind === SUBJECT ? companies[0]!.ref : undefined;
}

/** The subject family a title or headline is about, when it names exactly one company, a subject. */
export function articleFamily(lookup: Lookup, title: string | undefined): number | undefined {
  if (!title) return undefined;
  return soleFamily(lookup.finder.find(title).filter((h) => h.kind === SUBJECT || h.kind === OTHER));
}

export function blockContext(
  lookup: Lookup,
  text: string,
  pageDate: string | undefined,
  context: string | undefined,
  article: number | undefined,
): BlockContext | undefined {
  const hits = lookup.finder.find(text);
  const companies: Hit[] = [];
  const topics = new Set<number>();
  for (const h of hits) {
    if (h.kind === TOPIC) topics.add(h.ref);
    else if (h.kind !== WORD && h.kind !== INTRADAY) companies.push(h);
  }
  let family = soleFamily(companies);
  let contextHits: Hit[] = [];
  let contextRefs: DateRef[] = [];
  if (companies.length === 0) {
    if (context) {
      contextHits = lookup.finder.find(context);
      family = soleFamily(contextHits.filter((h) => h.kind === SUBJECT || h.kind === OTHER));
      for (const h of contextHits) if (h.kind === TOPIC) topics.add(h.ref);
      if (family !== undefined) contextRefs = dateRefs(context, pageDate);
      else contextHits = [];
    }
    family ??= article;
    if (family === undefined) return undefined;
  }
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) if (isClauseBreak(text, i)) breaks.push(i);
  let refs: DateRef[] | undefined;
  let market: boolean | undefined;
  return {
    text,
    hits,
    starts: Int32Array.from(hits, (h) => h.start),
    companies,
    topics,
    sentences: sentenceSpans(text),
    breaks: Int32Array.from(breaks),
    family,
    namesCompany: companies.length > 0,
    namesMarket: () => {
      market ??= namesMarket(text) || (context !== undefined && namesMarket(context));
      return market;
    },
    refs: () => {
      refs ??= dateRefs(text, pageDate);
      return refs;
    },
    contextHits,
    contextRefs,
  };
}

export function sentenceAt(block: BlockContext, offset: number): [number, number] {
  const spans = block.sentences;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if (spans[m]![0] <= offset) lo = m;
    else hi = m - 1;
  }
  return spans[lo] ?? [0, block.text.length];
}

export function clauseAt(block: BlockContext, sentence: [number, number], offset: number): [number, number] {
  const i = lowerBound(block.breaks, offset);
  const before = i > 0 ? block.breaks[i - 1]! : -1;
  const after = i < block.breaks.length ? block.breaks[i]! : block.text.length;
  return [Math.max(sentence[0], before + 1), Math.min(sentence[1], after)];
}

/** The hits standing wholly inside [start, end). */
export function hitsIn(block: BlockContext, span: [number, number]): Hit[] {
  const out: Hit[] = [];
  for (let i = lowerBound(block.starts, span[0]); i < block.hits.length; i++) {
    const h = block.hits[i]!;
    if (h.start >= span[1]) break;
    if (h.end <= span[1]) out.push(h);
  }
  return out;
}

function nearestCompany(hits: Hit[], offset: number): Hit | undefined {
  let owner: Hit | undefined;
  for (const h of hits) {
    if (h.kind === TOPIC || h.kind === WORD || h.kind === INTRADAY) continue;
    const before = h.end <= offset;
    if (!owner || (before && !(owner.end <= offset && owner.end >= h.end))) owner = h;
    if (!before) break;
  }
  return owner;
}

/** The figure's owner family (undefined: another company owns it). */
export function ownerFamily(
  clauseHits: Hit[],
  sentenceHits: Hit[],
  blockFamily: number | undefined,
  offset: number,
): number | undefined {
  const owner = nearestCompany(clauseHits, offset) ?? nearestCompany(sentenceHits, offset);
  if (owner) return owner.kind === SUBJECT ? owner.ref : undefined;
  return blockFamily;
}

/** distance in characters between a hit and the figure [start, end) */
export function distance(h: Hit, start: number, end: number): number {
  if (h.end <= start) return start - h.end;
  if (h.start >= end) return h.start - end;
  return 0;
}

const OPEN_BRACKETS = new Set(['(', '\uff08']); // ( （
const CLOSE_BRACKETS = new Set([')', '\uff09']); // ) ）
/** how far back a conversion's opening bracket may stand ("(約新台幣1兆7100億元)") */
const BRACKET_REACH = 16;

/**
 * Whether the figure at `start` stands in a bracket opened right after another figure: a conversion
 * of it into another unit ("380 billion yuan ($53 billion)", "3800億元(約新台幣1兆7100億元)"). Such a
 * figure restates its neighbour; it can agree as an equivalent but never differ on its own.
 */
export function restatesPrevious(text: string, start: number): boolean {
  let bracket = -1;
  for (let i = start - 1; i >= Math.max(0, start - BRACKET_REACH); i--) {
    const ch = text[i]!;
    if (CLOSE_BRACKETS.has(ch)) return false;
    if (OPEN_BRACKETS.has(ch)) {
      bracket = i;
      break;
    }
  }
  if (bracket < 0) return false;
  // a figure ends just before the bracket: a digit, then at most its unit words
  const before = text.slice(Math.max(0, bracket - 20), bracket);
  return /\d[^\d.\u3002!?\uff01\uff1f;\uff1b()\uff08\uff09]{0,16}$/.test(before);
}
