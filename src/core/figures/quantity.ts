/**
 * Quantity: the number at a position (digits, a run of Chinese numerals or English number words),
 * its sign and currency before it (money.ts), and after it its scale (万, 亿, bn, million, lakh) and
 * unit (units.ts).
 */
import {
  COMMA,
  DI,
  DOT,
  FAN,
  FAN_TURN,
  FEN,
  FULLWIDTH_PERCENT,
  foldedAt,
  GE,
  GE_TRADITIONAL,
  HUO,
  HYPHEN,
  hasClass,
  inSet,
  isDigit,
  isLetter,
  isLowerLetter,
  LE,
  LETTER_Q,
  LETTER_T,
  LOWER_CASE_BIT,
  lettersAt,
  letterRunEnd,
  PERCENT,
  SHANG,
  SHI,
  SHI_FORMAL,
  SPACE,
  skipSpaces,
  ZH_OVER,
} from './chars';
import {
  EN_MULT,
  EN_NUMBER_WORDS,
  EN_SCALE,
  EN_UNITS,
  EU_SCALE,
  EU_SCALE_ABBREVIATIONS,
  HALF_SCALE_WORDS,
  LETTER_UNITS,
  ZH_LEAD_BEFORE,
  ZH_SEVERAL,
  ZH_VAGUE_BEFORE,
} from './lexicon';
import { digitsEnd, europeanDigitsEnd, wholeDigitsEnd } from './digits';
import { currencyFollows, isoCodeAfter, readPrefix, signWordStart, zhMoneyAt } from './money';
import {
  digitsValue,
  isZhNumeral,
  isZhPoint,
  isZhUnit,
  readWords,
  zhBigUnit,
  zhDigit,
  zhIntValue,
  zhSmallUnit,
  zhValue,
} from './numerals';
import { newReading, type Reading, type ScanContext, scaleBy } from './reading';
import { readUnit, unitKind } from './units';
import { groupByChar, literalAt, runWord, wordAt } from './words';

/** The number words, for whole-word look-ups. */
export const NUMBER_WORDS = groupByChar(EN_NUMBER_WORDS);
const SCALE_WORDS = groupByChar(EN_SCALE.keys());

/** Reads the number at q (digits, Chinese numerals or English words) with its prefix and tail. */
export function readNumber(ctx: ScanContext, q: number, lim: number): Reading | null {
  const s = ctx.text;
  const c = foldedAt(s, q);
  if (isDigit(c)) return readDigits(ctx, q, lim, false);
  if (isZhNumeral(s.charCodeAt(q))) return readZhNumerals(ctx, q, lim);
  if (isLetter(c)) return readNumberWords(ctx, q, lim);
  return null;
}

/**
 * Digits at q: 1,234.5 / ４，５００ / 12 / 12,34,567, with prefix, scale, unit and range. `bare` reads
 * the number alone, with no prefix and no unit (the numerator after 百分之).
 */
export function readDigits(ctx: ScanContext, q: number, lim: number, bare: boolean): Reading | null {
  const s = ctx.text;
  const european = ctx.decimalComma;
  const end = european ? europeanDigitsEnd(s, q) : digitsEnd(s, q);
  if (end < 0) return null;
  const r = newReading(q, end, digitsValue(s, q, end, european ? COMMA : DOT), 'digits');
  // grouped in thousands (or the Indian way) when a separator follows the first digits and was read
  // past; a number shorter than "1,234" (a year, "3.5") has none, so it is not looked for
  if (end - q >= 5) {
    const firstGroupEnd = wholeDigitsEnd(s, q);
    const separator = foldedAt(s, firstGroupEnd);
    r.grouped = end > firstGroupEnd && (european ? separator !== COMMA : separator === COMMA);
  }
  if (!bare) readPrefix(ctx, r, lim);
  if (!readTail(ctx, r, bare)) return null;
  return r;
}

/**
 * The run of Chinese numerals at q, allowing spaces between numerals ("六 点 五 成", "一 百 五 十"),
 * which are not part of the value; with its end. Null when there is none or it is over 30 long.
 */
function zhNumeralRun(s: string, q: number): { run: string; end: number } | null {
  let j = q;
  let run = '';
  let point = false;
  for (;;) {
    const c = s.charCodeAt(j);
    if (isZhNumeral(c)) run += s[j];
    else if (!point && isZhPoint(c) && run !== '' && zhDigit(s.charCodeAt(skipSpaces(s, j + 1, 4))) >= 0) {
      run += s[j];
      point = true;
    } else break;
    j++;
    if (run.length > 30) return null;
    const k = skipSpaces(s, j, 4);
    if (k > j && (isZhNumeral(s.charCodeAt(k)) || (!point && isZhPoint(s.charCodeAt(k))))) j = k;
  }
  return run === '' ? null : { run, end: j };
}

/** A run of Chinese numerals at q ("六千五百", "两千多万", "八点五", "数百亿", "翻一番"). */
export function readZhNumerals(ctx: ScanContext, q: number, lim: number): Reading | null {
  const s = ctx.text;
  const found = zhNumeralRun(s, q);
  if (found === null) return null;
  const { run, end: j } = found;
  const before = s.charCodeAt(q - 1);
  if (before === DI) return null; // 第: an ordinal
  // 一万 has its coefficient; 万 alone (万科, 亿元 in a URL tail) does not, 十万 / 百元 do
  const first = run.charCodeAt(0);
  if (zhBigUnit(first) > 0 && !inSet(ZH_VAGUE_BEFORE, before)) return null;
  const value = zhValue(run);
  if (!Number.isFinite(value)) return null;
  const r = newReading(q, j, value, 'chinese');
  // 十/拾 lead too, but not in 十万火急
  r.hasCoefficient =
    zhDigit(first) >= 0 || ((first === SHI || first === SHI_FORMAL) && s.charCodeAt(j) !== HUO);
  for (let i = 0; i < run.length; i++) if (zhBigUnit(run.charCodeAt(i)) > 0) r.hasBigUnit = true;
  // 翻一番 / 翻了两番: doubling n times
  if (s.charCodeAt(j) === FAN) {
    const k = before === LE ? q - 2 : q - 1;
    if (s.charCodeAt(k) === FAN_TURN && k >= lim) {
      r.start = k;
      r.end = j + 1;
      r.value = 2 ** value;
      r.kind = 'multiple';
      return r;
    }
    return null;
  }
  // 数百亿 / 几十万 / 上百亿 / 近千万: vague amounts
  if (zhDigit(first) < 0 && q - 1 >= lim) {
    if (inSet(ZH_SEVERAL, before)) {
      r.vague = true;
      r.approx = 'about';
    } else if (inSet(ZH_LEAD_BEFORE, before)) {
      r.hasCoefficient = true;
      if (before === SHANG) r.approx = 'over';
    }
  }
  readPrefix(ctx, r, lim);
  if (r.vague && r.start === q) r.start = q - 1;
  if (!readTail(ctx, r, false)) return null;
  return r;
}

/**
 * Where the words after "half" / "quarter" may start in t (lower case): the lengths of
 * "( of)?( an?)? " at its start, in the order a backtracking regex would try them.
 */
function afterOfAn(t: string): number[] {
  const out: number[] = [];
  for (const o of t.startsWith(' of') ? [3, 0] : [0]) {
    if (t.startsWith(' an', o) && t.charCodeAt(o + 3) === SPACE) out.push(o + 4);
    if (t.startsWith(' a', o) && t.charCodeAt(o + 2) === SPACE) out.push(o + 3);
    if (t.charCodeAt(o) === SPACE) out.push(o + 1);
  }
  return out;
}

/**
 * An article (or "one" when `one`) and a space ending `before` (lower case) at a word start.
 * With one: the length of the word and its space; without: that length plus the character before
 * the article when there is one. 0 when none.
 */
function articleEnd(before: string, one: boolean): number {
  const n = before.length;
  if (before.charCodeAt(n - 1) !== SPACE) return 0;
  for (const w of one ? ['one', 'an', 'a'] : ['an', 'a']) {
    const a = n - 1 - w.length;
    if (a >= 0 && before.startsWith(w, a) && !isLowerLetter(before.charCodeAt(a - 1)))
      return one ? w.length + 1 : a === 0 ? n : n - a + 1;
  }
  return 0;
}

/** English number words at q ("seven billion", "a quarter of a trillion", "half a million"). */
export function readNumberWords(ctx: ScanContext, q: number, lim: number): Reading | null {
  const s = ctx.text;
  const w = wordAt(NUMBER_WORDS, s, q);
  if (w === null) return null;
  let start = q;
  let lead = -1;
  let from = q;
  const before = s.slice(Math.max(lim, q - 14), q).toLowerCase();
  const parts = EN_UNITS.get(w);
  const multipleOfFraction = parts !== undefined ? readFractionMultiple(s, q + w.length, parts) : null;
  if (multipleOfFraction !== null) {
    // "three quarters of a billion", "two-thirds of a million"
    from = multipleOfFraction.from;
    lead = multipleOfFraction.value;
  } else if (w === 'half' || w === 'quarter') {
    const fraction = readFraction(s, q, w, before);
    if (fraction === null) return null;
    if (fraction.points) {
      const r = newReading(fraction.start, fraction.from, fraction.value, 'words');
      if (!readTail(ctx, r, false)) return null;
      return r;
    }
    start = fraction.start;
    from = fraction.from;
    lead = fraction.value;
  } else if (EN_MULT.has(w) && w !== 'hundred') {
    // "a million", "one billion": the multiplier needs its article
    const al = articleEnd(before, true);
    if (al === 0) return null;
    start = q - al;
    lead = 1;
  }
  const words = lead >= 0 ? readWords(s, from, lead) : readWords(s, q);
  if (words === null || words.end <= q) return null;
  const r = newReading(start, words.end, words.value, 'words');
  r.scaled = words.scaled;
  // "minus five percent"
  const signWord = signWordStart(s, start, lim);
  if (signWord >= 0) {
    r.sign = -1;
    r.start = signWord;
  }
  if (!readTail(ctx, r, false)) return null;
  return r;
}

/**
 * "half a million", "a quarter of a trillion", "a quarter million", "half a percentage point": the
 * fraction, where its span starts (with its article), where the scale word starts, and whether that is
 * a point word. Null when no scale word follows.
 */
function readFraction(
  s: string,
  q: number,
  w: string,
  before: string,
): { value: number; start: number; from: number; points: boolean } | null {
  const value = w === 'half' ? 0.5 : 0.25;
  const t = s.slice(q + w.length, q + w.length + 8).toLowerCase();
  const rest = afterOfAn(t).find((k) => isLowerLetter(t.charCodeAt(k)));
  if (rest === undefined) return null;
  const from = q + w.length + rest;
  let start = q;
  // "a half", "(an quarter": the article, with the character before it when there is one
  const al = articleEnd(before, false);
  if (al > 0) start = q - al + (al > 2 && !isLetter(before.charCodeAt(before.length - al)) ? 1 : 0);
  if (w === 'quarter' && al === 0) {
    // "quarter" without an article is a quarter of a year unless a big scale word follows
    const t2 = s.slice(q + 7, q + 30).toLowerCase();
    if (!afterOfAn(t2).some((k) => HALF_SCALE_WORDS.slice(0, 4).some((x) => t2.startsWith(x, k))))
      return null;
  }
  const t3 = s.slice(from, from + 16).toLowerCase();
  const scaleWord = HALF_SCALE_WORDS.find((x) => t3.startsWith(x));
  if (scaleWord === undefined) return null;
  return { value, start, from, points: scaleWord.includes('point') };
}

/** Fractions counted in words ("three quarters", "two thirds") by the word for one part. */
const FRACTION_PARTS: ReadonlyMap<string, number> = new Map([
  ['quarters', 0.25],
  ['quarter', 0.25],
  ['thirds', 1 / 3],
  ['third', 1 / 3],
]);

/**
 * "three quarters of a billion", "two-thirds of a million": after a number word (of value `parts`)
 * ending at i, the part word and a big scale word; the fraction and where the scale word starts.
 */
function readFractionMultiple(s: string, i: number, parts: number): { value: number; from: number } | null {
  const sep = s.charCodeAt(i);
  if ((sep !== SPACE && sep !== HYPHEN) || parts < 1 || parts > 9) return null;
  // quarters, thirds
  const first = s.charCodeAt(i + 1) | LOWER_CASE_BIT;
  if (first !== LETTER_Q && first !== LETTER_T) return null;
  let e = i + 1;
  while (isLetter(s.charCodeAt(e))) e++;
  const part = FRACTION_PARTS.get(s.slice(i + 1, e).toLowerCase());
  if (part === undefined) return null;
  const t = s.slice(e, e + 24).toLowerCase();
  for (const k of afterOfAn(t))
    for (const scale of HALF_SCALE_WORDS.slice(0, 4))
      if (t.startsWith(scale, k)) return { value: parts * part, from: e + k };
  return null;
}

/** 多/余/几 after a number at i and before a unit ("两千多万", "五十余万": more than); returns the new end. */
function readZhOver(r: Reading, s: string, i: number): number {
  if (hasClass(s.charCodeAt(i), ZH_OVER)) {
    if (isZhUnit(s.charCodeAt(i + 1)) || zhMoneyAt(s, i + 1) !== null) {
      r.approx = 'over';
      return i + 1;
    }
  }
  return i;
}

/** A Chinese scale right after the number at j (2,600亿 / 5.6万亿 / 4千亿 / 两千多万); returns the new end. */
function readZhScale(r: Reading, s: string, j: number): number {
  // digits, one space, a scale of a thousand or more ("4600 億元", "2,000 萬次", "3 千亿"): the space is
  // the writer's, the scale still belongs to the number
  if (r.form === 'digits' && s.charCodeAt(j) === SPACE && isZhUnit(s.charCodeAt(j + 1))) {
    const e = readZhScaleAt(r, s, j + 1, 1000);
    return e > j + 1 ? e : j;
  }
  return readZhScaleAt(r, s, readZhOver(r, s, j), 2);
}

/** The Chinese scale at j when its value is at least `least`; returns the new end (j when none). */
function readZhScaleAt(r: Reading, s: string, j: number, least: number): number {
  // not the 百 of 百分点 / 百分之
  if (zhSmallUnit(s.charCodeAt(j)) > 0 && s.charCodeAt(j + 1) === FEN) return j;
  let k = j;
  while (
    k - j < 4 &&
    (zhBigUnit(s.charCodeAt(k)) > 0 || (r.form === 'digits' && zhSmallUnit(s.charCodeAt(k)) > 0))
  )
    k++;
  if (k === j) return j;
  const m = zhIntValue(s.slice(j, k));
  if (!Number.isFinite(m) || m < least) return j;
  scaleBy(r, m);
  if (m >= 1000) r.scaled = true;
  if (m >= 1e4) r.hasBigUnit = true;
  return readZhOver(r, s, k);
}

/** What letters right after digits turn out to be. */
enum Letters {
  /** a scale (53bn, 15k, 2MM): read on after it */
  Scale,
  /** a unit or a currency that completes the figure (5pc, 3x, 50p, 115USD) */
  Complete,
  /** part of something else (5G, 2nd, 800m without a currency) */
  NotAFigure,
}

/**
 * Letters right after the digits of r at j: 53bn, 15k, 2MM, 3x, 5pc, 25bp, 115USD, 50p. With a scale,
 * r is scaled and its end set past it.
 */
function readAttachedLetters(r: Reading, s: string, j: number, bare: boolean): Letters {
  const raw = lettersAt(s, j);
  const w = raw.toLowerCase();
  const scale = EN_SCALE.get(w);
  // "800m" without a currency may be metres, "4K" a screen; k counts before a percent ("15k个百分点")
  const after = s.charCodeAt(j + 1);
  const kBeforePercent =
    w === 'k' &&
    (bare ||
      after === PERCENT ||
      after === FULLWIDTH_PERCENT ||
      s.startsWith('百分', after === GE || after === GE_TRADITIONAL ? j + 2 : j + 1));
  if (scale !== undefined && w !== 'mil' && scale >= 1e3) {
    // a bare letter scale is money only with a currency before or after ("$4T", "380B yuan")
    if (
      (w.length === 1 || w === 'mm') &&
      r.unit === null &&
      !kBeforePercent &&
      !currencyFollows(s, j + raw.length)
    )
      return Letters.NotAFigure;
    scaleBy(r, scale);
    r.scaled = true;
    r.end = j + raw.length;
    return Letters.Scale;
  }
  if (w === 'x' && r.unit === null) {
    r.kind = 'multiple';
    r.end = j + 1;
    return Letters.Complete;
  }
  if (LETTER_UNITS.includes(w)) {
    r.kind = unitKind(w);
    r.end = j + raw.length;
    return Letters.Complete;
  }
  if (raw === 'p' && r.unit === null && r.value < 100 && Number.isInteger(r.value)) {
    // 50p: pence
    r.kind = 'money';
    r.unit = 'GBP';
    r.value *= 0.01;
    r.end = j + 1;
    return Letters.Complete;
  }
  const iso = isoCodeAfter(raw);
  if (iso === null) return Letters.NotAFigure;
  r.kind = 'money';
  if (r.unit === null) r.unit = iso.code;
  scaleBy(r, iso.factor);
  if (iso.factor > 1) r.scaled = true;
  r.end = j + raw.length;
  return Letters.Complete;
}

/** A spaced English scale word at j (4.2 billion, $5-billion, 35 lakh); returns the new end. */
function readScaleWord(r: Reading, s: string, j: number, european: boolean): number {
  const k = foldedAt(s, j) === SPACE || foldedAt(s, j) === HYPHEN ? j + 1 : j;
  if (!isLetter(foldedAt(s, k))) return j;
  const e = letterRunEnd(s, k);
  if (european) {
    const eu = readEuropeanScale(s, k, e);
    if (eu !== null) {
      scaleBy(r, eu.factor);
      r.scaled = true;
      return eu.end;
    }
  }
  const w = runWord(SCALE_WORDS, s, k, e);
  if (w === null || w.length === 1 || w === 'mm' || (w === 'hundred' && r.form === 'words')) return j;
  const scale = EN_SCALE.get(w)!;
  scaleBy(r, scale);
  if (scale >= 1e3) r.scaled = true;
  return e;
}

const EUROPEAN_SCALES = groupByChar(EU_SCALE.keys());

/**
 * A scale word of the European languages at k, its letters ending at e: milliards, Mrd., Mio., miliardi,
 * millones, "mil millones"; its factor and end (past an abbreviation's dot). Null when none.
 */
function readEuropeanScale(s: string, k: number, e: number): { factor: number; end: number } | null {
  const w = runWord(EUROPEAN_SCALES, s, k, e);
  if (w === null) return null;
  // "mil millones": a thousand millions
  if (w === 'mil' && literalAt(s, e, ' millones')) return { factor: 1e9, end: e + 9 };
  const end = s.charCodeAt(e) === DOT && EU_SCALE_ABBREVIATIONS.has(w) ? e + 1 : e;
  return { factor: EU_SCALE.get(w)!, end };
}

/**
 * Scale, unit and vague markers after the number. Returns false when the number is part of
 * something that is not a figure (an identifier like "5G", an ordinal like "2nd").
 */
function readTail(ctx: ScanContext, r: Reading, bare: boolean): boolean {
  const s = ctx.text;
  let j = readZhScale(r, s, r.numberEnd);
  // after 万/亿 Latin letters are a unit name ("7.8万IPS"), not part of an identifier
  if (isLetter(foldedAt(s, j)) && r.form === 'digits' && !r.hasBigUnit) {
    const letters = readAttachedLetters(r, s, j, bare);
    if (letters === Letters.NotAFigure) return false;
    if (letters === Letters.Complete) return true;
    j = r.end;
  }
  if (r.form !== 'chinese' && !r.scaled) j = readScaleWord(r, s, j, ctx.decimalComma);
  r.end = j;
  // after 百分之 only a k suffix is read ("百分之3.2k")
  if (!bare) readUnit(ctx, r, j);
  return true;
}
