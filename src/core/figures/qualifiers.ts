/**
 * Qualifiers of a figure read from the words around it: approximation ("about", "more than", 约, 以上,
 * "or so") and direction ("rose 5%", "fell by", 同比增长, "5% higher").
 */
import {
  APOSTROPHE,
  ASCII_END,
  CJK_FIRST,
  CJK_SYMBOLS_FIRST,
  COLON,
  COMMA,
  DOT,
  EXCLAMATION,
  foldCase,
  foldedAt,
  isDigit,
  isLetter,
  isWordChar,
  lastCode,
  QUESTION,
  SEMICOLON,
  SPACE,
  TILDE,
} from './chars';
import {
  ABOUT_BEFORE,
  EN_APPROX_AFTER,
  EU_ABOUT_BEFORE,
  EU_OVER_BEFORE,
  EU_UNDER_BEFORE,
  EN_DIRECTION_NOUNS_AFTER,
  EN_DOWN,
  EN_UP,
  OVER_AFTER,
  OVER_BEFORE,
  UNDER_AFTER,
  UNDER_BEFORE,
  ZH_APPROX_AFTER,
  ZH_DIRECTION_BEFORE,
  ZH_DIRECTION_NEAR,
  ZH_DIRECTION_NEAR_STOP,
  ZH_DIRECTION_THEN,
  ZH_NEGATIVE_GROWTH,
  ZH_UP_STARTS,
} from './lexicon';
import type { Reading, ScanContext } from './reading';
import type { Approx, Direction } from './types';
import {
  endsWithWord,
  firstLiteral,
  groupByChar,
  isOnlyOr,
  leftmostAlternative,
  literalAt,
  wordAfter,
  wordBetween,
} from './words';

// --- approximation ---

const APPROX_BEFORE = [...OVER_BEFORE, ...UNDER_BEFORE, ...ABOUT_BEFORE].sort((a, b) => b.length - a.length);
/** English approximation phrases before a number by last character, longest first. */
const EN_APPROX_BY_LAST = groupByChar(
  APPROX_BEFORE.filter((w) => w.charCodeAt(0) < ASCII_END),
  true,
);
/** Chinese approximation words before a number by last character, longest first (one must end the window). */
const ZH_APPROX_BY_LAST = groupByChar(
  APPROX_BEFORE.filter((w) => w.charCodeAt(0) >= ASCII_END),
  true,
);
const EN_APPROX_AFTER_BY_FIRST = groupByChar(EN_APPROX_AFTER);
/** The European ones (in pages of those languages only) by last character, longest first. */
const EU_APPROX_BY_LAST = groupByChar(
  [...EU_OVER_BEFORE, ...EU_UNDER_BEFORE, ...EU_ABOUT_BEFORE].sort((a, b) => b.length - a.length),
  true,
);
/** Approximation words that mean over, and under (the others mean about). */
const OVER = new Set([...OVER_BEFORE, ...OVER_AFTER, ...EU_OVER_BEFORE]);
const UNDER = new Set([...UNDER_BEFORE, ...UNDER_AFTER, ...EU_UNDER_BEFORE]);

function approxOf(w: string): Approx {
  const k = w.toLowerCase();
  return OVER.has(k) ? 'over' : UNDER.has(k) ? 'under' : 'about';
}

/**
 * The approximation phrase of `byLast` (EN_APPROX_BY_LAST by default) that ends `w` (before trailing
 * spaces) at a word start, as written; or null.
 */
function approxWordBefore(w: string, byLast = EN_APPROX_BY_LAST): string | null {
  let e = w.length;
  while (e > 0 && w.charCodeAt(e - 1) === SPACE) e--;
  const lits = byLast.get(foldCase(w.charCodeAt(e - 1)));
  if (lits === undefined) return null;
  for (const lit of lits) {
    const a = e - lit.length;
    if (literalAt(w, a, lit) && !isLetter(w.charCodeAt(a - 1))) return w.slice(a, e);
  }
  return null;
}

/**
 * The approximation of the reading r from the words before it (not before lim: "about", "more than",
 * 约, 超过) or after it ("or more", "+", 以上, 左右), set in r.approx (a Chinese vague amount keeps its
 * own). Returns where the words before the figure that qualify it end: the start of the approximation
 * word before it, else the figure's start.
 */
export function readApproximation(s: string, r: Reading, lim: number, european: boolean): number {
  let approx = r.approx;
  let wordsEnd = r.start;
  const before = s.slice(Math.max(lim, r.start - 24), r.start);
  // the word lists are looked up only when the last character before the figure can end one of them
  const last = lastCode(before);
  let word = isLetter(last) || last === TILDE ? approxWordBefore(before) : null;
  // "plus de 134.400", "jusqu'à 5 %", "rund 2 Mrd. Euro"
  if (word === null && european) word = approxWordBefore(before, EU_APPROX_BY_LAST);
  if (word !== null) {
    if (approx === null) approx = approxOf(word);
    wordsEnd = r.start - (before.length - before.lastIndexOf(word));
  } else if (last >= CJK_SYMBOLS_FIRST) {
    const zh = ZH_APPROX_BY_LAST.get(before.charCodeAt(before.length - 1))?.find((x) => before.endsWith(x));
    if (zh !== undefined) {
      if (approx === null) approx = approxOf(zh);
      wordsEnd = r.start - zh.length;
    }
  }
  if (approx === null) approx = approxAfter(s, r.end);
  r.approx = approx;
  return wordsEnd;
}

/** An approximation after a figure that ends at `end`: "or more", "+", "-plus", "or so", 以上 …; or null. */
function approxAfter(s: string, end: number): Approx | null {
  let k = end;
  while (s.charCodeAt(k) === SPACE) k++;
  const lit = firstLiteral(s, k, EN_APPROX_AFTER_BY_FIRST);
  // "+" before a digit is the sign of the next number
  if (lit !== '' && !(lit === '+' && isDigit(foldedAt(s, k + 1))))
    return approxOf(lit === '-plus' ? 'plus' : lit);
  let approx: Approx | null = null;
  if (s.charCodeAt(end) >= CJK_FIRST)
    for (const z of ZH_APPROX_AFTER) if (s.startsWith(z, end)) approx = approxOf(z);
  return approx;
}

// --- direction ---

/** A word without its marks: * weak, + also after a figure (see EN_UP). */
const bare = (w: string): string => w.replace('*', '').replace('+', '');
const DIRECTION_WORDS = groupByChar([...EN_UP, ...EN_DOWN].map(bare));
const DIRECTION_AFTER = groupByChar(
  [...EN_UP, ...EN_DOWN]
    .filter((w) => w.endsWith('+'))
    .map(bare)
    .concat(EN_DIRECTION_NOUNS_AFTER),
);
const WEAK_VERBS = new Set([...EN_UP, ...EN_DOWN].filter((w) => w.includes('*')).map(bare));
const UP_WORDS = new Set(EN_UP.map(bare).concat('advance'));
const ZH_DIRECTION_BEFORE_BY_FIRST = groupByChar(ZH_DIRECTION_BEFORE);
const ZH_DIRECTION_NEAR_BY_FIRST = groupByChar(ZH_DIRECTION_NEAR);

const upOrDown = (w: string): Direction => (UP_WORDS.has(w) ? 'up' : 'down');

/**
 * The direction verb (lower case) that ends `w` before trailing spaces, or that is followed by up to
 * two words and "by" ("rose by", "cut its forecast by"); the leftmost when several qualify.
 */
function verbBefore(w: string): string | null {
  let end = w.length;
  while (end > 0 && w.charCodeAt(end - 1) === SPACE) end--;
  let found: string | null = null;
  let tokens = true; // the space-separated chunks right of the current one are all letters and '
  let by = false; // the last chunk is "by"
  for (let k = 0; k < 4 && end > 0; k++) {
    let b = end;
    while (b > 0 && w.charCodeAt(b - 1) !== SPACE) b--;
    let a = end;
    while (a > b && isLetter(w.charCodeAt(a - 1))) a--;
    if (a < end) found = wordBetween(DIRECTION_WORDS, w, a, end) ?? found;
    if (k === 0) by = end - b === 2 && literalAt(w, b, 'by');
    for (let i = b; i < end && tokens; i++) {
      const c = w.charCodeAt(i);
      if (!isLetter(c) && c !== APOSTROPHE) tokens = false;
    }
    if (!tokens || !by) break;
    end = b;
    while (end > 0 && w.charCodeAt(end - 1) === SPACE) end--;
  }
  return found;
}

/** Whether c ends a clause for verbOr: ; : ! ? or a full stop (a dot before a digit is a decimal point). */
function isClauseBreak(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  return (
    c === SEMICOLON ||
    c === COLON ||
    c === EXCLAMATION ||
    c === QUESTION ||
    (c === DOT && !isDigit(w.charCodeAt(i + 1)))
  );
}

/**
 * "rose 200 points, or": the leftmost direction verb (lower case) followed, within 30 characters
 * without a clause break, by "or" at the end of `w`; or null.
 */
function verbOr(w: string): string | null {
  let e = w.length;
  while (e > 0 && w.charCodeAt(e - 1) === SPACE) e--;
  const p = e - 2;
  if (p < 1 || !literalAt(w, p, 'or') || isWordChar(w.charCodeAt(p - 1))) return null;
  let g = p;
  while (w.charCodeAt(g - 1) === SPACE) g--;
  if (w.charCodeAt(g - 1) === COMMA) g--;
  let from = 0;
  for (let i = g - 1; i >= 0; i--) {
    if (isClauseBreak(w, i)) {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < g; ) {
    if (!isLetter(w.charCodeAt(i))) {
      i++;
      continue;
    }
    let b = i;
    while (isLetter(w.charCodeAt(b))) b++;
    if (g - b <= 30 && !isWordChar(w.charCodeAt(b))) {
      const word = wordBetween(DIRECTION_WORDS, w, i, b);
      if (word !== null) return word;
    }
    i = b;
  }
  return null;
}

/** 同比增长, 下降了, 上涨约 … ending t: the verb. */
function zhVerbBefore(t: string): string | null {
  return leftmostAlternative(
    t,
    ZH_DIRECTION_BEFORE_BY_FIRST,
    (e) => e === t.length || ZH_DIRECTION_THEN.includes(t.slice(e)),
  );
}

/** 下调存款准备金率 before a figure: the verb, then at most 8 characters of its object. */
function zhVerbNear(t: string): string | null {
  return leftmostAlternative(t, ZH_DIRECTION_NEAR_BY_FIRST, (e) => {
    if (t.length - e > 8) return false;
    for (let i = e; i < t.length; i++)
      if (isDigit(t.charCodeAt(i)) || ZH_DIRECTION_NEAR_STOP.includes(t[i]!)) return false;
    return true;
  });
}

/** "up to": spaces and "to" at a word end within the 4 characters from i (their end counts as one). */
function toNext(s: string, i: number): boolean {
  const lim = Math.min(i + 4, s.length);
  let k = i;
  while (k < lim && s.charCodeAt(k) === SPACE) k++;
  return k + 2 <= lim && literalAt(s, k, 'to') && (k + 2 === lim || !isWordChar(s.charCodeAt(k + 2)));
}

/**
 * The direction of the reading r from the words before it (ending at `wordsEnd`, not before lim),
 * the words after it, or its sign. 负增长5% is -5%: then the reading's sign is set to -1 (when it has
 * none of its own).
 */
export function readDirection(
  ctx: ScanContext,
  r: Reading,
  wordsEnd: number,
  lim: number,
): Direction | undefined {
  const s = ctx.text;
  let direction: Direction | undefined;
  let negate = false;
  const from = Math.max(lim, wordsEnd - 40);
  let k = wordsEnd - 1;
  while (k >= from && foldedAt(s, k) === SPACE) k--;
  const last = k >= from ? foldedAt(s, k) : -1;
  // after Chinese only the last 8 and 14 characters are looked at: the 40 are sliced for English only
  const before = last >= CJK_SYMBOLS_FIRST ? '' : s.slice(from, wordsEnd);
  const verb = isLetter(last) ? verbBefore(before) : null;
  if (verb !== null) {
    // "raised $12.9bn", "lost $2bn", "added 5,000 jobs" are amounts, not changes, unless "by" follows
    const weak = WEAK_VERBS.has(verb) && (r.kind === 'money' || r.kind === 'number');
    if (!(verb === 'up' && toNext(s, wordsEnd)) && !(weak && !endsWithWord(before, 'by')))
      direction = upOrDown(verb);
  } else {
    const zh =
      last < CJK_SYMBOLS_FIRST
        ? null
        : (zhVerbBefore(s.slice(Math.max(from, wordsEnd - 8), wordsEnd)) ??
          zhVerbNear(s.slice(Math.max(from, wordsEnd - 14), wordsEnd)));
    if (zh !== null) {
      if (ZH_NEGATIVE_GROWTH.includes(zh)) {
        direction = 'down';
        negate = r.sign === 0;
      } else direction = ZH_UP_STARTS.some((x) => zh.startsWith(x)) ? 'up' : 'down';
    } else if (isLetter(last)) {
      if (isOnlyOr(before)) {
        // "rose $1.20, or 1.5%": the second figure restates the first
        direction = ctx.figures[ctx.figures.length - 1]?.direction;
      } else {
        const verb = verbOr(before);
        if (verb !== null) direction = upOrDown(verb);
      }
    }
  }
  if (direction === undefined) {
    const after = wordAfter(s, r.end, DIRECTION_AFTER, true);
    if (after !== null) direction = upOrDown(after);
  }
  if (direction === undefined && r.sign !== 0) direction = r.sign > 0 ? 'up' : 'down';
  if (negate) r.sign = -1;
  return direction;
}
