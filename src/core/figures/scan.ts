/**
 * The scan: one pass over the text that stops at anchors (digits, runs of Chinese numerals, 半/对 before
 * 折, English number words, URLs to skip), rejects at once the numbers that cannot be figures by the
 * characters around them, and reads the others with their prefix and tail (quantity.ts), then a range
 * after them (ranges.ts) and their qualifiers (output.ts). Every look-around is bounded and the scan
 * never moves backwards past the previous figure, so the cost is linear in the input.
 */
import {
  AT_SIGN,
  anchorOf,
  DIGIT_OR_IDEOGRAPH,
  COMMA,
  COLON,
  DIGIT_ANCHOR,
  DOT,
  foldedAt,
  HASH,
  HYPHEN,
  hasClass,
  inSet,
  isAlnum,
  isDigit,
  isLetter,
  isListComma,
  isLowerLetter,
  isWordChar,
  isZhPlain,
  startsZhCryptoName,
  LETTER_M,
  LETTER_R_CAPITAL,
  LETTER_Z,
  LOWER_CASE_BIT,
  MONEY_BEFORE,
  NUMERAL_ANCHOR,
  PLAIN,
  SEPARATOR,
  SIGN,
  SLASH,
  SPACE,
  skipSpacesBack,
  skipToken,
  skipUrl,
  spacedWordEnd,
  skipSpaces,
  UNDERSCORE,
  ZHE,
  BAN,
  CHENG,
} from './chars';
import {
  CRYPTO_TICKERS,
  EN_MULT,
  EN_NUMBER_WORDS,
  EN_SCALE,
  EN_UNITS,
  ZH_CHENG_WORDS,
  ZH_FRACTION_OF,
  ZH_HALF_ZHE_WORDS,
  ZH_PERCENTILE,
} from './lexicon';
import { currencyCodeAt, letterCurrency } from './money';
import { isZhNumeral, zhBigUnit, zhDigit, zhIntValue } from './numerals';
import { finishReading } from './output';
import { NUMBER_WORDS, readDigits, readNumber, readZhNumerals } from './quantity';
import { newReading, type ScanContext } from './reading';
import { UNIT_FIRST_WORDS } from './units';
import { groupByChar, literalAt, wordBetween } from './words';

/**
 * Where a number word or a URL may begin: at a word start, one of the number words (checked in full
 * by atWordStart) or http(s):// / www. A compiled regex skips the other words far faster than a loop
 * over their letters.
 */
const WORD_START = new RegExp(`\\b(?:https?://|www\\.|${EN_NUMBER_WORDS.join('|')})`, 'gi');
/** Lower-case words that may follow a number inside a figure (units, scales, number, range and approx words). */
const AFTER_NUMBER = groupByChar([
  ...UNIT_FIRST_WORDS,
  ...EN_SCALE.keys(),
  ...EN_NUMBER_WORDS,
  'quarters',
  'third',
  'thirds',
  'to',
  'and',
  'or',
  'plus',
]);

/** WORD_START as a plain test. */
const ANY_WORD_START = new RegExp(WORD_START.source, 'i');

/** Whether a number word or a URL may begin anywhere in s. */
export const mayHoldWords = (s: string): boolean => ANY_WORD_START.test(s);

/**
 * The first anchor of s (a digit, a Chinese numeral, 半 or 对); -1 when there is none. Most blocks of
 * a page have none, and this answers for them in one regex pass.
 */
export function firstAnchor(s: string): number {
  const found = nextDigitOrIdeograph(s, 0);
  const at =
    found < s.length && anchorOf(s.charCodeAt(found)) !== DIGIT_ANCHOR ? nextAnchor(s, found) : found;
  return at < s.length ? at : -1;
}

/**
 * The one pass: the figures of ctx.text into ctx.figures. `first` is the text's first anchor
 * (firstAnchor), -1 when it has none.
 */
export function scan(ctx: ScanContext, first: number): void {
  const s = ctx.text;
  const n = s.length;
  let anchorAt = first < 0 ? n : first;
  // anchors are looked for by a regex until an ideograph is met, then by a loop (see DIGIT_OR_IDEOGRAPH)
  let byRegex = anchorAt < n && anchorOf(s.charCodeAt(anchorAt)) === DIGIT_ANCHOR;
  let word = nextWordStart(s, 0);
  let i = 0;
  while (i < n) {
    if (anchorAt < i) {
      if (byRegex) {
        anchorAt = nextDigitOrIdeograph(s, i);
        // an ideograph: Chinese text, in which a loop is faster from here on
        if (anchorAt < n && anchorOf(s.charCodeAt(anchorAt)) !== DIGIT_ANCHOR) {
          byRegex = false;
          anchorAt = nextAnchor(s, anchorAt);
        }
      } else anchorAt = nextAnchor(s, i);
    }
    i = Math.min(anchorAt, word);
    if (i >= n) break;
    const anchor = anchorOf(s.charCodeAt(i));
    let next = i + 1;
    if (i === word) next = atWordStart(ctx, i);
    else if (anchor === DIGIT_ANCHOR) next = atDigit(ctx, i);
    else if (anchor === NUMERAL_ANCHOR) {
      let e = i + 1;
      while (e < n && anchorOf(s.charCodeAt(e)) === NUMERAL_ANCHOR) e++;
      next = atNumerals(ctx, i, e);
    } else if (s.charCodeAt(i + 1) === ZHE) next = atHalfZhe(ctx, i);
    else if (s.charCodeAt(i + 1) === CHENG && s.charCodeAt(i) === BAN) next = atHalfCheng(ctx, i);
    i = next > i ? next : i + 1;
    if (word < i) word = nextWordStart(s, i);
  }
}

/** The next anchor at or after i, by a loop; the text's length when there is none. */
function nextAnchor(s: string, i: number): number {
  while (i < s.length && anchorOf(s.charCodeAt(i)) === 0) i++;
  return i;
}

/** The next digit or ideograph at or after i (DIGIT_OR_IDEOGRAPH); the text's length when there is none. */
function nextDigitOrIdeograph(s: string, i: number): number {
  DIGIT_OR_IDEOGRAPH.lastIndex = i;
  return DIGIT_OR_IDEOGRAPH.test(s) ? DIGIT_OR_IDEOGRAPH.lastIndex - 1 : s.length;
}

/** The next WORD_START match at or after i; the text's length when there is none. */
function nextWordStart(s: string, i: number): number {
  WORD_START.lastIndex = i;
  const m = WORD_START.exec(s);
  return m === null ? s.length : m.index;
}

/** Whether a URL starts at i (http://, https://, www.: WORD_START's other matches are number words). */
const isUrlStart = (s: string, i: number): boolean =>
  literalAt(s, i, 'http://') || literalAt(s, i, 'https://') || literalAt(s, i, 'www.');

/** A word start that WORD_START found: a URL to skip, or a number word ("seven", "tenfold", "ten-fold"). */
function atWordStart(ctx: ScanContext, i: number): number {
  const s = ctx.text;
  if (isUrlStart(s, i)) return skipUrl(s, i);
  let e = i + 1;
  while (isLetter(s.charCodeAt(e))) e++;
  const len = e - i;
  const w = wordBetween(NUMBER_WORDS, s, i, e);
  if (w !== null) {
    if (literalAt(s, e, '-fold') && !isWordChar(s.charCodeAt(e + 5))) return atFoldWord(ctx, i, w, len + 5);
    if (!isWordChar(s.charCodeAt(e))) return atNumberWord(ctx, i, w, len);
    return e;
  }
  // tenfold
  const base =
    literalAt(s, e - 4, 'fold') && !isWordChar(s.charCodeAt(e))
      ? wordBetween(NUMBER_WORDS, s, i, e - 4)
      : null;
  return base === null ? e : atFoldWord(ctx, i, base, len);
}

/** Whether the digits at p continue a token before them: 1.5 after 3, v2, A-1, #3, @5, 12:30's 30. */
function continuesToken(s: string, p: number): boolean {
  const before = foldedAt(s, p - 1);
  if (isDigit(before)) return true;
  if ((before === DOT || before === COMMA) && isDigit(foldedAt(s, p - 2)) && !isListComma(s, p - 1))
    return true;
  if (
    (before === HYPHEN || before === SLASH || before === DOT || before === UNDERSCORE || before === COLON) &&
    isAlnum(foldedAt(s, p - 2))
  )
    return true;
  if (before === HASH || before === AT_SIGN || before === UNDERSCORE) return true;
  if (isLetter(before)) {
    // letters right before digits are part of a token unless they are a currency code (USD5, Rs10)
    let k = p - 1;
    while (k > p - 6 && isLetter(foldedAt(s, k - 1))) k--;
    if (isAlnum(foldedAt(s, k - 1)) || letterCurrency(s.slice(k, p)) === null) return true;
  }
  return false;
}

function atDigit(ctx: ScanContext, p: number): number {
  const s = ctx.text;
  if (continuesToken(s, p)) return skipToken(s, p);
  // the quick rejection knows the English and Chinese ways of writing numbers only
  const plain = ctx.decimalComma ? -1 : plainEnd(s, p);
  if (plain >= 0) return plain;
  const r = readNumber(ctx, p, ctx.lastEnd);
  if (r === null) return skipToken(s, p);
  return finishReading(ctx, r);
}

/**
 * Where the scan goes on after the ASCII digits at p when, by the characters around them, they cannot
 * be a figure; -1 when the full reading is needed. Most numbers in a page are such: years, days,
 * times, counts. Each test here and in plainBefore / plainAfter stands for what the prefix, the tail or
 * the range would look at, so the answer is the same as the full reading's, only cheaper.
 */
function plainEnd(s: string, p: number): number {
  let e = p;
  while (isDigit(s.charCodeAt(e))) e++;
  if (e === p || e - p > 15 || !plainBefore(s, p)) return -1;
  let f = foldedAt(s, e);
  let g = foldedAt(s, e + 1);
  if (f === DOT && isDigit(g)) {
    e += 2;
    while (isDigit(foldedAt(s, e))) e++;
    f = foldedAt(s, e);
    g = foldedAt(s, e + 1);
  }
  // . , : / before a digit: a decimal or a grouping goes on, 10:30 and 3/4 are not numbers;
  // 0700.HK is not either
  if (hasClass(f, SEPARATOR))
    return isDigit(g)
      ? f === COLON || f === SLASH
        ? skipToken(s, p)
        : -1
      : f === DOT && isLetter(g)
        ? -1
        : e;
  return plainAfter(s, e, true) ? e : -1;
}

/** Whether nothing before p joins a number there: no sign, and no currency sign, code or Chinese money word. */
function plainBefore(s: string, p: number): boolean {
  if (hasClass(foldedAt(s, p - 1), SIGN)) return false;
  const j = skipSpacesBack(s, p, 0);
  const c = foldedAt(s, j - 1);
  if (hasClass(c, MONEY_BEFORE)) return false;
  if (isLetter(c)) {
    let b = j - 1;
    while (j - b < 5 && isLetter(foldedAt(s, b - 1))) b--;
    const before = foldedAt(s, b - 1);
    // a scale on a currency sign: US$m, €bn
    if (hasClass(before, MONEY_BEFORE) && j - b <= 3) return false;
    if (isAlnum(before)) return true;
    // a currency code: Rs, RM, Rp, USD, rmb …; with a scale or M: USDm, RMBbn, MAUD
    const n = j - b;
    if (n === 2) return s.charCodeAt(b) !== LETTER_R_CAPITAL;
    if (n >= 3 && currencyCodeAt(s, b) !== null) return false;
    if (n === 4 && currencyCodeAt(s, b + 1) !== null) return false;
  }
  return true;
}

/**
 * Whether nothing after a number that ends at e begins a unit, a scale, a currency, a range or more
 * number words. With `spaced` a space and the word after it are looked at too; without, a space is
 * not plain (a run of Chinese numerals goes on past spaces).
 */
function plainAfter(s: string, e: number, spaced: boolean): boolean {
  const f = foldedAt(s, e);
  if (f === -1 || hasClass(f, PLAIN | SEPARATOR) || (isZhPlain(f) && !startsZhCryptoName(s, e))) return true;
  if (f !== SPACE || !spaced) return false;
  const g = foldedAt(s, e + 1);
  if (isDigit(g) || hasClass(g, PLAIN | SEPARATOR) || isZhPlain(g)) return true;
  // a word: not a unit, scale, currency, range or number word, nor an ISO code
  if (!isLetter(g) || s.charCodeAt(e + 1) > LETTER_Z) return false;
  let we = e + 2;
  while (isLetter(s.charCodeAt(we))) we++;
  if (isLetter(foldedAt(s, we))) return false; // full-width letters go on the word
  const a = e + 1;
  if (wordBetween(AFTER_NUMBER, s, a, we) || wordBetween(AFTER_NUMBER, s, a, Math.min(we, a + 12)))
    return false;
  // an ISO code (USD, MUSD)
  if (we - a === 4 && (s.charCodeAt(a) | LOWER_CASE_BIT) === LETTER_M)
    return currencyCodeAt(s, a + 1) === null;
  // a crypto ticker (BTC, USDT): capitals only
  if ((we - a === 3 || we - a === 4) && !isLowerLetter(s.charCodeAt(a)) && CRYPTO_TICKERS.has(s.slice(a, we)))
    return false;
  return we - a !== 3 || currencyCodeAt(s, a) === null;
}

/** A run of Chinese numerals from p to `after`. */
function atNumerals(ctx: ScanContext, p: number, after: number): number {
  const s = ctx.text;
  // 百分之 / 千分之 / 万分之 (and 百万分之): a percent written as a fraction
  const fraction = spacedWordEnd(s, after, ZH_FRACTION_OF);
  if (fraction > 0) return atFraction(ctx, p, after, fraction);
  // most runs are words (一个, 统一, 十分): without 万/亿 nothing but a unit, a currency or a range
  // could make them a figure
  let big = false;
  for (let k = p; k < after; k++) big ||= zhBigUnit(s.charCodeAt(k)) > 0;
  if (!big && plainBefore(s, p) && plainAfter(s, after, false)) return after;
  const r = readNumber(ctx, p, ctx.lastEnd);
  if (r === null) return after;
  return finishReading(ctx, r);
}

/** 百分之五 / 千分之2.5: the run from p to `after` is the denominator, its numerator after 分之 (ending at fraction). */
function atFraction(ctx: ScanContext, p: number, after: number, fraction: number): number {
  const s = ctx.text;
  if (zhDigit(s.charCodeAt(p)) >= 0) return fraction; // "五百分之2.2" is a fraction, not a percent
  const denominator = zhIntValue(s.slice(p, after));
  const q = skipSpaces(s, fraction, 4);
  let r = null;
  if (isDigit(foldedAt(s, q))) r = readDigits(ctx, q, q, true);
  else if (isZhNumeral(s.charCodeAt(q))) r = readZhNumerals(ctx, q, q);
  if (r === null || !Number.isFinite(denominator) || denominator <= 0) return q;
  // 百分之七十五分位: a percentile, not a percent
  if (ZH_PERCENTILE.some((w) => s.startsWith(w, r.end))) return r.end;
  r.value = (r.value * 100) / denominator;
  r.kind = 'percent';
  r.start = p;
  r.numberStart = p;
  return finishReading(ctx, r);
}

/** 半折 / 对折 at p: half price. */
function atHalfZhe(ctx: ScanContext, p: number): number {
  if (p < ctx.lastEnd || inSet(ZH_HALF_ZHE_WORDS, ctx.text.charCodeAt(p + 2))) return p + 2;
  const r = newReading(p, p + 2, 50, 'chinese');
  r.kind = 'percent';
  return finishReading(ctx, r);
}

/** 半成 at p: half a tenth, 5% (not 半成品, a word). */
function atHalfCheng(ctx: ScanContext, p: number): number {
  if (p < ctx.lastEnd || inSet(ZH_CHENG_WORDS, ctx.text.charCodeAt(p + 2))) return p + 2;
  const r = newReading(p, p + 2, 5, 'chinese');
  r.kind = 'percent';
  return finishReading(ctx, r);
}

/** A number word with "fold" or "-fold" after it at p ("tenfold", "three-fold"), `len` long in all. */
function atFoldWord(ctx: ScanContext, p: number, w: string, len: number): number {
  const v = EN_UNITS.get(w) ?? EN_MULT.get(w) ?? 0;
  if (v < 2) return p + len;
  const r = newReading(p, p + len, v, 'words');
  r.kind = 'multiple';
  return finishReading(ctx, r);
}

/** A number word (lower case) at p, `len` long. */
function atNumberWord(ctx: ScanContext, p: number, w: string, len: number): number {
  // "seven" alone: nothing after it makes it a figure (see plainEnd)
  if (EN_UNITS.has(w) && plainAfter(ctx.text, p + len, true)) return p + len;
  const r = readNumber(ctx, p, ctx.lastEnd);
  if (r === null) return p + len;
  return finishReading(ctx, r);
}
