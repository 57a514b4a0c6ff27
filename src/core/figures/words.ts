/**
 * Word lists and their look-up in the input: lists grouped by their first (or last) character, and
 * the questions the recognizer asks of the text around a number (is this run of letters one of the
 * words, which literal stands here, which word follows) answered without making strings.
 */
import {
  COMMA,
  foldCase,
  foldedAt,
  HYPHEN,
  isLetter,
  isLowerLetter,
  isWordChar,
  LOWER_CASE_BIT,
  lettersAt,
  SPACE,
} from './chars';

/** Lower-case words (or any literals) grouped by the code of their first (or last) character. */
export type WordList = Map<number, string[]>;

/**
 * Alternatives grouped by the code of their first (or last) character, ASCII letters folded to lower
 * case, each group in the given order.
 */
export function groupByChar(alts: Iterable<string>, last = false): WordList {
  const map: WordList = new Map();
  for (const a of alts) {
    const c = foldCase(a.charCodeAt(last ? a.length - 1 : 0));
    const list = map.get(c);
    if (list === undefined) map.set(c, [a]);
    else list.push(a);
  }
  return map;
}

/** Whether `lit` (lower case) is at i in s, ASCII letters compared without case. */
export function literalAt(s: string, i: number, lit: string): boolean {
  if (i < 0 || i + lit.length > s.length) return false;
  for (let k = 0; k < lit.length; k++) {
    const c = s.charCodeAt(i + k);
    const l = lit.charCodeAt(k);
    if (c !== l && !(isLowerLetter(l) && c === (l ^ LOWER_CASE_BIT))) return false;
  }
  return true;
}

/**
 * The word of `list` that s spells from a to e, ASCII letters compared without case, as
 * `s.slice(a, e).toLowerCase()` would be found in a set of them; null when none.
 */
export function wordBetween(list: WordList, s: string, a: number, e: number): string | null {
  const ws = list.get(s.charCodeAt(a) | LOWER_CASE_BIT);
  if (ws !== undefined) for (const w of ws) if (w.length === e - a && literalAt(s, a, w)) return w;
  return null;
}

/** The run of letters from a to its end e (see letterRunEnd), full-width ones folded, as a word of `list`. */
export function runWord(list: WordList, s: string, a: number, e: number): string | null {
  for (let i = a; i < e; i++)
    if (foldedAt(s, i) !== s.charCodeAt(i)) {
      const w = lettersAt(s, a);
      return wordBetween(list, w, 0, w.length);
    }
  return wordBetween(list, s, a, e);
}

/** The ASCII letters at i as a word of `list` ("Seven", "half"); null when they are not one. */
export function wordAt(list: WordList, s: string, i: number): string | null {
  let e = i;
  while (isLetter(s.charCodeAt(e))) e++;
  return wordBetween(list, s, i, e);
}

/** The first of `lits` (grouped by groupByChar) at i that no ASCII letter follows; '' when none. */
export function firstLiteral(s: string, i: number, lits: WordList): string {
  const list = lits.get(foldCase(s.charCodeAt(i)));
  if (list !== undefined)
    for (const lit of list) if (literalAt(s, i, lit) && !isLetter(s.charCodeAt(i + lit.length))) return lit;
  return '';
}

/** A literal found in the text and where it ends. */
export interface Found {
  word: string;
  end: number;
}

/**
 * One of `lits` at i, after an optional space or hyphen, with no letter right after it; the literals
 * tried in order, first after the space or hyphen. Null when none.
 */
export function literalAfterSpace(s: string, i: number, lits: WordList): Found | null {
  const c = s.charCodeAt(i);
  if (c === SPACE || c === HYPHEN) {
    const lit = firstLiteral(s, i + 1, lits);
    if (lit !== '') return { word: lit, end: i + 1 + lit.length };
  }
  const lit = firstLiteral(s, i, lits);
  return lit === '' ? null : { word: lit, end: i + lit.length };
}

/**
 * The word after spaces (or spaces and hyphens, with `dash`) at i, lower-cased, when it is in `list`
 * and ends there (the next character is not a letter, digit or _); null otherwise.
 */
export function wordAfter(s: string, i: number, list: WordList, dash: boolean): string | null {
  let k = i;
  for (let c = s.charCodeAt(k); c === SPACE || (dash && c === HYPHEN); c = s.charCodeAt(++k));
  if (k === i) return null;
  let e = k;
  while (isWordChar(s.charCodeAt(e))) e++;
  if (e === k) return null;
  return wordBetween(list, s, k, e);
}

/** Whether str ends with `lit` (lower case, ASCII letters without case) before trailing spaces. */
export function endsWithWord(str: string, lit: string): boolean {
  let e = str.length;
  while (e > 0 && str.charCodeAt(e - 1) === SPACE) e--;
  return literalAt(str, e - lit.length, lit);
}

/** Whether str is ",? or" with spaces around (any case). */
export function isOnlyOr(str: string): boolean {
  let i = 0;
  while (str.charCodeAt(i) === SPACE) i++;
  if (str.charCodeAt(i) === COMMA) i++;
  while (str.charCodeAt(i) === SPACE) i++;
  if (!literalAt(str, i, 'or')) return false;
  i += 2;
  while (str.charCodeAt(i) === SPACE) i++;
  return i === str.length;
}

/**
 * The first alternative of `alts` at the leftmost position of t from which `rest` accepts what
 * follows it (as a backtracking regex "(a|b|c)rest" would find it); null when none.
 */
export function leftmostAlternative(t: string, alts: WordList, rest: (e: number) => boolean): string | null {
  for (let p = 0; p < t.length; p++) {
    const list = alts.get(t.charCodeAt(p));
    if (list !== undefined) for (const a of list) if (t.startsWith(a, p) && rest(p + a.length)) return a;
  }
  return null;
}
