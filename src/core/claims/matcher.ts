/**
 * The matcher: ties the figures of one block of page text to dataset claims, with a verdict.
 * Runs in the content script: no zod, no DOM, no Node APIs.
 *
 * Context: a figure belongs to a subject when its sentence names the subject (an alias of it or of a
 * subject in the same partOf family); when the sentence names no company at all, when the whole
 * block names exactly one company and that company is a subject. When a sentence names several
 * companies, the nearest one before the figure (else the nearest after it) decides. Other companies
 * (OTHER_COMPANIES, and the datasets' own subjects) count as companies, so "Tencent plans to invest
 * 380 billion yuan" is never Alibaba's plan.
 *
 * Verdicts, per figure, among the claims of the subjects in context:
 * - consistent: the page figure agrees with the claim's figure (within its tolerance and the page's
 *   rounding; bounds respected: "over 7%" agrees with 9.2%, "5-7%" with 6%) or with an equivalent
 *   as reported ("$53 billion" for the RMB 380bn plan);
 * - needs-context: it agrees with a variant (an intraday move, an outdated count);
 * - differs: no agreement, but the sentence names the subject (or the block is about it) and one of
 *   the claim's topic words, and the figure is of the same kind within a factor of two of the
 *   recorded one, or the same size with the other direction or currency. Never on subject alone.
 * A claim's own-currency money figure needs only the subject; every other match also needs one of
 * the claim's topic words in the block (small percentages and counts are too common otherwise).
 *
 * Lookup: claims are bucketed by subject family, then kind+unit, with recorded intervals sorted; a
 * figure costs a binary search per subject named in its context, whatever the number of claims.
 */
import type { Figure } from '../figures/types';
import type { CompiledFigure, CompiledIndex } from './compile';
import { formatFigure, formatPageFigure, type Lang } from './format';
import { OTHER_COMPANIES } from './others';
import { foldCase, type Hit, PhraseFinder, sentenceSpans } from './text';
import type { Annotation, ClaimRecord, Verdict } from './types';

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
   * date cannot be about it: such claims are neither agreed with nor contradicted there.
   */
  pageDate?: string;
}

/**
 * The clause around an offset: a sentence cut further at Chinese commas, colons and enumeration
 * commas and at semicolons (an English colon often just introduces the figure: "Acme shares: -9.2%").
 * "Differs" is only said when the subject and a topic word stand in the figure's own clause: in
 * 「中概股收盘集体重挫：阿里跌超5%，虎牙跌逾9%」 neither Alibaba's 5% (its topic word sits in another
 * clause, about another day) nor Huya's 9% contradicts Alibaba's close of 24 September 2025.
 */
const CLAUSE_BREAK = /[\uff0c\u3001\uff1a\uff1b;]/g;
export function clauseSpan(text: string, sentence: [number, number], offset: number): [number, number] {
  let start = sentence[0];
  let end = sentence[1];
  CLAUSE_BREAK.lastIndex = start;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < end; m = CLAUSE_BREAK.exec(text)) {
    if (m.index < offset) start = m.index + 1;
    else {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

const SUBJECT = 0;
const TOPIC = 1;
const OTHER = 2;

/** a page figure's bounds ("over 7%") reach at most this far from the written value */
const BOUND_REACH = 2;
/** "about" widens the written value by this much */
const ABOUT = 0.05;
/** differs only when the page value is within this factor of the recorded one */
const DIFFERS_REACH = 2;

interface Bucket {
  lo: Float64Array;
  hi: Float64Array;
  claim: Int32Array;
  fig: Int32Array;
  maxWidth: number;
}

interface Family {
  buckets: Map<string, Bucket>;
  /** the currencies of the family's money buckets, for the unit mix-up check of differs */
  moneyUnits: string[];
}

/** what the matcher needs of a recorded figure, in absolute values */
interface Recorded {
  /** the interval it stands for, tolerance included */
  lo: number;
  hi: number;
  mid: number;
  /** -1 down, 1 up, 0 unsaid */
  sign: number;
}

interface Candidate {
  claim: number;
  fig: CompiledFigure;
  score: number;
}

const ROLE_ORDER = { m: 0, e: 1, v: 2 } as const;

function bucketKey(kind: string, unit: string | null): string {
  return unit ? `${kind}|${unit}` : kind;
}

function signOf(direction: 'up' | 'down' | undefined, value: number): number {
  if (direction === 'down') return -1;
  if (direction === 'up') return 1;
  return value < 0 ? -1 : 0;
}

function recordedInterval(f: CompiledFigure): [number, number] {
  const a = Math.abs(f.value);
  const b = f.max === undefined ? a : Math.abs(f.max);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return [lo * (1 - f.tol) - 1e-9, hi * (1 + f.tol) + 1e-9];
}

/** an ASCII or full-width digit's value, else -1 */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
const isComma = (c: number) => c === 44 || c === 0xff0c;
const isPoint = (c: number) => c === 46 || c === 0xff0e;

/**
 * The rounding step of the written figure in base units: "9.2%" -> 0.1, "380 billion" -> 1e9. Reads
 * the first number written in the figure's text (digits with grouping commas and decimals, ASCII or
 * full-width); a figure written in words has no step.
 */
export function precisionStep(figure: Figure): number {
  const text = figure.text;
  let i = 0;
  while (i < text.length && digitAt(text, i) < 0) i++;
  if (i === text.length) return 0;
  let shown = 0;
  for (; i < text.length; i++) {
    const d = digitAt(text, i);
    if (d >= 0) shown = shown * 10 + d;
    else if (!isComma(text.charCodeAt(i))) break;
  }
  let decimals = 0;
  if (isPoint(text.charCodeAt(i)) && digitAt(text, i + 1) >= 0) {
    for (i++; digitAt(text, i) >= 0; i++) {
      shown = shown * 10 + digitAt(text, i);
      decimals++;
    }
    shown /= 10 ** decimals;
  }
  if (!(shown > 0)) return 0;
  const scale = Math.abs(figure.value) / shown;
  if (!Number.isFinite(scale) || scale <= 0) return 0;
  return 10 ** -decimals * scale;
}

/** The interval of absolute values a page figure stands for, after its rounding and its bound words. */
export function pageInterval(figure: Figure): [number, number] {
  const a = Math.abs(figure.value);
  const b = figure.max === undefined ? a : Math.abs(figure.max);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const half = precisionStep(figure) / 2;
  switch (figure.approx) {
    case 'over':
      return [lo - half, hi * BOUND_REACH];
    case 'under':
      return [lo / BOUND_REACH, hi + half];
    case 'about':
      return [lo * (1 - ABOUT) - half, hi * (1 + ABOUT) + half];
    default:
      return [lo - half, hi + half];
  }
}

function mid(value: number, max: number | undefined): number {
  return max === undefined ? Math.abs(value) : (Math.abs(value) + Math.abs(max)) / 2;
}

export function createMatcher(index: CompiledIndex, options: MatcherOptions = {}): Matcher {
  const lang: Lang = options.lang ?? 'en';
  const datasets = index.datasets;
  const claims: ClaimRecord[] = index.claims.map((c) => ({
    ...c.record,
    dataset: datasets[c.dataset] ?? { id: '', name: '', version: '' },
  }));
  const byId = new Map<string, number>();
  claims.forEach((c, i) => {
    if (!byId.has(c.id)) byId.set(c.id, i);
  });

  // phrases: subject aliases (ref = family), topic words (ref = topic number), other companies
  const finder = new PhraseFinder();
  const aliasSet = new Set<string>();
  index.subjects.forEach((s) => {
    for (const alias of s.aliases) {
      aliasSet.add(foldCase(alias));
      finder.add({ kind: SUBJECT, ref: s.family, text: alias });
    }
  });
  OTHER_COMPANIES.forEach((names, i) => {
    if (names.some((n) => aliasSet.has(foldCase(n)))) return; // a dataset subject now
    for (const name of names) finder.add({ kind: OTHER, ref: i, text: name }, { caseSensitive: true });
  });
  const topicIds = new Map<string, number>();
  const claimTopics: number[][] = index.claims.map((c) =>
    c.topics.map((t) => {
      let id = topicIds.get(t);
      if (id === undefined) {
        id = topicIds.size;
        topicIds.set(t, id);
        finder.add({ kind: TOPIC, ref: id, text: t }, { caseSensitive: false });
      }
      return id;
    }),
  );

  // each recorded figure's interval, middle and sign, worked out once per index
  const recorded: Recorded[][] = index.claims.map((c) =>
    c.figures.map((f) => {
      const [lo, hi] = recordedInterval(f);
      return { lo, hi, mid: mid(f.value, f.max), sign: signOf(f.direction, f.value) };
    }),
  );

  // buckets: family -> kind|unit -> recorded intervals sorted by their low end
  const families = new Map<number, Family>();
  const pending = new Map<number, Map<string, { lo: number; hi: number; claim: number; fig: number }[]>>();
  index.claims.forEach((c, ci) => {
    const family = index.subjects[c.subject]?.family ?? c.subject;
    let fam = families.get(family);
    if (!fam) {
      fam = { buckets: new Map(), moneyUnits: [] };
      families.set(family, fam);
      pending.set(family, new Map());
    }
    const famPending = pending.get(family)!;
    c.figures.forEach((f, fi) => {
      const key = bucketKey(f.kind, f.unit);
      const { lo, hi } = recorded[ci]![fi]!;
      const list = famPending.get(key);
      const entry = { lo, hi, claim: ci, fig: fi };
      if (list) list.push(entry);
      else {
        famPending.set(key, [entry]);
        if (f.kind === 'money' && f.unit) fam.moneyUnits.push(f.unit);
      }
    });
  });
  for (const [family, byKey] of pending) {
    const fam = families.get(family)!;
    for (const [key, list] of byKey) {
      list.sort((a, b) => a.lo - b.lo);
      const bucket: Bucket = {
        lo: new Float64Array(list.length),
        hi: new Float64Array(list.length),
        claim: new Int32Array(list.length),
        fig: new Int32Array(list.length),
        maxWidth: 0,
      };
      list.forEach((e, i) => {
        bucket.lo[i] = e.lo;
        bucket.hi[i] = e.hi;
        bucket.claim[i] = e.claim;
        bucket.fig[i] = e.fig;
        bucket.maxWidth = Math.max(bucket.maxWidth, e.hi - e.lo);
      });
      fam.buckets.set(key, bucket);
    }
  }

  function lowerBound(arr: Float64Array, x: number): number {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (arr[m]! < x) lo = m + 1;
      else hi = m;
    }
    return lo;
  }

  function hasTopic(ci: number, topics: Set<number>): number {
    let n = 0;
    for (const t of claimTopics[ci]!) if (topics.has(t)) n++;
    return n;
  }

  /** Calls `visit` with each entry of the bucket whose recorded interval meets [lo, hi]. */
  function forEachMeeting(
    bucket: Bucket | undefined,
    lo: number,
    hi: number,
    visit: (claim: number, fig: number) => void,
  ): void {
    if (!bucket) return;
    const end = lowerBound(bucket.lo, hi + Number.EPSILON);
    for (let i = lowerBound(bucket.lo, lo - bucket.maxWidth); i < end; i++) {
      if (bucket.hi[i]! >= lo) visit(bucket.claim[i]!, bucket.fig[i]!);
    }
  }

  /** Agreements of a figure with the claims of one family. */
  function agreements(
    fam: Family,
    figure: Figure,
    q: [number, number],
    blockTopics: Set<number>,
  ): Candidate[] {
    const out: Candidate[] = [];
    const pageSign = signOf(figure.direction, figure.value);
    const pageMid = mid(figure.value, figure.max);
    const bucket = fam.buckets.get(bucketKey(figure.kind, figure.kind === 'money' ? figure.unit : null));
    forEachMeeting(bucket, q[0], q[1], (ci, fi) => {
      if (!inTime(ci)) return;
      const f = index.claims[ci]!.figures[fi]!;
      const r = recorded[ci]![fi]!;
      if (pageSign !== 0 && r.sign !== 0 && pageSign !== r.sign) return;
      const needsTopic = f.role !== 'm' || f.kind !== 'money';
      if (needsTopic && hasTopic(ci, blockTopics) === 0) return;
      out.push({ claim: ci, fig: f, score: Math.abs(pageMid - r.mid) / (r.mid || 1) });
    });
    return out;
  }

  /**
   * The claim a figure differs from, if any: same kind, the subject and a topic word in the figure's
   * clause (`topicsOfClause`, asked only when a claim comes near), and within a
   * factor of two of the recorded figure (in the page's currency: the claim's own figure or its
   * equivalent), or the same number in another currency (a unit mix-up: "$380 billion" for RMB
   * 380bn). The candidates come from the sorted buckets, so the cost does not grow with the claims
   * of the family that are nowhere near the figure. Ties go to the claim listed first.
   */
  function differs(
    fam: Family,
    figure: Figure,
    q: [number, number],
    topicsOfClause: () => Set<number> | null,
  ): { claim: number; fig: CompiledFigure } | undefined {
    const money = figure.kind === 'money';
    const pageAbs = mid(figure.value, figure.max);
    const pageSign = signOf(figure.direction, figure.value);
    const [qLo, qHi] = q;
    const overlaps = (r: Recorded) => qLo <= r.hi && qHi >= r.lo;
    let best: { claim: number; fig: CompiledFigure; topics: number; dist: number } | undefined;
    const consider = (ci: number, fi: number, ratio: number) => {
      if (!(ratio > 0) || ratio > DIFFERS_REACH || ratio < 1 / DIFFERS_REACH || !inTime(ci)) return;
      const clauseTopics = topicsOfClause();
      if (!clauseTopics) return;
      const topics = hasTopic(ci, clauseTopics);
      if (topics === 0) return;
      const f = index.claims[ci]!.figures[fi]!;
      const r = recorded[ci]![fi]!;
      const otherDirection = pageSign !== 0 && r.sign !== 0 && pageSign !== r.sign;
      const otherUnit = money && f.unit !== figure.unit;
      if (overlaps(r) && !otherDirection && !otherUnit) return; // agreement failed on topic words only
      const dist = Math.abs(Math.log(ratio));
      if (
        !best ||
        topics > best.topics ||
        (topics === best.topics && (dist < best.dist || (dist === best.dist && ci < best.claim)))
      ) {
        best = { claim: ci, fig: f, topics, dist };
      }
    };
    const bucket = fam.buckets.get(bucketKey(figure.kind, money ? figure.unit : null));
    forEachMeeting(bucket, pageAbs / DIFFERS_REACH, pageAbs * DIFFERS_REACH, (ci, fi) => {
      const figures = index.claims[ci]!.figures;
      const main = figures[0]!;
      if (main.kind !== figure.kind) return;
      if (fi === 0) consider(ci, 0, pageAbs / recorded[ci]![0]!.mid);
      else if (
        money &&
        main.unit !== figure.unit &&
        figures.findIndex((g) => g.role === 'e' && g.unit === figure.unit) === fi &&
        !overlaps(recorded[ci]![0]!)
      ) {
        // a claim in another currency is compared with its first equivalent in the page's
        consider(ci, fi, pageAbs / recorded[ci]![fi]!.mid);
      }
    });
    if (money) {
      for (const unit of fam.moneyUnits) {
        if (unit === figure.unit) continue;
        forEachMeeting(fam.buckets.get(bucketKey('money', unit)), qLo, qHi, (ci, fi) => {
          if (fi === 0 && index.claims[ci]!.figures[0]!.kind === 'money') consider(ci, 0, 1);
        });
      }
    }
    return best;
  }

  const formatted = new Map<string, string>();

  function note(ci: number, fig: CompiledFigure, verdict: Verdict, figure: Figure): string | undefined {
    const rec = claims[ci]!;
    if (fig.role === 'v') return rec.variants?.[fig.i ?? 0]?.note[lang];
    if (fig.role === 'e' && verdict !== 'differs') return rec.equivalents?.[fig.i ?? 0]?.note[lang];
    const key = fig.role === 'e' ? `${ci}e${fig.i ?? 0}` : `${ci}`;
    let recorded = formatted.get(key);
    if (recorded === undefined) {
      recorded = formatFigure(
        fig.role === 'e' ? (rec.equivalents?.[fig.i ?? 0]?.figure ?? rec.figure) : rec.figure,
        lang,
      );
      formatted.set(key, recorded);
    }
    if (verdict === 'differs') {
      return lang === 'zh'
        ? `\u9875\u9762\uff1a${formatPageFigure(figure, lang)}\uff1b\u8bb0\u5f55\uff1a${recorded}\uff08\u622a\u81f3${rec.asOf}\uff09` // 页面：…；记录：…（截至…）
        : `Page: ${formatPageFigure(figure, lang)}; recorded: ${recorded} (as of ${rec.asOf}).`;
    }
    const bound = figure.approx === 'over' || figure.approx === 'under' || figure.max !== undefined;
    if (bound && (figure.approx !== rec.figure.approx || figure.max !== rec.figure.max)) {
      return lang === 'zh'
        ? `\u5728\u9875\u9762\u7ed9\u51fa\u7684\u8303\u56f4\u5185\uff1b\u8bb0\u5f55\uff1a${recorded}` // 在页面给出的范围内；记录：
        : `Within the page's bound; recorded: ${recorded}.`;
    }
    return undefined;
  }

  function annotate(ci: number, fig: CompiledFigure, verdict: Verdict, figure: Figure): Annotation {
    const rec = claims[ci]!;
    const ann: Annotation = {
      text: figure.text,
      start: figure.start,
      end: figure.end,
      figure,
      claim: {
        id: rec.id,
        subject: rec.subject[lang],
        statement: rec.statement[lang],
        kind: rec.figure.kind,
        value: rec.figure.value,
        unit: rec.figure.unit,
      },
      verdict,
    };
    const n = note(ci, fig, verdict, figure);
    if (n) ann.note = n;
    return ann;
  }

  const pageDate =
    options.pageDate && /^\d{4}-\d{2}-\d{2}/.test(options.pageDate)
      ? options.pageDate.slice(0, 10)
      : undefined;
  /** whether the page can be about this claim at all (see MatcherOptions.pageDate) */
  const inTime = (ci: number) => !pageDate || !(claims[ci]!.asOf > pageDate);

  const companyKey = (h: Hit) => h.kind * 0x10000000 + h.ref;
  /** The one subject family all these company hits name, if they name exactly one and it is a subject. */
  function soleFamily(companies: Hit[]): number | undefined {
    if (companies.length === 0) return undefined;
    const first = companyKey(companies[0]!);
    const oneCompany = companies.every((h) => companyKey(h) === first);
    return oneCompany && companies[0]!.kind === SUBJECT ? companies[0]!.ref : undefined;
  }

  function match(blockText: string, figures: Figure[], context?: string): Annotation[] {
    if (figures.length === 0 || typeof blockText !== 'string') return [];
    const hits = finder.find(blockText);
    const companies: Hit[] = [];
    const topics: Hit[] = [];
    for (const h of hits) (h.kind === TOPIC ? topics : companies).push(h);
    const blockTopics = new Set(topics.map((h) => h.ref));
    let blockFamily = soleFamily(companies);
    if (companies.length === 0) {
      if (!context) return [];
      const contextHits = finder.find(context);
      blockFamily = soleFamily(contextHits.filter((h) => h.kind !== TOPIC));
      if (blockFamily === undefined) return [];
      for (const h of contextHits) if (h.kind === TOPIC) blockTopics.add(h.ref);
    }
    let spans: [number, number][] | undefined;

    const out: Annotation[] = [];
    for (const figure of figures) {
      if (!figure || typeof figure.value !== 'number' || !Number.isFinite(figure.value)) continue;
      spans ??= sentenceSpans(blockText);
      let span: [number, number] = [0, blockText.length];
      for (const sp of spans) {
        if (figure.start >= sp[0] && figure.start < sp[1]) {
          span = sp;
          break;
        }
      }
      // the company that owns the figure: the nearest one its sentence names before it, else the
      // first after it (hits come in text order); none in the sentence: the block's one company
      let family = blockFamily;
      let owner: Hit | undefined;
      for (const h of companies) {
        if (h.start < span[0] || h.end > span[1]) continue;
        const before = h.end <= figure.start;
        if (!owner || (before && !(owner.end <= figure.start && owner.end >= h.end))) owner = h;
        if (!before) break;
      }
      if (owner) family = owner.kind === SUBJECT ? owner.ref : undefined;
      const fam = family === undefined ? undefined : families.get(family);
      if (!fam) continue;

      const q = pageInterval(figure);
      const candidates = agreements(fam, figure, q, blockTopics);
      if (candidates.length > 0) {
        let best = candidates[0]!;
        for (const c of candidates) {
          if (
            c.score < best.score - 1e-9 ||
            (Math.abs(c.score - best.score) <= 1e-9 && ROLE_ORDER[c.fig.role] < ROLE_ORDER[best.fig.role])
          ) {
            best = c;
          }
        }
        out.push(
          annotate(best.claim, best.fig, best.fig.role === 'v' ? 'needs-context' : 'consistent', figure),
        );
        continue;
      }
      // the clause's topic words, worked out when a claim first comes near enough to differ;
      // null when the clause does not name the subject or any topic word
      let clauseTopics: Set<number> | null | undefined;
      const topicsOfClause = (): Set<number> | null => {
        if (clauseTopics !== undefined) return clauseTopics;
        const clause = clauseSpan(blockText, span, figure.start);
        const inClause = (h: Hit) => h.start >= clause[0] && h.end <= clause[1];
        clauseTopics = null;
        if (!companies.some((h) => inClause(h) && h.kind === SUBJECT && h.ref === family)) return null;
        const found = new Set<number>();
        for (const h of topics) if (inClause(h)) found.add(h.ref);
        if (found.size > 0) clauseTopics = found;
        return clauseTopics;
      };
      const diff = differs(fam, figure, q, topicsOfClause);
      if (diff) out.push(annotate(diff.claim, diff.fig, 'differs', figure));
    }
    return out;
  }

  return {
    claims,
    claim: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : claims[i];
    },
    match: (blockText, figures, context) => {
      try {
        return match(blockText, figures, context);
      } catch {
        return []; // never throw into the page
      }
    },
  };
}
