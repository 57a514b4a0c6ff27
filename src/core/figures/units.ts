/**
 * Units after a number: %, ‰, percent and point words, times and -fold, and the Chinese units (元 and
 * the other money words, 个百分点, 基点, 倍, 成, 折); money words, codes and signs through money.ts.
 */
import {
  BAI,
  BAN,
  BEI,
  CHENG,
  CJK_FIRST,
  foldedAt,
  GE,
  GE_TRADITIONAL,
  HYPHEN,
  inSet,
  isLetter,
  JI,
  KUAI,
  MEI,
  KUAI_TRADITIONAL,
  QIAN,
  QIAN_TRADITIONAL,
  DIGIT_0,
  isDigit,
  PER_MILLE,
  PERCENT,
  SHU,
  SHU_TRADITIONAL,
  SPACE,
  skipSpaces,
  spacedWordEnd,
  YUAN,
  ZHE,
  ZHENG,
} from './chars';
import {
  EN_UNIT_FIRST_WORDS,
  EN_UNIT_WORDS,
  EU_MONEY_LINKS,
  TIMES_MULTIPLE_BEFORE,
  ZH_BASIS_POINTS,
  ZH_CHENG_COUNTED,
  ZH_CHENG_IDIOMS,
  ZH_CHENG_WORDS,
  ZH_PERCENTAGE_POINTS,
  ZH_SUB_UNIT_CHARS,
  ZH_YUAN_WORDS,
  ZH_ZHE_WORDS,
} from './lexicon';
import { MONEY_FIRST_WORDS, readCodeAfter, readMoneyWord, readSignAfter, zhMoneyAt } from './money';
import { readZhSubUnits } from './minor-units';
import { isZhNumeral, zhDigit } from './numerals';
import type { Reading, ScanContext } from './reading';
import type { FigureKind } from './types';
import { groupByChar, literalAfterSpace, literalAt, wordAfter, wordBetween } from './words';

/** Unit words after a number, in the order they are tried, by first letter. */
const EN_UNITS_BY_FIRST = groupByChar(EN_UNIT_WORDS);
/** First words of the unit and money phrases: a word after a number that is none of these is no unit. */
export const UNIT_FIRST_WORDS = [...EN_UNIT_FIRST_WORDS, ...MONEY_FIRST_WORDS];
const UNIT_FIRST = groupByChar(UNIT_FIRST_WORDS);
const TIMES_MULTIPLE = groupByChar(TIMES_MULTIPLE_BEFORE);

/** The kind of a unit word ("per cent", "ppts", "-fold", "bp"); null for "times". */
export function unitKind(w: string): FigureKind | null {
  if (w.startsWith('percentage ') || w.startsWith('percentage-')) return 'percentage_points';
  if (w.startsWith('per') || w === 'pc' || w === 'pct' || w === 'prozent' || w.startsWith('po'))
    return 'percent';
  if (w.startsWith('pp')) return 'percentage_points';
  if (w.startsWith('b')) return 'basis_points';
  return w.endsWith('fold') ? 'multiple' : null;
}

/**
 * The unit after the number of r, which (with its scale) ends at j: sets r.kind, r.unit and r.end.
 * A currency before the number with no unit after it makes money.
 */
export function readUnit(ctx: ScanContext, r: Reading, j: number): void {
  const s = ctx.text;
  let u = skipSpaces(s, j);
  if (foldedAt(s, u) === SPACE) {
    // Chinese units may stand a few spaces away
    const far = skipSpaces(s, u, 4);
    if (foldedAt(s, far) >= CJK_FIRST) u = far;
  }
  const cu = foldedAt(s, u);
  if (cu === PERCENT) {
    r.kind = 'percent';
    r.end = u + 1;
    return;
  }
  if (s.charCodeAt(u) === PER_MILLE) {
    r.kind = 'percent';
    r.value /= 10;
    r.end = u + 1;
    return;
  }
  if (cu >= CJK_FIRST) {
    readZhUnit(r, s, u);
    return;
  }
  if (mayBeginUnitWord(s, j, u) && (readUnitWord(r, s, j, u) || readMoneyWord(r, s, j, u))) return;
  // "3,2 milliards d'euros", "5 millones de dólares"
  const link = ctx.decimalComma ? europeanLinkEnd(s, u) : -1;
  if (link > 0 && readMoneyWord(r, s, link, link)) return;
  if (readCodeAfter(r, s, u)) return;
  if (r.unit === null && u - j <= 1 && readSignAfter(ctx, r, u)) return;
  if (r.unit !== null) r.kind = 'money';
}

/** End of d', de or di at u (before a money word in French, Spanish, Italian); -1 when none. */
function europeanLinkEnd(s: string, u: number): number {
  for (const w of EU_MONEY_LINKS) if (literalAt(s, u, w)) return u + w.length;
  return -1;
}

/** Whether the first word after the number (at j, after a space or hyphen, or at u) may begin a unit or money word. */
function mayBeginUnitWord(s: string, j: number, u: number): boolean {
  let start = -1;
  if (isLetter(foldedAt(s, j))) start = j;
  else if ((foldedAt(s, j) === SPACE || foldedAt(s, j) === HYPHEN) && isLetter(foldedAt(s, j + 1)))
    start = j + 1;
  else if (isLetter(foldedAt(s, u))) start = u;
  if (start < 0) return false;
  let e = start;
  while (e - start < 12 && isLetter(foldedAt(s, e))) e++;
  return wordBetween(UNIT_FIRST, s, start, e) !== null;
}

/** A unit word (percent, points, times, fold) at j or u: completes r and returns true. */
function readUnitWord(r: Reading, s: string, j: number, u: number): boolean {
  let found = literalAfterSpace(s, j, EN_UNITS_BY_FIRST);
  if (found === null && u !== j) found = literalAfterSpace(s, u, EN_UNITS_BY_FIRST);
  if (found === null) return false;
  if (found.word === 'times') {
    // "3 times" counts occasions unless a comparison follows ("3 times the", "2.5 times")
    if (Number.isInteger(r.value) && wordAfter(s, found.end, TIMES_MULTIPLE, false) === null) return true;
    r.kind = 'multiple';
  } else r.kind = unitKind(found.word);
  r.end = found.end;
  return true;
}

/** Chinese units after a number at u: 元 美元 人民币 / 个百分点 基点 / 倍 成 折. */
function readZhUnit(r: Reading, s: string, u: number): void {
  let ch = s.charCodeAt(u);
  // 5个比特币, 3枚比特币: a measure word before the money word
  if ((ch === GE || ch === GE_TRADITIONAL || ch === MEI) && zhMoneyAt(s, u + 1) !== null)
    ch = s.charCodeAt(++u);
  const money = zhMoneyAt(s, u);
  if (money !== null) {
    // 一元化, 多元, 二元论: words, not money
    if (r.form === 'chinese' && ch === YUAN && inSet(ZH_YUAN_WORDS, s.charCodeAt(u + 1))) return;
    // 块 alone also counts pieces (三块蛋糕, 十块GPU, 40块): money only with tenths after it (三块五, 5块3毛)
    const kuai = money.length === 1 && (ch === KUAI || ch === KUAI_TRADITIONAL);
    if (kuai && !hasTenths(s, u + 1)) return;
    r.kind = 'money';
    // 元 and 块 after US$ or 港币 do not change the currency
    if (r.prefixCurrency === null || !(ch === YUAN || ch === KUAI)) r.unit = money.code;
    r.value *= money.factor;
    let e = u + money.length;
    if (s.charCodeAt(e) === ZHENG) e++;
    // 三块五: a lone digit after 块 counts tenths (毛)
    if (kuai) e = readKuaiTenths(r, s, e);
    // 50元6角三分, 两美元又三美分: sub-units add up; 三块五毛钱 ends after 钱
    const end = readZhSubUnits(r, s, e);
    r.end =
      end > e && kuai && (s.charCodeAt(end) === QIAN || s.charCodeAt(end) === QIAN_TRADITIONAL)
        ? end + 1
        : end;
    return;
  }
  if (r.prefixCurrency !== null) {
    r.kind = 'money';
    return;
  }
  if (readZhPoints(r, s, u)) return;
  const next = s.charCodeAt(u + 1);
  if (ch === BEI) {
    // 倍, not 倍数
    if (next === SHU || next === SHU_TRADITIONAL) return;
    r.kind = 'multiple';
    r.end = u + 1;
  } else if (ch === CHENG && !r.scaled && r.value <= 10 && r.value > 0) readCheng(r, s, u);
  else if (ch === ZHE && !r.scaled && r.value > 0 && r.value < 100) {
    // 折: a discount, unless a word goes on (折合, 折旧, 折射 …)
    if (inSet(ZH_ZHE_WORDS, next)) return;
    r.kind = 'percent';
    if (r.value < 10) r.value *= 10;
    r.end = u + 1;
  }
}

/** A digit (Chinese or ASCII) at i, its value; -1 when none. */
function digitAt(s: string, i: number): number {
  const d = zhDigit(s.charCodeAt(i));
  return d >= 0 || !isDigit(s.charCodeAt(i)) ? d : s.charCodeAt(i) - DIGIT_0;
}

/** Whether a lone digit (三块五) or a digit and a sub-unit (5块3毛) follows 块 at i. */
function hasTenths(s: string, i: number): boolean {
  if (digitAt(s, i) <= 0) return false;
  const next = s.charCodeAt(i + 1);
  return inSet(ZH_SUB_UNIT_CHARS, next) || !(isZhNumeral(next) || isDigit(next));
}

/** 三块五 = 3.5: a lone digit after 块 at e (no unit or numeral after it) adds tenths; returns the new end. */
function readKuaiTenths(r: Reading, s: string, e: number): number {
  const d = digitAt(s, e);
  const next = s.charCodeAt(e + 1);
  // 三块五毛 is read as sub-units; 三块五十 is not tenths
  if (d <= 0 || isZhNumeral(next) || isDigit(next) || inSet(ZH_SUB_UNIT_CHARS, next)) return e;
  r.value = Math.round((r.value + d / 10) * 100) / 100;
  return e + 1;
}

/** 个百分点 / 百分点 / 基点 at u (spaces allowed between the characters): completes r and returns true. */
function readZhPoints(r: Reading, s: string, u: number): boolean {
  const ch = s.charCodeAt(u);
  const at = ch === GE || ch === GE_TRADITIONAL ? skipSpaces(s, u + 1, 4) : u;
  const g = s.charCodeAt(at);
  const points = g === BAI ? spacedAny(s, at, ZH_PERCENTAGE_POINTS) : -1;
  if (points > 0) {
    r.kind = 'percentage_points';
    r.end = points;
    return true;
  }
  const basis = g === JI ? spacedAny(s, at, ZH_BASIS_POINTS) : -1;
  if (basis > 0) {
    r.kind = 'basis_points';
    r.end = basis;
    return true;
  }
  return false;
}

/** The furthest end of any of `words` written at i with spaces between the characters; -1 when none. */
function spacedAny(s: string, i: number, words: readonly string[]): number {
  let end = -1;
  for (const w of words) end = Math.max(end, spacedWordEnd(s, i, w));
  return end;
}

/** 成 at u: tenths (三成 = 30%, 七成六 = 76%, 成半), unless a word goes on (成员, 成为 … 一成不变). */
function readCheng(r: Reading, s: string, u: number): void {
  const next = s.charCodeAt(u + 1);
  if (ZH_CHENG_IDIOMS.some((w) => s.startsWith(w, u)) || inSet(ZH_CHENG_WORDS, next)) return;
  r.kind = 'percent';
  r.value *= 10;
  let e = u + 1;
  // 七成六 = 76%, also "七成 六"; not 七成六个月
  const dk = skipSpaces(s, u + 1, 1);
  const d = zhDigit(s.charCodeAt(dk));
  if (d > 0 && !isZhNumeral(s.charCodeAt(dk + 1)) && !inSet(ZH_CHENG_COUNTED, s.charCodeAt(dk + 1))) {
    r.value += d;
    e = dk + 1;
  } else if (next === BAN) {
    r.value += 5; // 成半
    e++;
  }
  r.end = e;
}
