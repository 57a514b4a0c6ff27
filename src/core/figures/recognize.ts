/**
 * The figure recognizer: one left-to-right pass of a global regex over anchors (ASCII and full-width
 * digits, runs of Chinese numerals, English number words, URLs to skip), then bounded local parsing
 * around each anchor: a prefix looked up backwards (currency, sign), the number, a tail read forwards
 * (scale, unit, range), then approximation and direction words in small windows on either side.
 * Every look-around is bounded and the scan never moves backwards past the previous figure, so the
 * cost is linear in the input.
 */
import {
  ANY_CASE_CODES,
  DOLLAR_PREFIX,
  EN_MONEY,
  EN_SCALE,
  EN_UNITS,
  ISO_CODES,
  OTHER_PREFIX,
  SIGNS,
  han,
  ZH_DIGITS,
  ZH_MONEY,
  ZH_MONEY_BEFORE,
  ZH_UNITS,
} from './lexicon';
import {
  EN_MULT,
  NUMERAL,
  isAN,
  isD,
  isL,
  isZhNum,
  isZhPoint,
  nc,
  readWords,
  zhBigUnit,
  zhDigit,
  zhInt,
  zhSmallUnit,
  zhValue,
} from './numerals';
import type { Approx, Direction, Figure, FigureKind, FindFiguresOptions } from './types';

const ZH_NUM = ZH_DIGITS + ZH_UNITS;
const EN_WORDS = [...EN_UNITS.keys(), ...EN_MULT.keys(), 'half', 'quarter'];
/** The number words, for whole-word lookups. */
const NUM_WORDS = words(EN_WORDS);
/**
 * What each UTF-16 code unit is to the scan and to the quick checks around a number: one byte per unit,
 * so that each question is a single load. The low two bits (ANCHOR) are for the scan loop: 1 a digit
 * (ASCII or full-width), 2 a Chinese numeral, 3 半/对/對 (before 折). Letters are not anchors:
 * WORD_START finds the few words that matter. The other bits are the flags below.
 */
const CHAR = new Uint8Array(65536);
const ANCHOR = 3;
/** Punctuation that tail and rangeAfter pass over after a number: ) ] ( [ " ' ; ! ? | newline “ ” ‘ ’ 。 、 */
const PLAIN = 4;
/**
 * Chinese characters after a number that may begin a scale, a unit, a range or an approximation:
 * numerals, the first characters of money words, 多 余 餘 几 幾 个 個 基 倍 成 折 至 到 番 点 點.
 */
const ZH_STOP = 8;
/** Characters that may end a currency written before a number: $ and the other signs, 币 幣 元 金. */
const MONEY_BEFORE = 16;
/** 多 余 餘 几 幾: "more than" after a number, before its unit (两千多万). */
const ZH_OVER = 32;
/** . , : / — plain after a word or a Chinese numeral; after digits a decimal, grouping or time (plainEnd). */
const SEP = 64;
/** - + 负 負: a sign before a number. */
const SIGN = 128;
function mark(chars: string, bits: number): void {
  for (let k = 0; k < chars.length; k++) CHAR[chars.charCodeAt(k)]! |= bits;
}
for (let c = 0x30; c <= 0x39; c++) CHAR[c] = CHAR[c + 0xfee0] = 1; // ASCII and full-width digits
mark(ZH_NUM, 2);
mark(han('534a5bf95c0d'), 3);
mark(')]([";!?|\'\n\u201c\u201d\u2018\u2019\u3002\u3001', PLAIN);
mark(
  ZH_NUM +
    ZH_MONEY.map((e) => e[0][0]).join('') +
    han('591a4f59991851e05e7e4e2a500b57fa500d6210629881f35230756a70b99ede'),
  ZH_STOP,
);
mark(
  String.fromCharCode(...SIGNS.keys()) + ZH_MONEY_BEFORE.map(([w]) => w[w.length - 1]).join(''),
  MONEY_BEFORE,
);
mark(han('591a4f59991851e05e7e'), ZH_OVER);
mark('.,:/', SEP);
mark('-+\u8d1f\u8ca0', SIGN);
/** Whether c is a Chinese character that does not begin a unit, a range or an approximation (see ZH_STOP). */
const isZhPlain = (c: number): boolean => c >= 0x4e00 && c < 0xa000 && (CHAR[c]! & ZH_STOP) === 0;
/** Whether c (folded by nc, -1 past the end) has the flag. */
const has = (c: number, flag: number): boolean => (CHAR[c & 0xffff]! & flag) !== 0;

/**
 * Where a number word or a URL may begin: at a word start, one of the number words (checked in full
 * by atWordStart) or http(s):// / www. A compiled regex skips the other words far faster than a loop
 * over their letters.
 */
const WORD_START = new RegExp(`\\b(?:https?://|www\\.|${EN_WORDS.join('|')})`, 'gi');
/** Characters that make \w for word boundaries. */
const isW = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A number with its prefix and tail, before approximation and direction are looked up. */
interface Part {
  start: number;
  end: number;
  /** where the number itself starts and ends (no prefix, no unit) */
  cs: number;
  ce: number;
  value: number;
  kind: FigureKind | null;
  unit: string | null;
  /** multiplier read from a scale word (1 when none) */
  mult: number;
  scaled: boolean;
  grouped: boolean;
  approx: Approx | null;
  max?: number;
  sign: number;
  /** the core was Chinese numerals / English words, not digits */
  core: 'd' | 'z' | 'w';
  /** a weak currency word ("pounds") that counts only with a scale */
  weak: boolean;
  /** prefix currency (before the number), kept apart from the suffix one */
  pre: string | null;
  /** "数百亿": value is a lower bound of a vague span */
  vague: boolean;
  /** Chinese numeral run had a leading digit (一万 vs 万) */
  lead: boolean;
  big: boolean;
}

function newPart(cs: number, ce: number, value: number, core: 'd' | 'z' | 'w'): Part {
  return {
    start: cs,
    end: ce,
    cs,
    ce,
    value,
    kind: null,
    unit: null,
    mult: 1,
    scaled: false,
    grouped: false,
    approx: null,
    sign: 0,
    core,
    weak: false,
    pre: null,
    vague: false,
    lead: true,
    big: false,
  };
}

// --- small helpers over the folded code points -------------------------------------------------

const SP = 0x20;

/** Skips up to `max` spaces forward; returns the new index. */
function skipSp(s: string, i: number, max = 2): number {
  let n = 0;
  while (n < max && nc(s, i) === SP) {
    i++;
    n++;
  }
  return i;
}
/** Skips up to `max` spaces backwards (i is an exclusive end). */
function skipSpBack(s: string, i: number, lim: number, max = 2): number {
  let n = 0;
  while (n < max && i > lim && nc(s, i - 1) === SP) {
    i--;
    n++;
  }
  return i;
}

/** End of `word` at i when its characters appear there with at most a few spaces before each; else -1. */
function spaced(s: string, i: number, word: string): number {
  for (let w = 0; w < word.length; w++) {
    i = skipSp(s, i, 4);
    if (s.charCodeAt(i) !== word.charCodeAt(w)) return -1;
    i++;
  }
  return i;
}

/** Moves past an identifier-like token (letters, digits and joiners), so the scan does not re-enter it. */
function skipToken(s: string, i: number): number {
  for (;;) {
    const c = nc(s, i);
    if (isAN(c) || c === 0x5f) i++;
    else if ((c === 0x2d || c === 0x2e || c === 0x2c || c === 0x2f || c === 0x3a) && isAN(nc(s, i + 1)))
      i += 2;
    else return i;
  }
}

/** End of a URL (up to the first space, quote, angle bracket or non-ASCII character). */
function skipUrl(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e) break;
    i++;
  }
  return i;
}

/** The ASCII letters at i, lower-cased, when they spell a number word ("Seven", "half"); else null. */
function numWordAt(s: string, i: number): string | null {
  let e = i;
  while (isL(s.charCodeAt(e))) e++;
  return wordIn(NUM_WORDS, s, i, e);
}
/** The ASCII (or full-width) letters at i, folded to ASCII; '' when none. */
function lettersAt(s: string, i: number): string {
  let w = '';
  for (let c = nc(s, i); isL(c) && w.length < 40; c = nc(s, ++i)) w += String.fromCharCode(c);
  return w;
}
/** Units written right after the digits: 5pc, 25bp, 3ppt, 10fold (their kind from unitKind). */
const LETTER_UNITS = 'pc pct percent bp bps bpts pp ppt ppts fold'.split(' ');
/** Unit words after a number, in the order they are tried (see litSticky), by first letter. */
const EN_UNIT = byChar(
  (
    'percentage points|percentage-points|percentage point|percentage-point|percentage|percent|per cent|per-cent|' +
    'pct|pc|ppts|ppt|pp|basis points|basis-points|basis point|basis-point|bps|bp|bpts|times|-fold|fold'
  ).split('|'),
);
/** Money words after a number, longest first, by first letter. */
const EN_MONEY_WORDS = byChar([...EN_MONEY.keys()].sort((a, b) => b.length - a.length));
/** First words of the unit and money phrases above: a cheap gate before running their regexes. */
const UNIT_FIRST = 'percentage percent per pct pc pp ppt ppts basis bps bp bpts times fold'
  .split(' ')
  .concat([...EN_MONEY.keys()].map((k) => k.split(' ')[0]!.split('.')[0]!));
/** Lower-case words that may follow a number inside a figure (units, scales, number, range and approx words). */
const AFTER_NUMBER = words([...UNIT_FIRST, ...EN_SCALE.keys(), ...EN_WORDS, 'to', 'and', 'or', 'plus']);
const UNIT_FIRST_LIST = words(UNIT_FIRST);
const SCALE_LIST = words(EN_SCALE.keys());
const RANGE_WORDS = words(['to', 'and']);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** Words after "N times" that make it a multiple rather than a count of occasions. */
const TIMES_OK = words(
  'the its their his her that this as more larger bigger higher greater faster smaller lower over earnings sales revenue book what'.split(
    ' ',
  ),
);

/**
 * Approximation words written before a number, by meaning (see approxOf); English ones are matched
 * case-insensitively. Chinese: over 超过 超過 超出 逾 突破 超 高于 高於 多于 不少于 不低于 至少; under 将近 將近 接近
 * 逼近 近 不到 不足 低于 低於 少于 最多 至多; about 约合 約合 大约 大約 约为 約為 约 約 大概.
 */
const OVER_BEFORE =
  'more than|well over|just over|over|above|at least|in excess of|exceeding|upwards of|north of|topping|' +
  han(
    '8d858fc7|8d85904e|8d8551fa|903e|7a817834|8d85|9ad84e8e|9ad865bc|591a4e8e|4e0d5c114e8e|4e0d4f4e4e8e|81f35c11',
  );
const UNDER_BEFORE =
  'up to|as much as|as many as|as high as|nearly|almost|just under|under|less than|fewer than|below|at most|no more than|close to|' +
  han(
    '5c068fd1|5c078fd1|63a58fd1|903c8fd1|8fd1|4e0d5230|4e0d8db3|4f4e4e8e|4f4e65bc|5c114e8e|6700591a|81f3591a',
  );
const ABOUT_BEFORE =
  'about|around|approximately|roughly|some|an estimated|estimated|circa|~|' +
  han('7ea65408|7d045408|59277ea6|59277d04|7ea64e3a|7d0470ba|7ea6|7d04|59276982');
const APPROX_BEFORE = `${OVER_BEFORE}|${UNDER_BEFORE}|${ABOUT_BEFORE}`
  .split('|')
  .sort((a, b) => b.length - a.length);
/** English approximation phrases before a number by last character, longest first (see approxBefore). */
const EN_APPROX_BY_LAST = byChar(
  APPROX_BEFORE.filter((w) => w.charCodeAt(0) < 0x80),
  true,
);
/** Chinese approximation words before a number by last character, longest first (one must end the window). */
const ZH_APPROX_BY_LAST = byChar(
  APPROX_BEFORE.filter((w) => w.charCodeAt(0) >= 0x80),
  true,
);
/** Approximation words that mean over, and under (the others mean about); the after-words are the ones after a number. */
const OVER = new Set(`${OVER_BEFORE}|plus|+|or more|or higher|or above|or over|\u4ee5\u4e0a`.split('|'));
const UNDER = new Set(
  `${UNDER_BEFORE}|or less|or fewer|or lower|\u4ee5\u4e0b|\u4ee5\u5185|\u4e4b\u5185`.split('|'),
);
function approxOf(w: string): Approx {
  const k = w.toLowerCase();
  return OVER.has(k) ? 'over' : UNDER.has(k) ? 'under' : 'about';
}
/** Approximation phrases after a number, in the order they are tried (see approxAfter). */
const EN_APPROX_AFTER = byChar(
  'or more|or higher|or above|or over|-plus|plus|+|or so|or less|or fewer|or lower'.split('|'),
);
/** 以上 以下 以内 之内 左右 上下, as pairs of characters */
const ZH_APPROX_AFTER = han('4ee54e0a|4ee54e0b|4ee55185|4e4b5185|5de653f3|4e0a4e0b').split('|');

/**
 * Direction verbs before a number (see dirBefore, dirOr), up then down. A word marked * is weak: with
 * an amount it says what was done with it ("raised $12.9bn"), not a change, unless "by" follows; one
 * marked + also gives the direction right after a figure ("5% higher"; see wordAfter).
 */
const EN_UP = (
  'rose|rise+|rises+|rising|risen|up|gained*|gains*+|gain*+|gaining|grew|grow|grows|growing|increased|' +
  'increase+|increases+|jumped|jumps|jump+|surged|surges|surge+|soared|soars|climbed|climbs|climb+|advanced|' +
  'advances|added*|adds*|raised*|raise*|raises*|raising*|hiked|hike+|hikes+|boosted|boost|expanded|rebounded|' +
  'higher+|lifted|lifts|spiked|rallied'
).split('|');
const EN_DOWN = (
  'fell|fall+|falls+|falling|fallen|down|dropped|drops+|drop+|declined|declines+|decline+|decreased|' +
  'decreases+|decrease+|slid|slides|slipped|slips|plunged|plunges|plunge+|tumbled|tumbles|sank|sinks|lost*|' +
  'loses*|lose*|cut*+|cuts*+|cutting*|lowered|lowers|lower+|reduced|reduces|reduce|shrank|shrunk|shrinks|' +
  'contracted|slumped|slumps|eased|eases|dipped|dips|slashed|slashes|trimmed|trims|retreated|shed*|sheds*|' +
  'plummeted|dived|dove'
).split('|');
const bare = (w: string): string => w.replace('*', '').replace('+', '');
const DIR_WORDS = words([...EN_UP, ...EN_DOWN].map(bare));
const DIR_AFTER = words(
  [...EN_UP, ...EN_DOWN]
    .filter((w) => w.endsWith('+'))
    .map(bare)
    .concat(['advance', 'loss', 'slide', 'reduction']),
);
const WEAK_VERBS = new Set([...EN_UP, ...EN_DOWN].filter((w) => w.includes('*')).map(bare));
const UP_SET = new Set(EN_UP.map(bare).concat('advance'));
/** Chinese direction verbs right before a number, and what may follow them (了, 约, 达 …). */
const ZH_DIR_BEFORE = byChar(
  han(
    '8d1f589e957f|8ca0589e9577|540c6bd4589e957f|540c6bd4589e9577|540c6bd44e0b964d|540c6bd44e0b6ed1|540c6bd451cf5c11|540c6bd46e1b5c11|73af6bd4589e957f|73af6bd44e0b964d|589e957f|589e9577|4e0a6da8|4e0a6f32|4e0a5347|63d09ad8|589e52a0|4e0a8c03|4e0a8abf|65005347|98d95347|98c65347|8dc35347|8e8d5347|59276da8|59276f32|66b46da8|62695927|64f45927|52a05feb|653e7f13|653e7de9|52a0606f|5347606f|6da8|6f32|5347|589e|4e0b964d|4e0b8dcc|4e0b6ed1|51cf5c11|6e1b5c11|964d4f4e|4e0b8c03|4e0b8abf|56de843d|7f2951cf|7e2e6e1b|840e7f29|840e7e2e|59278dcc|66b48dcc|65367a84|7f296c34|964d606f|51cf606f|8dcc|964d|51cf|6e1b',
  ).split('|'),
);
const ZH_DIR_THEN = han('4e86|7ea6|7d04|8fbe|9054|903e|8fd1|8d858fc7|8d85').split('|');
/** 下调存款准备金率0.5个百分点: the verb, then its object, then the figure (no 至/到 in between). */
const ZH_DIR_NEAR = byChar(
  han(
    '4e0b8c03|4e0b8abf|4e0a8c03|4e0a8abf|4e0b964d|4e0a5347|63d09ad8|964d4f4e|589e957f|589e9577|4e0b8dcc|4e0a6da8|4e0a6f32|589e52a0|51cf5c11|6e1b5c11|52a05feb|653e7f13|653e7de9',
  ).split('|'),
);
/** What may not stand between such a verb and the figure (besides ASCII digits). */
const ZH_NEAR_STOP = han('ff0c3002ff1b3001ff01ff1f,;!?%81f35230');
const ZH_UP_START = han(
  '540c6bd4589e|73af6bd4589e|589e|4e0a|63d0|6500|98d9|98c6|8dc3|8e8d|59276da8|59276f32|66b46da8|6269|64f4|52a0|5347|6da8|6f32',
).split('|');

// --- the recognizer ------------------------------------------------------------------------------

// The state of the one scan in progress: recognize() is synchronous and not re-entered, so it lives
// at module level (plain functions and variables; cheaper to start than an object per call).
let input = '';
let options: FindFiguresOptions = {};
let figures: Figure[] = [];
let prevEnd = 0;
let docYen: string | null = null;

/**
 * The one pass: a table lookup per character finds digits and Chinese numerals; WORD_START jumps
 * ahead to the next number word or URL, and the scan stops there too.
 */
function scan(): Figure[] {
  const s = input;
  const n = s.length;
  const table = CHAR;
  let word = nextWordStart(0);
  let i = 0;
  while (i < n) {
    while (i < word && (table[s.charCodeAt(i)]! & ANCHOR) === 0) i++;
    if (i >= n) break;
    const t = table[s.charCodeAt(i)]! & ANCHOR;
    let next = i + 1;
    if (i === word) next = atWordStart(i);
    else if (t === 1) next = atDigit(i);
    else if (t === 2) {
      let e = i + 1;
      while (e < n && (table[s.charCodeAt(e)]! & ANCHOR) === 2) e++;
      next = atZh(i, s.slice(i, e));
    } else if (s.charCodeAt(i + 1) === 0x6298) next = atHalf(i);
    i = next > i ? next : i + 1;
    if (word < i) word = nextWordStart(i);
  }
  return figures;
}

/** The next WORD_START match at or after i; the input's length when there is none. */
function nextWordStart(i: number): number {
  WORD_START.lastIndex = i;
  const m = WORD_START.exec(input);
  if (m === null) return input.length;
  url = !isL(m[0].charCodeAt(m[0].length - 1)); // http:// or www., not a word
  return m.index;
}
/** Whether the last WORD_START match is a URL's start (http://, https://, www.). */
let url = false;

/** A word start that WORD_START found: a URL to skip, or a number word ("seven", "tenfold", "ten-fold"). */
function atWordStart(i: number): number {
  const s = input;
  let e = i + 1;
  while (isL(s.charCodeAt(e))) e++;
  if (url) return skipUrl(s, i);
  const len = e - i;
  const w = wordIn(NUM_WORDS, s, i, e);
  if (w !== null) {
    if (litAt(s, e, '-fold') && !isW(s.charCodeAt(e + 5))) return atWord(i, w, '-fold', len + 5);
    if (!isW(s.charCodeAt(e))) return atWord(i, w, undefined, len);
    return e;
  }
  // tenfold
  const base = litAt(s, e - 4, 'fold') && !isW(s.charCodeAt(e)) ? wordIn(NUM_WORDS, s, i, e - 4) : null;
  return base === null ? e : atWord(i, base, 'fold', len);
}

// --- anchors ---

function atDigit(p: number): number {
  const s = input;
  const pc = nc(s, p - 1);
  if (isD(pc)) return skipToken(s, p);
  if ((pc === 0x2e || pc === 0x2c) && isD(nc(s, p - 2))) return skipToken(s, p);
  if ((pc === 0x2d || pc === 0x2f || pc === 0x2e || pc === 0x5f || pc === 0x3a) && isAN(nc(s, p - 2)))
    return skipToken(s, p);
  if (pc === 0x23 || pc === 0x40 || pc === 0x5f) return skipToken(s, p);
  if (isL(pc)) {
    let k = p - 1;
    while (k > p - 6 && isL(nc(s, k - 1))) k--;
    if (isAN(nc(s, k - 1)) || letterCode(s.slice(k, p)) === null) return skipToken(s, p);
  }
  const plain = plainEnd(p);
  if (plain >= 0) return plain;
  const part = readPart(p, prevEnd);
  if (part === null) return skipToken(s, p);
  return finish(part);
}

/**
 * Where the scan goes on after the ASCII digits at p when, by the characters around them, they cannot
 * be a figure; -1 when the full reading is needed. Most numbers in a page are such: years, days,
 * times, counts. Each test here and in plainBefore / plainAfter stands for what prefix, tail or
 * rangeAfter would look at, so the answer is the same as the full reading's, only cheaper.
 */
function plainEnd(p: number): number {
  const s = input;
  let e = p;
  while (isD(s.charCodeAt(e))) e++;
  if (e === p || e - p > 15 || !plainBefore(p)) return -1;
  let f = nc(s, e);
  let g = nc(s, e + 1);
  if (f === 0x2e && isD(g)) {
    e += 2;
    while (isD(nc(s, e))) e++;
    f = nc(s, e);
    g = nc(s, e + 1);
  }
  // . , : / before a digit: a decimal or a grouping goes on, 10:30 and 3/4 are not numbers (numAt);
  // 0700.HK is not either
  if (has(f, SEP)) return isD(g) ? (f > 0x2e ? skipToken(s, p) : -1) : f === 0x2e && isL(g) ? -1 : e;
  return plainAfter(e, true) ? e : -1;
}

/** Whether nothing before p joins a number there: no sign, and no currency sign, code or Chinese money word. */
function plainBefore(p: number): boolean {
  const s = input;
  const pc = nc(s, p - 1);
  if (has(pc, SIGN)) return false;
  const j = skipSpBack(s, p, 0);
  const c = nc(s, j - 1);
  if (has(c, MONEY_BEFORE)) return false;
  if (isL(c)) {
    let b = j - 1;
    while (j - b < 4 && isL(nc(s, b - 1))) b--;
    // a currency code: Rs, RM, Rp, USD, rmb …
    if (
      !isAN(nc(s, b - 1)) &&
      (j - b === 2 ? s.charCodeAt(b) === 0x52 : j - b === 3 && codeAt(s, b) !== null)
    )
      return false;
  }
  return true;
}

/**
 * Whether nothing after a number that ends at e begins a unit, a scale, a currency, a range or more
 * number words. With `spaced` a space and the word after it are looked at too; without, a space is
 * not plain (a run of Chinese numerals goes on past spaces).
 */
function plainAfter(e: number, spaced: boolean): boolean {
  const s = input;
  const f = nc(s, e);
  if (f === -1 || has(f, PLAIN | SEP) || isZhPlain(f)) return true;
  if (f !== SP || !spaced) return false;
  const g = nc(s, e + 1);
  if (isD(g) || has(g, PLAIN | SEP) || isZhPlain(g)) return true;
  // a word: not a unit, scale, currency, range or number word, nor an ISO code
  if (!isL(g) || s.charCodeAt(e + 1) > 0x7a) return false;
  let we = e + 2;
  while (isL(s.charCodeAt(we))) we++;
  if (isL(nc(s, we))) return false; // full-width letters go on the word
  const a = e + 1;
  if (wordIn(AFTER_NUMBER, s, a, we) || wordIn(AFTER_NUMBER, s, a, Math.min(we, a + 12))) return false;
  // an ISO code (USD, MUSD)
  if (we - a === 4 && (s.charCodeAt(a) | 32) === 0x6d) return codeAt(s, a + 1) === null;
  return we - a !== 3 || codeAt(s, a) === null;
}

function atZh(p: number, run: string): number {
  const s = input;
  const after = p + run.length;
  // 百分之 / 千分之 / 万分之 (and 百万分之): a percent written as a fraction
  const frac = spaced(s, after, '\u5206\u4e4b');
  if (frac > 0) {
    if (zhDigit(run.charCodeAt(0)) >= 0) return frac; // "五百分之2.2" is a fraction, not a percent
    const denom = zhInt(run);
    let q = skipSp(s, frac, 4);
    const c = nc(s, q);
    let part: Part | null = null;
    if (isD(c)) part = numAt(q, q, true);
    else if (isZhNum(s.charCodeAt(q))) part = zhCore(q, q);
    if (part === null || !Number.isFinite(denom) || denom <= 0) return q;
    part.value = (part.value * 100) / denom;
    part.kind = 'percent';
    part.start = p;
    part.cs = p;
    q = part.end;
    return finish(part);
  }
  // most runs are words (一个, 统一, 十分): without 万/亿 nothing but a unit, a currency or a range
  // could make them a figure
  let big = false;
  for (let k = p; k < after; k++) big ||= zhBigUnit(s.charCodeAt(k)) > 0;
  if (!big && plainBefore(p) && plainAfter(after, false)) return after;
  const part = readPart(p, prevEnd);
  if (part === null) return after;
  return finish(part);
}

/** 半折 / 对折: half price. */
function atHalf(p: number): number {
  if (p < prevEnd || inSet(ZH_FOLD_WORDS, input.charCodeAt(p + 2))) return p + 2;
  const part = newPart(p, p + 2, 50, 'z');
  part.kind = 'percent';
  return finish(part);
}

/** A number word (lower case, from atWordStart) at p, with "fold" or "-fold" after it when fold is given. */
function atWord(p: number, w: string, fold: string | undefined, len: number): number {
  if (fold !== undefined) {
    const v = EN_UNITS.get(w) ?? EN_MULT.get(w) ?? 0;
    if (v < 2) return p + len;
    const part = newPart(p, p + len, v, 'w');
    part.kind = 'multiple';
    return finish(part);
  }
  // "seven" alone: nothing after it makes it a figure (see plainEnd)
  if (EN_UNITS.has(w) && plainAfter(p + len, true)) return p + len;
  const part = readPart(p, prevEnd);
  if (part === null) return p + len;
  return finish(part);
}

// --- a number with its prefix and tail ---

/** Reads the core number at q (digits, Chinese numerals or English words) and its tail. */
function readPart(q: number, lim: number): Part | null {
  const s = input;
  const c = nc(s, q);
  if (isD(c)) return numAt(q, lim, false);
  if (isZhNum(s.charCodeAt(q))) return zhCore(q, lim);
  if (isL(c)) return wordCore(q, lim);
  return null;
}

/** Digits at q: 1,234.5 / ４，５００ / 12 (with scale, unit and range). */
function numAt(q: number, lim: number, bare: boolean): Part | null {
  const s = input;
  let j = q;
  while (isD(nc(s, j))) j++;
  let n = j - q;
  if (n > 15) return null;
  let grouped = false;
  // Indian grouping: 12,34,567 (ASCII digits only)
  let g = j;
  if (n <= 2) {
    while (
      s.charCodeAt(g) === 0x2c &&
      isD(s.charCodeAt(g + 1)) &&
      isD(s.charCodeAt(g + 2)) &&
      s.charCodeAt(g + 3) === 0x2c
    )
      g += 3;
    if (
      g > j &&
      isD(s.charCodeAt(g + 1)) &&
      isD(s.charCodeAt(g + 2)) &&
      isD(s.charCodeAt(g + 3)) &&
      !isD(s.charCodeAt(g + 4)) &&
      s.charCodeAt(g + 4) !== 0x2c
    ) {
      n += g + 4 - j;
      j = g + 4;
      grouped = true;
    }
  }
  if (n <= 3) {
    for (;;) {
      const sep = s.charCodeAt(j);
      if (nc(s, j) !== 0x2c) break;
      if (!(isD(nc(s, j + 1)) && isD(nc(s, j + 2)) && isD(nc(s, j + 3)) && !isD(nc(s, j + 4)))) break;
      // a full-width comma groups only full-width digits (in Chinese prose "，" separates clauses)
      if (sep === 0xff0c && s.charCodeAt(j + 1) < 0xff10) break;
      j += 4;
      n += 3;
      grouped = true;
      if (n > 15) return null;
    }
  }
  if (nc(s, j) === 0x2e && isD(nc(s, j + 1))) {
    j++;
    while (isD(nc(s, j))) j++;
  }
  const t = nc(s, j);
  if ((t === 0x2e || t === 0x2c) && isD(nc(s, j + 1))) return null; // 1.2.3, 12,34
  if (t === 0x2e && isL(nc(s, j + 1))) return null; // 0700.HK
  if ((t === 0x3a || t === 0x2f) && isD(nc(s, j + 1))) return null; // 10:30, 3/4
  const part = newPart(q, j, digitsValue(s, q, j), 'd');
  part.grouped = grouped;
  if (!bare) prefix(part, lim);
  if (!tail(part, bare)) return null;
  return part;
}

/**
 * The value of the digits from q to e (read by numAt), as Number() reads them with the separators
 * dropped, full-width digits folded and decimals kept up to 40 characters in all.
 */
function digitsValue(s: string, q: number, e: number): number {
  let m = 0;
  let k = -1; // decimals read, -1 before the point
  let digits = 0;
  for (let i = q; i < e; i++) {
    const c = nc(s, i);
    if (c === 0x2e) k = 0;
    else if (isD(c)) {
      m = m * 10 + c - 0x30;
      digits++;
      if (k >= 0) k++;
    }
  }
  // up to 15 digits m / 10^k is the double nearest the decimal, which is what Number() gives (the
  // division rounds correctly, and m and 10^k are exact)
  if (digits <= 15) return k > 0 ? m / TENS[k]! : m;
  let str = '';
  for (let i = q; i < e; i++) {
    const c = nc(s, i);
    if (c === 0x2e || (isD(c) && (!str.includes('.') || str.length < 40))) str += String.fromCharCode(c);
  }
  return Number(str);
}

/** A run of Chinese numerals at q ("六千五百", "两千多万", "八点五"). */
function zhCore(q: number, lim: number): Part | null {
  const s = input;
  // the run, allowing spaces between numerals ("六 点 五 成", "一 百 五 十"); they are not part of the value
  let j = q;
  let run = '';
  let point = false;
  for (;;) {
    const c = s.charCodeAt(j);
    if (isZhNum(c)) run += s[j];
    else if (!point && isZhPoint(c) && run !== '' && zhDigit(s.charCodeAt(skipSp(s, j + 1, 4))) >= 0) {
      run += s[j];
      point = true;
    } else break;
    j++;
    if (run.length > 30) return null;
    const k = skipSp(s, j, 4);
    if (k > j && (isZhNum(s.charCodeAt(k)) || (!point && isZhPoint(s.charCodeAt(k))))) j = k;
  }
  if (run === '') return null;
  const pc = s.charCodeAt(q - 1);
  if (pc === 0x7b2c) return null; // 第: an ordinal
  // 一万 has its coefficient; 万 alone (万科, 亿元 in a URL tail) does not, 十万 / 百元 do
  const r0 = run.charCodeAt(0);
  if (zhBigUnit(r0) > 0 && !inSet(ZH_VAGUE_BEFORE, pc)) return null;
  const value = zhValue(run);
  if (!Number.isFinite(value)) return null;
  const part = newPart(q, j, value, 'z');
  part.lead = zhDigit(r0) >= 0 || ((r0 === 0x5341 || r0 === 0x62fe) && s.charCodeAt(j) !== 0x706b); // 十/拾, not in 十万火急
  for (let i = 0; i < run.length; i++) if (zhBigUnit(run.charCodeAt(i)) > 0) part.big = true;
  // 翻一番 / 翻了两番: doubling n times
  if (s.charCodeAt(j) === 0x756a) {
    const k = pc === 0x4e86 ? q - 2 : q - 1;
    if (s.charCodeAt(k) === 0x7ffb && k >= lim) {
      part.start = k;
      part.end = j + 1;
      part.value = 2 ** value;
      part.kind = 'multiple';
      return part;
    }
    return null;
  }
  // 数百亿 / 几十万 / 上百亿 / 近千万: vague amounts
  if (zhDigit(r0) < 0 && q - 1 >= lim) {
    if (inSet(ZH_SEVERAL, pc)) {
      part.vague = true;
      part.approx = 'about';
    } else if (inSet(ZH_LEAD_BEFORE, pc)) {
      part.lead = true;
      if (pc === 0x4e0a) part.approx = 'over'; // 上
    }
  }
  prefix(part, lim);
  if (part.vague && part.start === q) part.start = q - 1;
  if (!tail(part, false)) return null;
  return part;
}
/** 数 數 几 幾: "several" before a unit (数百亿) */
const ZH_SEVERAL = han('6570657851e05e7e');
/** 上 近 逾 超 约 約: before a bare unit they stand for its coefficient (上百亿, 近千万) */
const ZH_LEAD_BEFORE = han('4e0a8fd1903e8d857ea67d04');
/** What may stand before a big unit that begins a run (数万, 上亿, 近万) */
const ZH_VAGUE_BEFORE = ZH_SEVERAL + ZH_LEAD_BEFORE.slice(0, 2);

/** English number words at q ("seven billion", "a quarter of a trillion", "half a million"). */
function wordCore(q: number, lim: number): Part | null {
  const s = input;
  const w = numWordAt(s, q);
  if (w === null) return null;
  let start = q;
  let lead = -1;
  let from = q;
  const before = s.slice(Math.max(lim, q - 14), q).toLowerCase();
  if (w === 'half' || w === 'quarter') {
    const frac = w === 'half' ? 0.5 : 0.25;
    // "half a million", "a quarter of a trillion", "a quarter million", "half a percentage point"
    const t = s.slice(q + w.length, q + w.length + 8).toLowerCase();
    const rest = ofAn(t).find((k) => isLower(t.charCodeAt(k)));
    if (rest === undefined) return null;
    from = q + w.length + rest;
    lead = frac;
    // "a half", "(an quarter": the article, with the character before it when there is one
    const al = articleEnd(before, false);
    if (al > 0) start = q - al + (al > 2 && !isL(before.charCodeAt(before.length - al)) ? 1 : 0);
    if (w === 'quarter' && al === 0) {
      const t2 = s.slice(q + 7, q + 30).toLowerCase();
      if (!ofAn(t2).some((k) => SCALE_WORDS.slice(0, 4).some((x) => t2.startsWith(x, k)))) return null;
    }
    const t3 = s.slice(from, from + 16).toLowerCase();
    const unitWord = SCALE_WORDS.find((x) => t3.startsWith(x));
    if (unitWord === undefined) return null;
    if (unitWord.includes('point')) {
      const part = newPart(start, from, frac, 'w');
      part.end = from;
      if (!tail(part, false)) return null;
      return part;
    }
  } else if (EN_MULT.has(w) && w !== 'hundred') {
    const al = articleEnd(before, true);
    if (al === 0) return null;
    start = q - al;
    lead = 1;
  }
  const r = lead >= 0 ? readWords(s, from, lead) : readWords(s, q);
  if (r === null || r.end <= q) return null;
  const part = newPart(start, r.end, r.value, 'w');
  part.scaled = r.scaled;
  // "-fold" right after a word number ("ten-fold" is matched by the anchor already)
  if (!tail(part, false)) return null;
  return part;
}

/** Currency and sign written before the number: US$, HK$, RMB, Rmb, €, 人民币, -$, 负. */
function prefix(part: Part, lim: number): void {
  const s = input;
  let k = part.cs;
  // sign right before the number
  const sc = nc(s, k - 1);
  const sp = nc(s, k - 2);
  if (
    k - 1 >= lim &&
    (sc === 0x2d || sc === 0x2b) &&
    !isAN(sp) &&
    sp !== 0x2d &&
    sp !== 0x25 &&
    sp !== 0x29
  ) {
    part.sign = sc === 0x2d ? -1 : 1;
    k--;
  } else if (k - 1 >= lim && (sc === 0x8d1f || sc === 0x8ca0)) {
    // 负 / 負
    part.sign = -1;
    k--;
  }
  const j = skipSpBack(s, k, lim);
  const c = nc(s, j - 1);
  const sign = c === 0x24 ? 'USD' : SIGNS.get(c);
  let cur: string | null = null;
  let at = j;
  if (j - 1 >= lim && sign !== undefined) {
    at = j - 1;
    cur = sign;
    if (c === 0x24) {
      // letters before $: US$, HK$, NZ$, "hk $", "u.s $", cad$
      let e = at;
      // spaced letters count when they are a real prefix ("hk $", "us $"), not "a $5" or "'s $5"
      if (
        nc(s, e - 1) === SP &&
        isL(nc(s, e - 2)) &&
        (isL(nc(s, e - 3)) || nc(s, e - 3) === 0x2e || nc(s, e - 2) === 0x63)
      )
        e--;
      let b = e;
      while (b > lim && e - b < 6 && (isL(nc(s, b - 1)) || (nc(s, b - 1) === 0x2e && b - 1 > lim))) b--;
      if (b < e && !isAN(nc(s, b - 1))) {
        const raw = s.slice(b, e);
        const key = (raw.includes('.') ? raw.split('.').join('') : raw).toLowerCase();
        const code = DOLLAR_PREFIX.get(key);
        if (code !== undefined) {
          cur = code;
          at = b;
        }
      }
    }
    if (cur === 'YEN') cur = yen(at);
    // sign before the currency: -$2.3 million
    const c2 = nc(s, at - 1);
    if (part.sign === 0 && at - 1 >= lim && (c2 === 0x2d || c2 === 0x2b) && !isAN(nc(s, at - 2))) {
      part.sign = c2 === 0x2d ? -1 : 1;
      at--;
    }
  } else if (j > lim && isL(c)) {
    let b = j - 1;
    while (b > lim && j - b < 5 && isL(nc(s, b - 1))) b--;
    if (!isAN(nc(s, b - 1))) {
      const code = letterCode(s.slice(b, j));
      if (code !== null) {
        cur = code;
        at = b;
      }
    }
  } else if (j > lim && has(c, MONEY_BEFORE)) {
    for (const [w, code] of ZH_MONEY_BEFORE) {
      if (j - w.length >= lim && s.startsWith(w, j - w.length)) {
        cur = code;
        at = j - w.length;
        break;
      }
    }
  }
  if (cur !== null) {
    part.pre = cur;
    part.unit = cur;
    part.start = at;
  } else part.start = k;
}

/** 多/余/几 after a number and before a unit: "两千多万", "五十余万" (more than). */
function zhOver(part: Part, i: number): number {
  const s = input;
  if (has(s.charCodeAt(i), ZH_OVER)) {
    if (NUMERAL[s.charCodeAt(i + 1) & 0xffff]! > 10 || zhMoneyAt(s, i + 1) !== null) {
      part.approx = 'over';
      return i + 1;
    }
  }
  return i;
}

/**
 * Scale, unit and vague markers after the number. Returns false when the number is part of
 * something that is not a figure (an identifier like "5G", an ordinal like "2nd").
 */
function tail(part: Part, bare: boolean): boolean {
  const s = input;
  let j = part.ce;
  // Chinese scale right after the number: 2,600亿 / 5.6万亿 / 4千亿 / 两千多万
  j = zhOver(part, j);
  // not the 百 of 百分点 / 百分之
  if (!(zhSmallUnit(s.charCodeAt(j)) > 0 && s.charCodeAt(j + 1) === 0x5206)) {
    let k = j;
    while (
      k - j < 4 &&
      (zhBigUnit(s.charCodeAt(k)) > 0 || (part.core === 'd' && zhSmallUnit(s.charCodeAt(k)) > 0))
    )
      k++;
    if (k > j) {
      const m = zhInt(s.slice(j, k));
      if (Number.isFinite(m) && m > 1) {
        part.value *= m;
        part.mult *= m;
        if (m >= 1000) part.scaled = true;
        if (m >= 1e4) part.big = true;
        j = k;
        j = zhOver(part, j);
      }
    }
  }
  // attached letters: 53bn, 15k, 2MM, 3x, 5pc, 25bp, 115USD, 50p
  let hasLetters = false;
  // after 万/亿 Latin letters are a unit name ("7.8万IPS"), not part of an identifier
  if (isL(nc(s, j)) && part.core === 'd' && !part.big) {
    const raw = lettersAt(s, j);
    const w = raw.toLowerCase();
    const scale = EN_SCALE.get(w);
    hasLetters = true;
    // "800m" without a currency may be metres, "4K" a screen; k counts before a percent ("15k个百分点")
    const kOk =
      w === 'k' &&
      (bare ||
        s.charCodeAt(j + 1) === 0x25 ||
        s.charCodeAt(j + 1) === 0xff05 ||
        s.startsWith('\u767e\u5206', inSet('\u4e2a\u500b', s.charCodeAt(j + 1)) ? j + 2 : j + 1));
    if (scale !== undefined && (w.length > 1 || part.unit !== null || kOk) && w !== 'mil' && scale >= 1e3) {
      if ((w === 'm' || w === 'mm' || w === 'k' || w === 'b') && part.unit === null && !kOk) return false;
      part.value *= scale;
      part.mult *= scale;
      part.scaled = true;
      j += raw.length;
      hasLetters = false;
    } else if (w === 'x' && part.unit === null) {
      part.kind = 'multiple';
      part.end = j + 1;
      return true;
    } else if (LETTER_UNITS.includes(w)) {
      part.kind = unitKind(w);
      part.end = j + raw.length;
      return true;
    } else if (raw === 'p' && part.unit === null && part.value < 100 && Number.isInteger(part.value)) {
      part.kind = 'money';
      part.unit = 'GBP';
      part.value *= 0.01;
      part.end = j + 1;
      return true;
    } else {
      const code = isoAfter(raw);
      if (code === null) return false;
      part.kind = 'money';
      if (part.unit === null) part.unit = code[0];
      part.value *= code[1];
      part.mult *= code[1];
      if (code[1] > 1) part.scaled = true;
      part.end = j + raw.length;
      return true;
    }
  }
  if (hasLetters) return false;
  // spaced English scale words: 4.2 billion, $5-billion, 35 lakh
  if (part.core !== 'z' && !part.scaled) {
    const k = nc(s, j) === SP || nc(s, j) === 0x2d ? j + 1 : j;
    const w = isL(nc(s, k)) ? runIn(SCALE_LIST, s, k) : null;
    if (w !== null && w.length > 1 && w !== 'mm' && !(w === 'hundred' && part.core === 'w')) {
      const scale = EN_SCALE.get(w)!;
      part.value *= scale;
      part.mult *= scale;
      if (scale >= 1e3) part.scaled = true;
      j = runEnd;
    }
  }
  part.end = j;
  if (bare) {
    // after 百分之: only a k suffix is read ("百分之3.2k")
    return true;
  }
  // units
  let u = skipSp(s, j);
  if (nc(s, u) === SP) {
    const far = skipSp(s, u, 4);
    if (nc(s, far) >= 0x4e00) u = far;
  }
  const cu = nc(s, u);
  if (cu === 0x25) {
    part.kind = 'percent';
    part.end = u + 1;
    return true;
  }
  if (s.charCodeAt(u) === 0x2030) {
    // ‰
    part.kind = 'percent';
    part.value /= 10;
    part.end = u + 1;
    return true;
  }
  if (cu >= 0x4e00) {
    return zhUnit(part, u);
  }
  // the first word after the number, to skip the unit regexes for ordinary words ("in 2019 the")
  let ws = -1;
  if (isL(nc(s, j))) ws = j;
  else if ((nc(s, j) === SP || nc(s, j) === 0x2d) && isL(nc(s, j + 1))) ws = j + 1;
  else if (isL(cu)) ws = u;
  let e = ws;
  while (e - ws < 12 && isL(nc(s, e))) e++;
  if (ws >= 0 && wordIn(UNIT_FIRST_LIST, s, ws, e) !== null) {
    let w = litSticky(s, j, EN_UNIT);
    if (w === '' && u !== j) w = litSticky(s, u, EN_UNIT);
    if (w !== '') {
      const end = litEnd;
      part.kind = unitKind(w);
      if (w === 'times') {
        if (!Number.isInteger(part.value) || wordAfter(s, end, TIMES_OK, false) !== null)
          part.kind = 'multiple';
        else return true;
      }
      if (part.kind !== null) {
        part.end = end;
        return true;
      }
    }
    let key = litSticky(s, j, EN_MONEY_WORDS);
    if (key === '' && u !== j) key = litSticky(s, u, EN_MONEY_WORDS);
    if (key !== '') {
      const end = litEnd;
      const info = EN_MONEY.get(key);
      if (info !== undefined && (info[2] || part.scaled || part.pre !== null)) {
        part.kind = 'money';
        if (part.pre === null || key !== 'dollars' || info[1] !== 1) {
          if (part.pre === null || !(key === 'dollar' || key === 'dollars')) part.unit = info[0];
        }
        part.value *= info[1];
        part.end = info[1] === 1 ? cents(part, end) : end;
        return true;
      }
    }
  }
  // ISO code after a space: 115 USD, 30 MUSD
  let ue = u;
  while (ue - u < 5 && isL(nc(s, ue))) ue++;
  if (ue - u === 3 || ue - u === 4) {
    const raw = lettersAt(s, u);
    const code = raw.length === 3 || raw.length === 4 ? isoAfter(raw) : null;
    const next = skipSp(s, u + raw.length, 1);
    if (code !== null && !(part.pre !== null && next > u + raw.length && isD(nc(s, next)))) {
      part.kind = 'money';
      if (part.unit === null) part.unit = code[0];
      part.value *= code[1];
      if (code[1] > 1) part.scaled = true;
      part.end = cents(part, u + raw.length);
      return true;
    }
  }
  // currency sign after the number: 10 $, 100 ₡, 10 €
  if (part.unit === null && u - j <= 1) {
    const sign = cu === 0x24 ? 'USD' : SIGNS.get(cu);
    if (sign !== undefined && !isAN(nc(s, u + 1))) {
      part.kind = 'money';
      part.unit = sign === 'YEN' ? yen(u) : sign;
      part.end = cents(part, u + 1);
      return true;
    }
  }
  if (part.unit !== null) part.kind = 'money';
  return true;
}

/** After 元: 化 素 论 論 组 組 次 宇 旦 首 件 make a word (一元化, 二元论), not money. */
const ZH_YUAN_WORDS = han('53167d208bba8ad67ec47d446b215b8765e699964ef6');
/**
 * After 成: 员 員 为 為 本 功 立 交 果 绩 績 就 长 長 都 品 型 熟 分 年 人 像 形 文 批 套 色 器 药 藥 衣 效 make a word
 * (成员, 成为, 成本 …), not tenths.
 */
const ZH_CHENG_WORDS = han(
  '545854e14e3a70ba672c529f7acb4ea4679c7ee97e3e5c31957f957790fd54c1578b719f52065e744eba50cf5f6265876279595782725668836f85e588636548',
);
/** After 七成六: 个 個 月 年 日 天 人 名 家 次 count something else (七成六个月). */
const ZH_CHENG_COUNTED = han('4e2a500b67085e7465e559294eba540d5bb66b21');
/**
 * After 折: 合 旧 舊 算 叠 疊 射 腾 騰 磨 价 價 返 线 線 扣 make a word (折合, 折旧, 折射 …), not a discount;
 * the first six also after 半折 / 对折.
 */
const ZH_ZHE_WORDS = han('540865e7820a7b9753e0758a5c04817e9a3078e84ef750f98fd47ebf7dda6263');
const ZH_FOLD_WORDS = ZH_ZHE_WORDS.slice(0, 6);

/** The kind of a unit word of EN_UNIT or LETTER_UNITS ("per cent", "ppts", "-fold"); null for "times". */
function unitKind(w: string): FigureKind | null {
  if (w.startsWith('percentage ') || w.startsWith('percentage-')) return 'percentage_points';
  if (w.startsWith('per') || w === 'pc' || w === 'pct') return 'percent';
  if (w.startsWith('pp')) return 'percentage_points';
  if (w.startsWith('b')) return 'basis_points';
  return w.endsWith('fold') ? 'multiple' : null;
}

/** Chinese units after a number: 元 美元 人民币 / % 个百分点 基点 / 倍 成 折. */
function zhUnit(part: Part, u: number): boolean {
  const s = input;
  const ch = s.charCodeAt(u);
  const money = zhMoneyAt(s, u);
  if (money !== null) {
    const [len, code, factor] = money;
    // 一元化, 多元, 二元论: words, not money
    if (part.core === 'z' && ch === 0x5143 && inSet(ZH_YUAN_WORDS, s.charCodeAt(u + 1))) return true;
    part.kind = 'money';
    if (part.pre === null || !(ch === 0x5143 || ch === 0x5757)) part.unit = code; // 元, 块
    part.value *= factor;
    let e = u + len;
    if (s.charCodeAt(e) === 0x6574) e++; // 整
    // 50元6角三分, 两美元又三美分: sub-units add up
    e = zhSubUnits(part, e);
    part.end = e;
    return true;
  }
  if (part.pre !== null) {
    part.kind = 'money';
    return true;
  }
  // 个 / 個 before 百分点 and 基点
  const ge = ch === 0x4e2a || ch === 0x500b ? skipSp(s, u + 1, 4) : u;
  const g = s.charCodeAt(ge);
  const pp =
    g === 0x767e ? Math.max(spaced(s, ge, '\u767e\u5206\u70b9'), spaced(s, ge, '\u767e\u5206\u9ede')) : -1;
  if (pp > 0) {
    part.kind = 'percentage_points';
    part.end = pp;
    return true;
  }
  const bp = g === 0x57fa ? Math.max(spaced(s, ge, '\u57fa\u70b9'), spaced(s, ge, '\u57fa\u9ede')) : -1;
  if (bp > 0) {
    part.kind = 'basis_points';
    part.end = bp;
    return true;
  }
  const nx = s.charCodeAt(u + 1);
  if (ch === 0x500d) {
    // 倍, not 倍数
    if (nx === 0x6570 || nx === 0x6578) return true;
    part.kind = 'multiple';
    part.end = u + 1;
    return true;
  }
  if (ch === 0x6210 && !part.scaled && part.value <= 10 && part.value > 0) {
    // 成: tenths, unless a word goes on (成员, 成为, 成本 … 一成不变)
    if (
      s.startsWith('\u6210\u4e0d\u53d8', u) ||
      s.startsWith('\u6210\u4e0d\u8b8a', u) ||
      inSet(ZH_CHENG_WORDS, nx)
    )
      return true;
    part.kind = 'percent';
    part.value *= 10;
    let e = u + 1;
    // 七成六 = 76%, also "七成 六"; not 七成六个月
    const dk = skipSp(s, u + 1, 1);
    const d = zhDigit(s.charCodeAt(dk));
    if (d > 0 && !isZhNum(s.charCodeAt(dk + 1)) && !inSet(ZH_CHENG_COUNTED, s.charCodeAt(dk + 1))) {
      part.value += d;
      e = dk + 1;
    } else if (nx === 0x534a) {
      part.value += 5; // 成半
      e++;
    }
    part.end = e;
    return true;
  }
  if (ch === 0x6298 && !part.scaled && part.value > 0 && part.value < 100) {
    // 折: a discount, unless a word goes on (折合, 折旧, 折射 …)
    if (inSet(ZH_ZHE_WORDS, nx)) return true;
    part.kind = 'percent';
    if (part.value < 10) part.value *= 10;
    part.end = u + 1;
    return true;
  }
  return true;
}

/**
 * Cents after whole dollars: "thirteen dollars forty-five cents", "10 $ 30 cent", "15 dollars and 50.",
 * "17 USD 25." Without the word "cents" the number must end the clause.
 */
function cents(part: Part, e: number): number {
  const s = input;
  if (part.scaled || !Number.isInteger(part.value) || part.sign !== 0) return e;
  let i = e;
  if (litAt(s, i, ' and ')) i += 5;
  else if (nc(s, i) === SP) i++;
  else return e;
  let v = -1;
  let j = i;
  if (isD(nc(s, i))) {
    while (j - i < 3 && isD(nc(s, j))) j++;
    if (j - i > 2 || isD(nc(s, j)) || ((nc(s, j) === 0x2e || nc(s, j) === 0x2c) && isD(nc(s, j + 1))))
      return e;
    v = Number(s.slice(i, j));
  } else if (isL(nc(s, i))) {
    if (numWordAt(s, i) === null) return e;
    const r = readWords(s, i);
    if (r === null || r.scaled || r.value >= 100 || !Number.isInteger(r.value)) return e;
    v = r.value;
    j = r.end;
  } else return e;
  // " cent" / " cents" and a word end, within 7 characters (the end of those counts as a word end)
  const lim = Math.min(j + 7, s.length);
  const cs = s.charCodeAt(j) === SP ? j + 1 : j;
  let ce = -1;
  if (cs + 4 <= lim && litAt(s, cs, 'cent')) {
    ce = cs + 4;
    if (ce < lim && (s.charCodeAt(ce) | 32) === 0x73) ce++;
    if (ce < lim && isW(s.charCodeAt(ce))) ce = -1;
  }
  if (ce > 0) j = ce;
  else {
    const c = nc(s, j);
    if (
      !(
        c === -1 ||
        c === 0x2e ||
        c === 0x2c ||
        c === 0x3b ||
        c === 0x21 ||
        c === 0x3f ||
        litAt(s, j, ' and ')
      )
    )
      return e;
  }
  part.value += v / 100;
  return j;
}

function zhSubUnits(part: Part, e: number): number {
  const s = input;
  if (part.scaled) return e;
  let i = e;
  if (s.charCodeAt(i) === 0x53c8) i++; // 又
  let added = 0;
  let end = e;
  for (const [unit, f] of [
    ['\u89d2', 0.1],
    ['\u6bdb', 0.1],
    ['\u5206', 0.01],
    ['\u7f8e\u5206', 0.01],
  ] as const) {
    let v = zhDigit(s.charCodeAt(i));
    if (v < 0 && isD(nc(s, i))) v = nc(s, i) - 48;
    if (v < 0 || !s.startsWith(unit, i + 1)) continue;
    added += v * f;
    i += 1 + unit.length;
    end = i;
  }
  if (end > e) part.value = Math.round((part.value + added) * 100) / 100;
  return end;
}

/** ¥/￥: CNY or JPY from the options, the words nearby, or the document. */
function yen(at: number): string {
  if (options.yenMeans) return options.yenMeans;
  const s = input;
  const win = s.slice(Math.max(0, at - 120), at + 120);
  const j = /\byen\b|japan|\u65e5\u5143|\u65e5\u672c|\u5186/i.test(win);
  const c = /yuan|\brmb\b|renminbi|china|chinese|\u4eba\u6c11\u5e01|\u4eba\u6c11\u5e63|\u5143/i.test(win);
  if (j && !c) return 'JPY';
  if (c && !j) return 'CNY';
  if (docYen === null) {
    if (/[\u4e00-\u9fff]/.test(s) && !/[\u3040-\u30ff]/.test(s)) docYen = 'CNY';
    else {
      const cn = (s.match(/yuan|\brmb\b|renminbi|china|chinese/gi) ?? []).length;
      const jp = (s.match(/\byen\b|japan/gi) ?? []).length;
      docYen = cn > jp ? 'CNY' : 'JPY';
    }
  }
  return docYen;
}

// --- ranges, approximation, direction, output ---

/** Completes a part (range, kind, approximation, direction) and emits it; returns where to go on. */
function finish(part: Part): number {
  const s = input;
  let second: Part | null = null;
  let separate = false;
  // range: 3-4%, $2.5-3 billion, 3%至4%, between 8 and 9 percent, 5万至8万元; "from X to Y" is two figures
  if (part.kind !== 'multiple' || part.core !== 'w') {
    const r = rangeAfter(part);
    if (r !== null) {
      second = r.part;
      separate = r.separate;
    }
  }
  if (second !== null) {
    const a = part;
    const b = second;
    const before = { value: a.value, scaled: a.scaled, kind: a.kind, unit: a.unit };
    if (!a.scaled && b.mult > 1 && a.mult === 1 && a.value * b.mult <= b.value) {
      // the scale applies to both ends: "$2.5-3 billion", "between $2 and $3 billion"
      a.value *= b.mult;
      a.scaled = b.scaled;
    }
    if (a.kind === null && b.kind === null && counted(a) && counted(b) && !separate) {
      a.kind = 'number';
      b.kind = 'number';
    }
    if (a.kind === null && b.kind !== null) {
      a.kind = b.kind;
      if (a.unit === null) a.unit = b.unit;
      if (b.kind === 'percent' && b.value === a.value * 10 && s[b.end - 1] === '\u6210') a.value *= 10;
    }
    if (b.kind === null && a.kind !== null && !separate) {
      b.kind = a.kind;
      b.unit = a.unit;
    }
    const same = a.kind !== null && a.kind === b.kind && (a.unit === b.unit || b.unit === null);
    if (!same) {
      second = null;
      Object.assign(a, before);
    } else if (!separate) {
      if (b.value >= a.value && a.sign === 0 && b.sign >= 0) {
        a.max = b.value;
        a.end = b.end;
        if (b.approx !== null && a.approx === null) a.approx = b.approx;
        second = null;
      } else {
        second = null;
        Object.assign(a, before);
      }
    }
  }
  if (!emit(part)) {
    return Math.max(part.ce, part.end);
  }
  if (second !== null && separate) emit(second);
  return prevEnd;
}

function rangeAfter(a: Part): { part: Part; separate: boolean } | null {
  const s = input;
  let j = a.end;
  const sp = skipSp(s, j, 1);
  const c = nc(s, sp);
  let q = -1;
  let word = '';
  if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x7e || c === 0x301c) {
    if (c === 0x2d && sp !== j && nc(s, sp + 1) !== SP) return null; // "5 -3%" is a sign
    q = sp + 1;
  } else if (c === 0x81f3 || c === 0x5230)
    q = sp + 1; // 至 到
  else if (isL(c)) {
    word = runIn(RANGE_WORDS, s, sp) ?? '';
    if (word === '') return null;
    q = runEnd;
    if (nc(s, q) !== SP) return null;
  } else return null;
  j = skipSp(s, q, 1);
  const before = word === '' ? '' : s.slice(Math.max(prevEnd, a.start - 9), a.start);
  if (word === 'and' && !endsWith(before, 'between')) return null;
  const separate = word === 'to' && endsWith(before, 'from');
  // the second number may carry its own currency: "$2.5 billion to $3 billion"
  let k = j;
  const ck = nc(s, k);
  if (ck === 0x24 || SIGNS.has(ck)) k = skipSp(s, k + 1, 1);
  else if (isL(ck) && a.core !== 'w') {
    const raw = lettersAt(s, k);
    if (nc(s, k + raw.length) === 0x24) k = skipSp(s, k + raw.length + 1, 1);
    else if (letterCode(raw) !== null) k = skipSp(s, k + raw.length, 1);
  } else for (const [w] of ZH_MONEY_BEFORE) if (s.startsWith(w, k)) k += w.length;
  const ch = nc(s, k);
  if (a.core === 'd' && !isD(ch)) return null;
  if (a.core === 'z' && !isZhNum(s.charCodeAt(k)) && !isD(ch)) return null;
  if (a.core === 'w' && !isL(ch)) return null;
  const b = readPart(k, q);
  if (b === null) return null;
  return { part: b, separate };
}

/** Decides whether a part is a figure; if so adds it to the output. */
function emit(part: Part): boolean {
  const s = input;
  if (part.kind === null) {
    let ok = false;
    if (part.core === 'z') ok = part.big && part.value >= 1e4 && (part.lead || part.vague);
    else if (part.core === 'w') ok = part.scaled && part.value >= 1e3;
    else
      ok =
        (part.scaled && part.value >= 1e3) ||
        (part.grouped && part.value >= 1000) ||
        (part.big && part.value >= 1e4);
    if (!ok) return false;
    part.kind = 'number';
  }
  if (part.kind === 'money' && part.weak && !part.scaled) return false;
  if (part.kind === 'money' && part.unit === null) return false;
  if (part.kind !== 'money') {
    if (part.pre !== null) {
      // "RMB 5%": the currency is not part of a percent
      part.start = part.sign !== 0 ? part.cs - 1 : part.cs;
      part.unit = null;
    } else part.unit = null;
  }
  if (!Number.isFinite(part.value)) return false;
  const lim = prevEnd;
  if (part.start < lim) return false;
  // approximation before (not part of the span) and after
  let approx: Approx | null = part.approx;
  let dirEnd = part.start;
  const win = s.slice(Math.max(lim, part.start - 24), part.start);
  // the regexes below only run when the last character before the figure can end one of their words
  const lc = lastCode(win);
  const ea = isL(lc) || lc === 0x7e ? approxBefore(win) : null;
  if (ea !== null) {
    if (approx === null) approx = approxOf(ea);
    dirEnd = part.start - (win.length - win.lastIndexOf(ea));
  } else if (lc >= 0x3000) {
    const za = ZH_APPROX_BY_LAST.get(win.charCodeAt(win.length - 1))?.find((x) => win.endsWith(x));
    if (za !== undefined) {
      if (approx === null) approx = approxOf(za);
      dirEnd = part.start - za.length;
    }
  }
  if (approx === null) {
    let k = part.end;
    while (s.charCodeAt(k) === SP) k++;
    const lit = firstLit(s, k, EN_APPROX_AFTER);
    if (lit !== '' && !(lit === '+' && isD(nc(s, k + 1)))) approx = approxOf(lit === '-plus' ? 'plus' : lit);
    else {
      if (s.charCodeAt(part.end) >= 0x4e00)
        for (const z of ZH_APPROX_AFTER) if (s.startsWith(z, part.end)) approx = approxOf(z);
    }
  }
  // direction
  let direction: Direction | undefined;
  let negate = false;
  const dwin = s.slice(Math.max(lim, dirEnd - 40), dirEnd);
  const dc = lastCode(dwin);
  const w = isL(dc) ? dirBefore(dwin) : null;
  if (w !== null) {
    // "raised $12.9bn", "lost $2bn", "added 5,000 jobs" are amounts, not changes, unless "by" follows
    const weak = WEAK_VERBS.has(w) && (part.kind === 'money' || part.kind === 'number');
    if (!(w === 'up' && toNext(s, dirEnd)) && !(weak && !endsWith(dwin, 'by')))
      direction = UP_SET.has(w) ? 'up' : 'down';
  } else {
    const zd = dc < 0x3000 ? null : (zhDirBefore(dwin.slice(-8)) ?? zhDirNear(dwin.slice(-14)));
    if (zd !== null) {
      const w = zd;
      if (w === '\u8d1f\u589e\u957f' || w === '\u8ca0\u589e\u9577') {
        direction = 'down';
        negate = part.sign === 0;
      } else direction = ZH_UP_START.some((x) => w.startsWith(x)) ? 'up' : 'down';
    } else if (!isL(dc)) {
      // nothing to read
    } else if (onlyOr(dwin)) {
      // "rose $1.20, or 1.5%": the second figure restates the first
      direction = figures[figures.length - 1]?.direction;
    } else {
      const eo = dirOr(dwin);
      if (eo !== null) direction = UP_SET.has(eo) ? 'up' : 'down';
    }
  }
  if (direction === undefined) {
    const m = wordAfter(s, part.end, DIR_AFTER, true);
    if (m !== null) direction = UP_SET.has(m) ? 'up' : 'down';
  }
  if (direction === undefined && part.sign !== 0) direction = part.sign > 0 ? 'up' : 'down';
  let value = part.value;
  let max = part.max;
  if (part.sign < 0 || negate) {
    value = -value;
    if (max !== undefined) max = -max;
  }
  if (part.vague && max === undefined) max = value * 10;
  const fig: Figure = {
    text: s.slice(part.start, part.end),
    start: part.start,
    end: part.end,
    kind: part.kind,
    value: clean(value),
    unit: part.kind === 'money' ? part.unit : null,
    approx: approx ?? 'exact',
  };
  if (max !== undefined && Number.isFinite(max)) fig.max = clean(max);
  if (direction !== undefined) fig.direction = direction;
  figures.push(fig);
  prevEnd = part.end;
  return true;
}

/** Code of the last non-space character of str (folded), -1 if none. */
function lastCode(str: string): number {
  let i = str.length - 1;
  while (i >= 0 && nc(str, i) === SP) i--;
  return nc(str, i);
}

/** Whether `lit` (lower case) is at i in s, ASCII letters compared without case. */
function litAt(s: string, i: number, lit: string): boolean {
  if (i < 0 || i + lit.length > s.length) return false;
  for (let k = 0; k < lit.length; k++) {
    const c = s.charCodeAt(i + k);
    const l = lit.charCodeAt(k);
    if (c !== l && !(l >= 97 && l <= 122 && c === l - 32)) return false;
  }
  return true;
}

/** Lower-case ASCII words by their first letter, to be looked up in the input without making strings. */
type Words = Map<number, string[]>;
function words(list: Iterable<string>): Words {
  return byChar([...list]);
}

/**
 * The word of `list` (see words) that s spells from a to e, ASCII letters compared without case, as
 * `s.slice(a, e).toLowerCase()` would be found in a set of them; null when none.
 */
function wordIn(list: Words, s: string, a: number, e: number): string | null {
  const ws = list.get(s.charCodeAt(a) | 32);
  if (ws !== undefined) for (const w of ws) if (w.length === e - a && litAt(s, a, w)) return w;
  return null;
}

/** End of the last runIn run. */
let runEnd = 0;
/** The letters at a (full-width ones folded, as lettersAt reads them) as a word of `list`; their end in runEnd. */
function runIn(list: Words, s: string, a: number): string | null {
  let e = a;
  let folded = false;
  for (let c = nc(s, e); isL(c) && e - a < 40; c = nc(s, ++e)) folded ||= c !== s.charCodeAt(e);
  runEnd = e;
  if (!folded) return wordIn(list, s, a, e);
  const w = lettersAt(s, a);
  return wordIn(list, w, 0, w.length);
}

/** A code unit with ASCII letters folded to lower case. */
function fold(c: number): number {
  return isL(c) ? c | 32 : c;
}

/** The first of `lits` (grouped by byChar) at i that no ASCII letter follows; '' when none. */
function firstLit(s: string, i: number, lits: Map<number, string[]>): string {
  const list = lits.get(fold(s.charCodeAt(i)));
  if (list !== undefined)
    for (const lit of list) if (litAt(s, i, lit) && !isL(s.charCodeAt(i + lit.length))) return lit;
  return '';
}

/**
 * Alternatives grouped by the code of their first (or last) character, ASCII letters folded to lower
 * case, each group in the given order.
 */
function byChar(alts: readonly string[], last = false): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const a of alts) {
    const c = fold(a.charCodeAt(last ? a.length - 1 : 0));
    const list = map.get(c);
    if (list === undefined) map.set(c, [a]);
    else list.push(a);
  }
  return map;
}

/**
 * The first alternative of `alts` at the leftmost position of t from which `rest` accepts what
 * follows it, as a backtracking regex "(a|b|c)rest" would find it; null when none.
 */
function leftmost(t: string, alts: Map<number, string[]>, rest: (e: number) => boolean): string | null {
  for (let p = 0; p < t.length; p++) {
    const list = alts.get(t.charCodeAt(p));
    if (list !== undefined) for (const a of list) if (t.startsWith(a, p) && rest(p + a.length)) return a;
  }
  return null;
}

/** 同比增长, 下降了, 上涨约 … ending t: the verb. */
function zhDirBefore(t: string): string | null {
  return leftmost(t, ZH_DIR_BEFORE, (e) => e === t.length || ZH_DIR_THEN.includes(t.slice(e)));
}

/** 下调存款准备金率 before a figure: the verb, then at most 8 characters of its object. */
function zhDirNear(t: string): string | null {
  return leftmost(t, ZH_DIR_NEAR, (e) => {
    if (t.length - e > 8) return false;
    for (let i = e; i < t.length; i++) if (isD(t.charCodeAt(i)) || ZH_NEAR_STOP.includes(t[i]!)) return false;
    return true;
  });
}

/** Whether str ends with `lit` (lower case, ASCII letters without case) before trailing spaces. */
function endsWith(str: string, lit: string): boolean {
  let e = str.length;
  while (e > 0 && str.charCodeAt(e - 1) === SP) e--;
  return litAt(str, e - lit.length, lit);
}

/** Whether str is ",? or" with spaces around (any case). */
function onlyOr(str: string): boolean {
  let i = 0;
  while (str.charCodeAt(i) === SP) i++;
  if (str.charCodeAt(i) === 0x2c) i++;
  while (str.charCodeAt(i) === SP) i++;
  if (!litAt(str, i, 'or')) return false;
  i += 2;
  while (str.charCodeAt(i) === SP) i++;
  return i === str.length;
}

/** "up to": spaces and "to" at a word end within the 4 characters from i (their end counts as one). */
function toNext(s: string, i: number): boolean {
  const lim = Math.min(i + 4, s.length);
  let k = i;
  while (k < lim && s.charCodeAt(k) === SP) k++;
  return k + 2 <= lim && litAt(s, k, 'to') && (k + 2 === lim || !isW(s.charCodeAt(k + 2)));
}

/** The scale words after "half" / "a quarter": the first four need "(of) (a|an)" before them. */
const SCALE_WORDS = ['million', 'billion', 'trillion', 'thousand', 'percentage point', 'basis point'];

/**
 * Where the words after "half" / "quarter" may start in t (lower case): the lengths of
 * "( of)?( an?)? " at its start, in the order a backtracking regex would try them.
 */
function ofAn(t: string): number[] {
  const out: number[] = [];
  for (const o of t.startsWith(' of') ? [3, 0] : [0]) {
    if (t.startsWith(' an', o) && t.charCodeAt(o + 3) === SP) out.push(o + 4);
    if (t.startsWith(' a', o) && t.charCodeAt(o + 2) === SP) out.push(o + 3);
    if (t.charCodeAt(o) === SP) out.push(o + 1);
  }
  return out;
}

/**
 * An article (or "one" when `one`) and a space ending `before` (lower case) at a word start.
 * With one: the length of the word and its space; without: that length plus the character before
 * the article when there is one ("(?:^|[^a-z])an? $"). 0 when none.
 */
function articleEnd(before: string, one: boolean): number {
  const n = before.length;
  if (before.charCodeAt(n - 1) !== SP) return 0;
  for (const w of one ? ['one', 'an', 'a'] : ['an', 'a']) {
    const a = n - 1 - w.length;
    if (a >= 0 && before.startsWith(w, a) && !isLower(before.charCodeAt(a - 1)))
      return one ? w.length + 1 : a === 0 ? n : n - a + 1;
  }
  return 0;
}

/** End of the last litSticky match. */
let litEnd = 0;
/**
 * `[ -]?(lit|lit|...)(?![a-z])` at i, case-insensitive, the literals tried in order: the literal
 * matched (its end in litEnd), or '' when none.
 */
function litSticky(s: string, i: number, lits: Map<number, string[]>): string {
  const c = s.charCodeAt(i);
  let lit = c === SP || c === 0x2d ? firstLit(s, i + 1, lits) : '';
  let at = i + 1;
  if (lit === '') {
    lit = firstLit(s, i, lits);
    at = i;
  }
  litEnd = at + lit.length;
  return lit;
}

/**
 * The word after spaces (or spaces and dashes) at i, lower-cased, when it is in `list` and ends there
 * (the next character is not a letter, digit or _); null otherwise.
 */
function wordAfter(s: string, i: number, list: Words, dash: boolean): string | null {
  let k = i;
  for (let c = s.charCodeAt(k); c === SP || (dash && c === 0x2d); c = s.charCodeAt(++k));
  if (k === i) return null;
  let e = k;
  while (isW(s.charCodeAt(e))) e++;
  if (e === k) return null;
  return wordIn(list, s, k, e);
}

/** The approximation phrase that ends `w` (before trailing spaces) at a word start, as written; or null. */
function approxBefore(w: string): string | null {
  let e = w.length;
  while (e > 0 && w.charCodeAt(e - 1) === SP) e--;
  for (const lit of EN_APPROX_BY_LAST.get(fold(w.charCodeAt(e - 1))) ?? []) {
    const a = e - lit.length;
    if (litAt(w, a, lit) && !isL(w.charCodeAt(a - 1))) return w.slice(a, e);
  }
  return null;
}

/**
 * The direction verb (lower case) that ends `w` before trailing spaces, or that is followed by up to
 * two words and "by" ("rose by", "cut its forecast by"); the leftmost when several qualify.
 */
function dirBefore(w: string): string | null {
  let end = w.length;
  while (end > 0 && w.charCodeAt(end - 1) === SP) end--;
  let found: string | null = null;
  let tokens = true; // the space-separated chunks right of the current one are all letters and '
  let by = false; // the last chunk is "by"
  for (let k = 0; k < 4 && end > 0; k++) {
    let b = end;
    while (b > 0 && w.charCodeAt(b - 1) !== SP) b--;
    let a = end;
    while (a > b && isL(w.charCodeAt(a - 1))) a--;
    if (a < end) {
      found = wordIn(DIR_WORDS, w, a, end) ?? found;
    }
    if (k === 0) by = end - b === 2 && (w.charCodeAt(b) | 32) === 0x62 && (w.charCodeAt(b + 1) | 32) === 0x79;
    for (let i = b; i < end && tokens; i++) {
      const c = w.charCodeAt(i);
      if (!isL(c) && c !== 0x27) tokens = false;
    }
    if (!tokens || !by) break;
    end = b;
    while (end > 0 && w.charCodeAt(end - 1) === SP) end--;
  }
  return found;
}

/**
 * "rose 200 points, or": the leftmost direction verb (lower case) followed, within 30 characters
 * without a clause break (. ; : ! ? except a decimal point), by "or" at the end of `w`; or null.
 */
function dirOr(w: string): string | null {
  let e = w.length;
  while (e > 0 && w.charCodeAt(e - 1) === SP) e--;
  const p = e - 2;
  if (
    p < 1 ||
    (w.charCodeAt(p) | 32) !== 0x6f ||
    (w.charCodeAt(p + 1) | 32) !== 0x72 ||
    isW(w.charCodeAt(p - 1))
  )
    return null;
  let g = p;
  while (w.charCodeAt(g - 1) === SP) g--;
  if (w.charCodeAt(g - 1) === 0x2c) g--;
  let from = 0;
  for (let i = g - 1; i >= 0; i--) {
    const c = w.charCodeAt(i);
    if (c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || (c === 0x2e && !isD(w.charCodeAt(i + 1)))) {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < g; ) {
    if (!isL(w.charCodeAt(i))) {
      i++;
      continue;
    }
    let b = i;
    while (isL(w.charCodeAt(b))) b++;
    if (g - b <= 30 && !isW(w.charCodeAt(b))) {
      const word = wordIn(DIR_WORDS, w, i, b);
      if (word !== null) return word;
    }
    i = b;
  }
  return null;
}

/** A part that would be a `number` figure on its own (scaled, grouped thousands, 万/亿). */
function counted(x: Part): boolean {
  return x.scaled || (x.grouped && x.value >= 1000) || x.big;
}

/** Whether the code unit c is one of the characters of set (false for NaN, past the end of the input). */
function inSet(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

/** Rounds away binary noise (0.1 * 3) without touching real precision: v to 12 significant digits. */
function clean(v: number): number {
  if (Number.isInteger(v)) return v;
  // Most values already are the double nearest to a short decimal (5.2, 0.36), and then rounding
  // changes nothing. That is the case when m / 10^k gives v back for the 12-digit m = round(v * 10^k)
  // (division rounds correctly, and both are exact), which is far cheaper than toPrecision.
  // (far from 1, TENS has no such power: m is NaN and the test fails)
  const p = TENS[11 - Math.floor(Math.log10(Math.abs(v)))]!;
  const m = Math.round(v * p);
  if (Math.abs(m) < 1e12 && m / p === v) return v;
  const r = Number(v.toPrecision(12));
  return Object.is(r, -0) ? 0 : r;
}
/** 10^0 … 10^22, each exact in a double. */
const TENS: number[] = [1];
while (TENS.length < 23) TENS.push(TENS[TENS.length - 1]! * 10);

/** Three ASCII letters at a as one number, to look codes up without making a string. */
const key3 = (s: string, a: number): number =>
  (s.charCodeAt(a) << 16) | (s.charCodeAt(a + 1) << 8) | s.charCodeAt(a + 2);
/** Codes by key3: ISO codes as written in capitals, the any-case ones in lower case. */
const CODES = new Map([
  ...[...ISO_CODES].map((c) => [key3(c, 0), c === 'RMB' ? 'CNY' : c] as const),
  ...[...ANY_CASE_CODES].map((c) => [key3(c, 0), c === 'rmb' ? 'CNY' : c.toUpperCase()] as const),
]);
/** letterCode of the three ASCII letters at a. */
function codeAt(s: string, a: number): string | null {
  const k = key3(s, a);
  return CODES.get(k) ?? CODES.get(k | 0x202020) ?? null;
}

/** An ISO code or currency prefix written before a number (USD, RMB, Rmb, rmb, Rs, RM). */
function letterCode(w: string): string | null {
  if (w.length === 2) return OTHER_PREFIX[w] ?? null;
  return w.length === 3 ? codeAt(w, 0) : null;
}

/** An ISO code after a number, optionally with M (million) or K (thousand): USD, MUSD, MGBP. */
function isoAfter(raw: string): readonly [string, number] | null {
  const code = letterCode(raw);
  if (code !== null && raw.length === 3) return [code, 1];
  if (raw.length === 4 && (raw[0] === 'M' || raw[0] === 'm')) {
    const c = letterCode(raw.slice(1));
    if (c !== null) return [c, 1e6];
  }
  return null;
}

/** The longest Chinese money word at i: [length, code, factor]. */
function zhMoneyAt(s: string, i: number): readonly [number, string, number] | null {
  let best = '';
  for (const w of ZH_MONEY_BY_FIRST.get(s.charCodeAt(i)) ?? [])
    if (w.length > best.length && s.startsWith(w, i)) best = w;
  const info = ZH_MONEY_INFO.get(best);
  return info === undefined ? null : [best.length, info[1], info[2]];
}

/** ZH_MONEY grouped by the code of its first character. */
const ZH_MONEY_BY_FIRST = byChar(ZH_MONEY.map((e) => e[0]));
const ZH_MONEY_INFO = new Map(ZH_MONEY.map((e) => [e[0], e]));
export function recognize(text: string, opts: FindFiguresOptions): Figure[] {
  input = text;
  options = opts;
  figures = [];
  prevEnd = 0;
  docYen = null;
  try {
    return scan();
  } finally {
    // do not keep the page's text alive between calls
    input = '';
    figures = [];
  }
}
