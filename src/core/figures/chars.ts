/**
 * Characters and tokens: named character codes, the folded reading of a code unit, character classes
 * and the small moves over the text (spaces, identifiers, URLs) that every part of the recognizer uses.
 * Everything here works on UTF-16 code units, read with charCodeAt: no strings are made.
 */
import { CRYPTO_TICKERS, SIGNS, ZH_DIGITS, ZH_MONEY, ZH_MONEY_BEFORE, ZH_UNITS } from './lexicon';

const code = (c: string): number => c.charCodeAt(0);

// ASCII
export const TAB = code('\t');
export const NEWLINE = code('\n');
export const SPACE = code(' ');
export const EXCLAMATION = code('!');
export const QUOTE = code('"');
export const HASH = code('#');
export const DOLLAR = code('$');
export const PERCENT = code('%');
export const APOSTROPHE = code("'");
export const CLOSE_PAREN = code(')');
export const PLUS = code('+');
export const COMMA = code(',');
export const HYPHEN = code('-');
export const DOT = code('.');
export const SLASH = code('/');
export const DIGIT_0 = code('0');
export const DIGIT_9 = code('9');
export const COLON = code(':');
export const SEMICOLON = code(';');
export const LESS_THAN = code('<');
export const GREATER_THAN = code('>');
export const QUESTION = code('?');
export const AT_SIGN = code('@');
export const UNDERSCORE = code('_');
export const TILDE = code('~');
export const LETTER_A_CAPITAL = code('A');
export const LETTER_Z_CAPITAL = code('Z');
export const LETTER_A = code('a');
export const LETTER_C = code('c');
export const LETTER_M = code('m');
export const LETTER_M_CAPITAL = code('M');
export const LETTER_R_CAPITAL = code('R');
export const LETTER_Q = code('q');
export const LETTER_S = code('s');
export const LETTER_T = code('t');
export const LETTER_Z = code('z');
/** The first code unit past ASCII, and the last printable ASCII character's successor (DEL). */
export const ASCII_END = 0x80;
export const DELETE = 0x7f;
/** The bit that turns an ASCII capital into its lower case (and leaves lower case as it is). */
export const LOWER_CASE_BIT = 0x20;

// punctuation and signs beyond ASCII
export const NO_BREAK_SPACE = code('\u00a0');
export const EN_DASH = code('–');
export const EM_DASH = code('—');
export const EN_SPACE = code('\u2002');
export const EM_SPACE = code('\u2003');
export const FIGURE_SPACE = code('\u2007');
export const THIN_SPACE = code('\u2009');
export const NARROW_NO_BREAK_SPACE = code('\u202f');
export const PER_MILLE = code('‰');
export const MINUS_SIGN = code('−');
export const IDEOGRAPHIC_SPACE = code('　');
export const WAVE_DASH = code('〜');
export const SMALL_PERCENT = code('﹪');
export const FULLWIDTH_PERCENT = code('％');
export const FULLWIDTH_COMMA = code('，');
export const FULLWIDTH_DIGIT_0 = code('０');
/** Full-width ASCII (！ to ～) is ASCII plus this. */
export const FULLWIDTH_OFFSET = code('！') - EXCLAMATION;
const FULLWIDTH_FIRST = code('！');
const FULLWIDTH_LAST = code('～');
/** The first and last code units of the CJK Unified Ideographs block. */
export const CJK_FIRST = code('一');
export const CJK_END = 0xa000;
/** From here on (CJK punctuation, kana, ideographs …) a character is not Latin text. */
export const CJK_SYMBOLS_FIRST = IDEOGRAPHIC_SPACE;

// Chinese characters the recognizer looks for one at a time
export const ZHE = code('折'); // a discount: 八折 = 80%
export const CHENG = code('成'); // tenths: 三成 = 30%
export const BAN = code('半'); // half
export const BEI = code('倍'); // times
export const SHU = code('数'); // 倍数: a multiple as a noun
export const SHU_TRADITIONAL = code('數');
export const GE = code('个'); // the measure word before 百分点
export const GE_TRADITIONAL = code('個');
export const MEI = code('枚'); // the measure word of coins
export const BAI = code('百'); // 百分点
export const JI = code('基'); // 基点
export const FEN = code('分'); // 百分之, 百分点; a cent
export const YUAN = code('元');
export const KUAI = code('块');
export const KUAI_TRADITIONAL = code('塊');
export const QIAN = code('钱'); // money: 块钱, 毛钱
export const QIAN_TRADITIONAL = code('錢');
export const ZHENG = code('整'); // 100元整: exactly
export const YOU = code('又'); // 两美元又三美分: and
export const ZHI = code('至'); // to (a range)
export const DAO = code('到'); // to (a range)
export const DI = code('第'); // an ordinal
export const FAN = code('番'); // 翻一番: doubled
export const FAN_TURN = code('翻');
export const LE = code('了');
export const SHANG = code('上'); // 上百亿: over
export const SHI = code('十');
export const SHI_FORMAL = code('拾');
export const HUO = code('火'); // 十万火急
export const FU = code('负'); // negative
export const FU_TRADITIONAL = code('負');

/**
 * The code unit at i, folded: full-width ASCII (０-９ ％ ＄ ，．) to ASCII, odd spaces to ' ', the minus
 * sign to '-', ﹪ to '%'. -1 outside the string.
 */
export function foldedAt(s: string, i: number): number {
  if (i < 0 || i >= s.length) return -1;
  const c = s.charCodeAt(i);
  if (c < ASCII_END) return c === TAB ? SPACE : c;
  // most of a Chinese text: no ideograph folds, so they skip the comparisons below
  if (c >= CJK_FIRST && c < CJK_END) return c;
  if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) return c - FULLWIDTH_OFFSET;
  if (
    c === IDEOGRAPHIC_SPACE ||
    c === NO_BREAK_SPACE ||
    c === THIN_SPACE ||
    c === NARROW_NO_BREAK_SPACE ||
    c === FIGURE_SPACE ||
    c === EN_SPACE ||
    c === EM_SPACE
  )
    return SPACE;
  if (c === MINUS_SIGN) return HYPHEN;
  if (c === SMALL_PERCENT) return PERCENT;
  return c;
}

export const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= DIGIT_9;
/** An ASCII letter. */
export const isLetter = (c: number): boolean =>
  (c >= LETTER_A_CAPITAL && c <= LETTER_Z_CAPITAL) || (c >= LETTER_A && c <= LETTER_Z);
export const isLowerLetter = (c: number): boolean => c >= LETTER_A && c <= LETTER_Z;
export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);
/** A character of \w, as a regex word boundary sees it. */
export const isWordChar = (c: number): boolean => isAlnum(c) || c === UNDERSCORE;
/** A code unit with ASCII letters folded to lower case. */
export const foldCase = (c: number): number => (isLetter(c) ? c | LOWER_CASE_BIT : c);

/** Whether the code unit c is one of the characters of set (false for NaN, past the end of the input). */
export function inSet(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

/** Skips up to `max` spaces forward; returns the new index. */
export function skipSpaces(s: string, i: number, max = 2): number {
  let n = 0;
  while (n < max && foldedAt(s, i) === SPACE) {
    i++;
    n++;
  }
  return i;
}

/** Skips up to `max` spaces backwards from the exclusive end i, not below lim. */
export function skipSpacesBack(s: string, i: number, lim: number, max = 2): number {
  let n = 0;
  while (n < max && i > lim && foldedAt(s, i - 1) === SPACE) {
    i--;
    n++;
  }
  return i;
}

/** End of `word` at i when its characters appear there with at most a few spaces before each; else -1. */
export function spacedWordEnd(s: string, i: number, word: string): number {
  for (let w = 0; w < word.length; w++) {
    i = skipSpaces(s, i, 4);
    if (s.charCodeAt(i) !== word.charCodeAt(w)) return -1;
    i++;
  }
  return i;
}

/** Moves past an identifier-like token (letters, digits and joiners), so the scan does not re-enter it. */
export function skipToken(s: string, i: number): number {
  for (;;) {
    const c = foldedAt(s, i);
    if (isAlnum(c) || c === UNDERSCORE) i++;
    else if (
      (c === HYPHEN || c === DOT || c === COMMA || c === SLASH || c === COLON) &&
      isAlnum(foldedAt(s, i + 1)) &&
      !isListComma(s, i)
    )
      i += 2;
    else return i;
  }
}

/**
 * Whether the comma at i separates items of a list rather than joining a number: a full-width comma
 * before an ASCII digit ("$20，300美元": in Chinese prose "，" separates; only full-width digits are
 * grouped with it, as in "４，５００").
 */
export function isListComma(s: string, i: number): boolean {
  return s.charCodeAt(i) === FULLWIDTH_COMMA && s.charCodeAt(i + 1) < FULLWIDTH_DIGIT_0;
}

/** End of a URL (up to the first space, quote, angle bracket or non-ASCII character). */
export function skipUrl(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c <= SPACE || c >= DELETE || c === QUOTE || c === APOSTROPHE || c === LESS_THAN || c === GREATER_THAN)
      break;
    i++;
  }
  return i;
}

/** The ASCII (or full-width) letters at i, folded to ASCII; '' when none. */
export function lettersAt(s: string, i: number): string {
  let w = '';
  for (let c = foldedAt(s, i); isLetter(c) && w.length < 40; c = foldedAt(s, ++i))
    w += String.fromCharCode(c);
  return w;
}

/** End of the run of letters (full-width ones too) at a, at most 40 long. */
export function letterRunEnd(s: string, a: number): number {
  let e = a;
  while (isLetter(foldedAt(s, e)) && e - a < 40) e++;
  return e;
}

/** Code of the last non-space character of str (folded), -1 if none. */
export function lastCode(str: string): number {
  let i = str.length - 1;
  while (i >= 0 && foldedAt(str, i) === SPACE) i--;
  return foldedAt(str, i);
}

// --- character classes ------------------------------------------------------------------------

/**
 * What each UTF-16 code unit is to the scan and to the quick checks around a number: one byte per unit,
 * so that each question is a single load. The low two bits (ANCHOR) are for the scan loop: DIGIT_ANCHOR
 * a digit (ASCII or full-width), NUMERAL_ANCHOR a Chinese numeral, HALF_ANCHOR 半/对/對 (before 折).
 * Letters are not anchors: the scan finds the few words that matter by a regex. The other bits are the
 * flags below.
 */
const CHAR_CLASS = new Uint8Array(65536);
export const ANCHOR = 3;
export const DIGIT_ANCHOR = 1;
export const NUMERAL_ANCHOR = 2;
export const HALF_ANCHOR = 3;
/** Punctuation that the tail and the range reader pass over after a number. */
export const PLAIN = 4;
/**
 * Chinese characters after a number that may begin a scale, a unit, a range or an approximation:
 * numerals, the first characters of money words, and ZH_STOP_CHARS.
 */
export const ZH_STOP = 8;
/** Characters that may end a currency written before a number: $ and the other signs, 币 幣 元 金. */
export const MONEY_BEFORE = 16;
/** 多 余 餘 几 幾: "more than" after a number, before its unit (两千多万). */
export const ZH_OVER = 32;
/** . , : / — plain after a word or a Chinese numeral; after digits a decimal, grouping or time. */
export const SEPARATOR = 64;
/** - + 负 負: a sign before a number. */
export const SIGN = 128;

const ZH_OVER_CHARS = '多余餘几幾';
const ZH_STOP_CHARS = `${ZH_OVER_CHARS}个個枚基倍成折至到番点點`;

function mark(chars: string, bits: number): void {
  for (let k = 0; k < chars.length; k++) CHAR_CLASS[chars.charCodeAt(k)]! |= bits;
}
for (let c = DIGIT_0; c <= DIGIT_9; c++) CHAR_CLASS[c] = CHAR_CLASS[c + FULLWIDTH_OFFSET] = DIGIT_ANCHOR;
mark(ZH_DIGITS + ZH_UNITS, NUMERAL_ANCHOR);
mark('半对對', HALF_ANCHOR);
mark(')]([";!?|\'\n“”‘’。、', PLAIN);
// crypto names begin with common characters (以太坊, 比特币): those are looked at in full (see
// startsZhCryptoName), so that 以上, 以来, 比例 after a number stay plain
const ZH_MONEY_FIRST = ZH_MONEY.filter((e) => !CRYPTO_TICKERS.has(e[1])).map((e) => e[0][0]);
const ZH_CRYPTO_NAMES = ZH_MONEY.filter((e) => CRYPTO_TICKERS.has(e[1])).map((e) => e[0]);
const ZH_CRYPTO_FIRST = ZH_CRYPTO_NAMES.map((w) => w[0]).join('');
mark(ZH_DIGITS + ZH_UNITS + ZH_MONEY_FIRST.join('') + ZH_STOP_CHARS, ZH_STOP);
mark(
  String.fromCharCode(...SIGNS.keys()) + ZH_MONEY_BEFORE.map(([w]) => w[w.length - 1]).join(''),
  MONEY_BEFORE,
);
mark(ZH_OVER_CHARS, ZH_OVER);
mark('.,:/', SEPARATOR);
mark('-+负負', SIGN);

/**
 * Digits, full-width digits, 〇 and the CJK ideographs (U+4E00-U+9FFF, the span that holds every other
 * anchor): the scan looks for anchors with this regex until it meets an ideograph (see scan.ts). A
 * regex skips the characters between two anchors several times faster than a loop over anchorOf, but
 * costs a call per stop, so it pays in Latin text, whose only anchors are digits, and not in Chinese
 * text, where it would stop at every character. Global, for test() from a lastIndex: it matches single
 * UTF-16 code units, so after a test() that found one, lastIndex - 1 is where it is.
 */
export const DIGIT_OR_IDEOGRAPH = /[0-9０-９〇一-鿿]/g;
/** The anchor bits of the code unit c (see ANCHOR). */
export const anchorOf = (c: number): number => CHAR_CLASS[c]! & ANCHOR;
/** Whether c (folded by foldedAt, -1 past the end, which the mask turns into a non-character) has the flag. */
export const hasClass = (c: number, flag: number): boolean => (CHAR_CLASS[c & 0xffff]! & flag) !== 0;
/** Whether a Chinese crypto-asset name (比特币, 以太坊 …) begins at i. */
export function startsZhCryptoName(s: string, i: number): boolean {
  if (!inSet(ZH_CRYPTO_FIRST, s.charCodeAt(i))) return false;
  for (const w of ZH_CRYPTO_NAMES) if (s.startsWith(w, i)) return true;
  return false;
}

/** Whether c is a Chinese character that does not begin a unit, a range or an approximation (see ZH_STOP). */
export const isZhPlain = (c: number): boolean =>
  c >= CJK_FIRST && c < CJK_END && (CHAR_CLASS[c]! & ZH_STOP) === 0;
