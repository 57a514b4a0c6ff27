/**
 * The matcher's tables, built once per compiled index: one phrase finder over every alias, other
 * company, topic and measure word; per claim its topic and measure word ids; and the recorded
 * figures' intervals bucketed by subject family, then kind+unit, sorted by their low end, so a page
 * figure costs a binary search per family whatever the number of claims. Pure.
 */
import type { CompiledClaim, CompiledIndex } from './compile';
import { middle, recordedInterval, signOf } from './precision';
import { OTHER_COMPANIES } from './others';
import { foldCase, PhraseFinder } from './text';

/** phrase kinds */
export const SUBJECT = 0;
export const TOPIC = 1;
export const OTHER = 2;
/** a word of some claim's measure (words, defining or not): ref = word id */
export const WORD = 3;
/** a word that puts a move at another moment of the day than the close: ref unused */
export const INTRADAY = 4;

/**
 * Moments of a trading day other than the close. A claim about a move at the close (`event.moment`)
 * is not contradicted by a figure whose clause says one of these; it can agree with an intraday
 * variant.
 */
const INTRADAY_WORDS = [
  'morning',
  'midday',
  'intraday',
  'early trading',
  'early trade',
  'premarket',
  'pre-market',
  'at the open',
  'opening',
  'lunch',
  '盘中',
  '盤中',
  '午间',
  '午間',
  '上午',
  '早盘',
  '早盤',
  '半日',
  '午市',
  '现升',
  '現升',
  '高开',
  '高開',
  '日内',
  '日內',
  '开盘',
  '開盤',
];

export interface Bucket {
  lo: Float64Array;
  hi: Float64Array;
  claim: Int32Array;
  fig: Int32Array;
  maxWidth: number;
}

export interface Family {
  buckets: Map<string, Bucket>;
  /** the currencies of the family's money buckets (unit mix-ups, implied units) */
  moneyUnits: string[];
}

/** a recorded figure in absolute values: the interval it stands for, its middle, its sign */
export interface Recorded {
  lo: number;
  hi: number;
  mid: number;
  sign: number;
}

/** A claim's measure as word ids. */
export interface MeasureIds {
  words: Set<number>;
  defining: Set<number> | null;
  not: Set<number>;
  excludes: Set<number>;
}

export interface Lookup {
  index: CompiledIndex;
  finder: PhraseFinder;
  claimTopics: number[][];
  measures: (MeasureIds | null)[];
  recorded: Recorded[][];
  families: Map<number, Family>;
}

export function bucketKey(kind: string, unit: string | null): string {
  return unit ? `${kind}|${unit}` : kind;
}

function phraseIds(finder: PhraseFinder, kind: number) {
  const ids = new Map<string, number>();
  return (text: string): number => {
    let id = ids.get(text);
    if (id === undefined) {
      id = ids.size;
      ids.set(text, id);
      finder.add({ kind, ref: id, text }, { caseSensitive: false });
    }
    return id;
  };
}

function measureIds(claim: CompiledClaim, wordId: (t: string) => number): MeasureIds | null {
  const m = claim.measure;
  if (!m) return null;
  return {
    words: new Set(m.words.map(wordId)),
    defining: m.defining ? new Set(m.defining.map(wordId)) : null,
    not: new Set((m.not ?? []).map(wordId)),
    excludes: new Set((m.excludes ?? []).map(wordId)),
  };
}

function buildFamilies(index: CompiledIndex, recorded: Recorded[][]): Map<number, Family> {
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
      const n = list.length;
      const bucket: Bucket = {
        lo: new Float64Array(n),
        hi: new Float64Array(n),
        claim: new Int32Array(n),
        fig: new Int32Array(n),
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
  return families;
}

/** Claims whose topics, measures or recorded figures are worked out between two steps of lookupSteps. */
const CLAIMS_PER_STEP = 16;

/**
 * buildLookup a part at a time: it yields (nothing) between parts, so a caller can spread the work
 * over several tasks (the page engine does: built in one go, the tables of a cold engine were one
 * long task of the page). Run to its end, it gives what buildLookup gives.
 */
export function* lookupSteps(index: CompiledIndex): Generator<void, Lookup> {
  const finder = new PhraseFinder();
  const aliasSet = new Set<string>();
  for (const s of index.subjects) {
    for (const alias of s.aliases) {
      aliasSet.add(foldCase(alias));
      finder.add({ kind: SUBJECT, ref: s.family, text: alias });
    }
  }
  yield;
  OTHER_COMPANIES.forEach((names, i) => {
    if (names.some((n) => aliasSet.has(foldCase(n)))) return; // a dataset subject now
    for (const name of names) finder.add({ kind: OTHER, ref: i, text: name }, { caseSensitive: true });
  });
  for (const word of INTRADAY_WORDS)
    finder.add({ kind: INTRADAY, ref: 0, text: word }, { caseSensitive: false });
  yield;
  const topicId = phraseIds(finder, TOPIC);
  const wordId = phraseIds(finder, WORD);
  // per claim in turn, so phrase ids are given in the same order as in one go
  const claimTopics: number[][] = [];
  const measures: (MeasureIds | null)[] = [];
  for (const [i, c] of index.claims.entries()) {
    if (i > 0 && i % CLAIMS_PER_STEP === 0) yield;
    claimTopics.push(c.topics.map(topicId));
  }
  yield;
  for (const [i, c] of index.claims.entries()) {
    if (i > 0 && i % CLAIMS_PER_STEP === 0) yield;
    measures.push(measureIds(c, wordId));
  }
  yield;
  const recorded: Recorded[][] = index.claims.map((c) =>
    c.figures.map((f) => {
      const [lo, hi] = recordedInterval(f.value, f.max, f.step ?? 0, f.approx ?? 'exact', f.tol);
      return { lo, hi, mid: middle(f.value, f.max), sign: signOf(f.direction, f.value) };
    }),
  );
  yield;
  return { index, finder, claimTopics, measures, recorded, families: buildFamilies(index, recorded) };
}

/** Runs a generator of steps to its end, in one go. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export function buildLookup(index: CompiledIndex): Lookup {
  return runSteps(lookupSteps(index));
}

/** The first index i with arr[i] >= x (arr sorted). */
export function lowerBound(arr: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (arr[m]! < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Calls `visit` with each entry of the bucket whose recorded interval meets [lo, hi]. */
export function forEachMeeting(
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
