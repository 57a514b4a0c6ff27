/**
 * From a reading to figures: a range after it ("3-4%", "between $2 and $3 billion", "5万至8万元"; "from
 * X to Y" is two figures), whether it is a figure at all, its approximation and direction, and the
 * Figure itself, added to the scan's output.
 */
import {
  DAO,
  DOLLAR,
  EM_DASH,
  EN_DASH,
  foldedAt,
  HYPHEN,
  isDigit,
  isLetter,
  letterRunEnd,
  lettersAt,
  SPACE,
  skipSpaces,
  TILDE,
  WAVE_DASH,
  ZHI,
} from './chars';
import { SIGNS, ZH_MONEY_BEFORE } from './lexicon';
import { letterCurrency } from './money';
import { isZhNumeral, roundNoise } from './numerals';
import { readApproximation, readDirection } from './qualifiers';
import { readNumber } from './quantity';
import { isCount, type Reading, type ScanContext } from './reading';
import type { Figure } from './types';
import { endsWithWord, groupByChar, runWord } from './words';

const RANGE_WORDS = groupByChar(['to', 'and']);
/** First characters of the Chinese currency words before a number: most numbers are followed by none. */
const ZH_MONEY_BEFORE_FIRST = new Set(ZH_MONEY_BEFORE.map(([w]) => w.charCodeAt(0)));

/** The second number of a range after a, and whether the two are separate figures ("from X to Y"). */
interface RangeEnd {
  reading: Reading;
  separate: boolean;
}

/**
 * Completes a reading (range, kind, approximation, direction) and adds it to the output when it is a
 * figure; returns where the scan goes on.
 */
export function finishReading(ctx: ScanContext, r: Reading): number {
  const range = r.kind !== 'multiple' || r.form !== 'words' ? rangeAfter(ctx, r) : null;
  const second = range === null ? null : joinRange(ctx.text, r, range);
  if (!emit(ctx, r)) return Math.max(r.numberEnd, r.end);
  if (second !== null) emit(ctx, second);
  return ctx.lastEnd;
}

/**
 * Joins the second number of a range to a when the two agree in kind and unit, in place: a's value,
 * max, end and approximation. Returns the second reading when it stays a figure of its own ("from
 * X to Y"); null otherwise.
 */
function joinRange(s: string, a: Reading, range: RangeEnd): Reading | null {
  const b = range.reading;
  const separate = range.separate;
  const before = { value: a.value, scaled: a.scaled, kind: a.kind, unit: a.unit };
  if (!a.scaled && b.multiplier > 1 && a.multiplier === 1 && a.value * b.multiplier <= b.value) {
    // the scale applies to both ends: "$2.5-3 billion", "between $2 and $3 billion"
    a.value *= b.multiplier;
    a.scaled = b.scaled;
  }
  if (a.kind === null && b.kind === null && isCount(a) && isCount(b) && !separate) {
    a.kind = 'number';
    b.kind = 'number';
  }
  if (a.kind === null && b.kind !== null) {
    a.kind = b.kind;
    if (a.unit === null) a.unit = b.unit;
    // 三至四成: the first end is in tenths too
    if (b.kind === 'percent' && b.value === a.value * 10 && s[b.end - 1] === '成') a.value *= 10;
  }
  if (b.kind === null && a.kind !== null && !separate) {
    b.kind = a.kind;
    b.unit = a.unit;
  }
  const same = a.kind !== null && a.kind === b.kind && (a.unit === b.unit || b.unit === null);
  if (!same) {
    Object.assign(a, before);
    return null;
  }
  if (separate) return b;
  if (b.value >= a.value && a.sign === 0 && b.sign >= 0) {
    a.max = b.value;
    a.end = b.end;
    if (b.approx !== null && a.approx === null) a.approx = b.approx;
  } else Object.assign(a, before);
  return null;
}

/** The range separator after a (- – — ~ 〜 至 到 to and) and where the second number may start; null when none. */
function rangeSeparatorEnd(s: string, a: Reading): { end: number; word: string } | null {
  const j = a.end;
  const sp = skipSpaces(s, j, 1);
  const c = foldedAt(s, sp);
  if (c === HYPHEN || c === EN_DASH || c === EM_DASH || c === TILDE || c === WAVE_DASH) {
    if (c === HYPHEN && sp !== j && foldedAt(s, sp + 1) !== SPACE) return null; // "5 -3%" is a sign
    return { end: sp + 1, word: '' };
  }
  if (c === ZHI || c === DAO) return { end: sp + 1, word: '' };
  if (!isLetter(c)) return null;
  const e = letterRunEnd(s, sp);
  const word = runWord(RANGE_WORDS, s, sp, e);
  if (word === null || foldedAt(s, e) !== SPACE) return null;
  return { end: e, word };
}

/** The second number of a range after a: 3-4%, $2.5-3 billion, 3%至4%, between 8 and 9 percent. */
function rangeAfter(ctx: ScanContext, a: Reading): RangeEnd | null {
  const s = ctx.text;
  const sep = rangeSeparatorEnd(s, a);
  if (sep === null) return null;
  const q = sep.end;
  const before = sep.word === '' ? '' : s.slice(Math.max(ctx.lastEnd, a.start - 9), a.start);
  if (sep.word === 'and' && !endsWithWord(before, 'between')) return null;
  const separate = sep.word === 'to' && endsWithWord(before, 'from');
  // the second number may carry its own currency: "$2.5 billion to $3 billion"
  let k = skipSpaces(s, q, 1);
  const ck = foldedAt(s, k);
  if (SIGNS.has(ck)) k = skipSpaces(s, k + 1, 1);
  else if (isLetter(ck) && a.form !== 'words') {
    const raw = lettersAt(s, k);
    if (foldedAt(s, k + raw.length) === DOLLAR) k = skipSpaces(s, k + raw.length + 1, 1);
    else if (letterCurrency(raw) !== null) k = skipSpaces(s, k + raw.length, 1);
  } else if (ZH_MONEY_BEFORE_FIRST.has(s.charCodeAt(k)))
    for (const [w] of ZH_MONEY_BEFORE) if (s.startsWith(w, k)) k += w.length;
  const ch = foldedAt(s, k);
  if (a.form === 'digits' && !isDigit(ch)) return null;
  if (a.form === 'chinese' && !isZhNumeral(s.charCodeAt(k)) && !isDigit(ch)) return null;
  if (a.form === 'words' && !isLetter(ch)) return null;
  const reading = readNumber(ctx, k, q);
  return reading === null ? null : { reading, separate };
}

/** Whether a reading with no unit is a count: scaled, grouped thousands, 万/亿 with a coefficient. */
function isCountFigure(r: Reading): boolean {
  if (r.form === 'chinese') return r.hasBigUnit && r.value >= 1e4 && (r.hasCoefficient || r.vague);
  if (r.form === 'words') return r.scaled && r.value >= 1e3;
  return (r.scaled && r.value >= 1e3) || (r.grouped && r.value >= 1000) || (r.hasBigUnit && r.value >= 1e4);
}

/** Decides whether a reading is a figure; if so adds it to the output. */
function emit(ctx: ScanContext, r: Reading): boolean {
  const s = ctx.text;
  if (r.kind === null) {
    if (!isCountFigure(r)) return false;
    r.kind = 'number';
  }
  if (r.kind === 'money' && r.unit === null) return false;
  if (r.kind !== 'money') {
    // "RMB 5%": the currency is not part of a percent
    if (r.prefixCurrency !== null) r.start = r.sign !== 0 ? r.numberStart - 1 : r.numberStart;
    r.unit = null;
  }
  if (!Number.isFinite(r.value)) return false;
  const lim = ctx.lastEnd;
  if (r.start < lim) return false;
  const wordsEnd = readApproximation(s, r, lim, ctx.decimalComma);
  const direction = readDirection(ctx, r, wordsEnd, lim);
  const approx = r.approx;
  let value = r.value;
  let max = r.max;
  if (r.sign < 0) {
    value = -value;
    if (max !== undefined) max = -max;
  }
  if (r.vague && max === undefined) max = value * 10;
  const figure: Figure = {
    text: s.slice(r.start, r.end),
    start: r.start,
    end: r.end,
    kind: r.kind,
    value: roundNoise(value),
    unit: r.kind === 'money' ? r.unit : null,
    approx: approx ?? 'exact',
  };
  if (max !== undefined && Number.isFinite(max)) figure.max = roundNoise(max);
  if (direction !== undefined) figure.direction = direction;
  ctx.figures.push(figure);
  ctx.lastEnd = r.end;
  return true;
}
