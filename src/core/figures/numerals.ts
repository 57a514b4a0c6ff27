/**
 * The values of numbers: runs of Chinese numerals ("六千五百", "八点五"), English number words ("one
 * hundred and twenty-five thousand") and digits; and the rounding of a figure's value.
 */
import { DIGIT_0, DOT, foldedAt, HYPHEN, isDigit, isLetter, SPACE } from './chars';
import { EN_MULT, EN_UNITS, ZH_DIGIT_VALUES, ZH_DIGITS, ZH_UNIT_VALUES, ZH_UNITS } from './lexicon';

/**
 * Chinese numerals by UTF-16 code unit, one byte each so that a lookup is a single load: a digit's
 * value + 1 (1-10), then 11 + the unit's place in ZH_UNITS; 0 for anything else. Look-ups mask the
 * code with 0xffff, so that NaN and -1 (past the end of a string) read as no numeral.
 */
const NUMERAL = new Uint8Array(65536);
for (let k = 0; k < ZH_DIGITS.length; k++) NUMERAL[ZH_DIGITS.charCodeAt(k)] = Number(ZH_DIGIT_VALUES[k]) + 1;
for (let k = 0; k < ZH_UNITS.length; k++) NUMERAL[ZH_UNITS.charCodeAt(k)] = 11 + k;
/** The value of the unit c, if it is one; 0 otherwise. */
function unitValue(c: number): number {
  const k = NUMERAL[c & 0xffff]! - 11;
  return k < 0 ? 0 : ZH_UNIT_VALUES[k]!;
}

/** Value of a Chinese digit (a code unit; NaN past the end of a string is none), -1 if not one. */
export function zhDigit(c: number): number {
  const k = NUMERAL[c & 0xffff]!;
  return k > 0 && k <= 10 ? k - 1 : -1;
}
/** Value of 十 百 千 (and variants), 0 for anything else. */
export function zhSmallUnit(c: number): number {
  const v = unitValue(c);
  return v < 1e4 ? v : 0;
}
/** Value of 万 亿 兆 (and variants), 0 for anything else. */
export function zhBigUnit(c: number): number {
  const v = unitValue(c);
  return v >= 1e4 ? v : 0;
}
export const isZhNumeral = (c: number): boolean => NUMERAL[c & 0xffff]! > 0;
/** 十 百 千 万 亿 兆 and their variants. */
export const isZhUnit = (c: number): boolean => NUMERAL[c & 0xffff]! > 10;
/** 点 or 點 */
export const isZhPoint = (c: number): boolean => c === POINT || c === POINT_TRADITIONAL;
const POINT = '点'.charCodeAt(0);
const POINT_TRADITIONAL = '點'.charCodeAt(0);

/**
 * Value of a run of Chinese numerals ("六千五百", "九千零八十万", "五万亿", "二〇三〇", "贰拾"),
 * NaN when the run is not a well-formed number ("二三十" is vague, "百十" is malformed).
 * Big units split the run at their last occurrence; below 万 the usual digit-unit pairs add up.
 */
export function zhIntValue(t: string): number {
  if (t.length === 0 || t.length > 24) return Number.NaN;
  let best = 0;
  let at = -1;
  for (let i = 0; i < t.length; i++) {
    const u = zhBigUnit(t.charCodeAt(i));
    if (u > best || (u === best && u > 0)) {
      best = u;
      at = i;
    }
  }
  if (at >= 0) {
    const left = t.slice(0, at);
    let right = t.slice(at + 1);
    const l = left === '' ? 1 : zhIntValue(left);
    let r = 0;
    if (right !== '') {
      // colloquial "三万五" = 35000: a lone digit after the unit counts in tenths of it
      const d = right.length === 1 ? zhDigit(right.charCodeAt(0)) : -1;
      if (d > 0 && !left.endsWith('零')) r = (d * best) / 10;
      else {
        while (right.length > 0 && zhDigit(right.charCodeAt(0)) === 0) right = right.slice(1);
        r = right === '' ? 0 : zhIntValue(right);
      }
    }
    return l * best + r;
  }
  let total = 0;
  let pending = -1;
  let concat = '';
  let units = 0;
  let lastUnit = 0;
  let zeroGap = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    const d = zhDigit(ch);
    if (d >= 0) {
      if (d === 0 && units > 0) {
        zeroGap = true;
        continue;
      }
      if (pending >= 0) {
        if (units > 0) return Number.NaN;
        concat += String(d);
      } else concat = String(d);
      pending = d;
      continue;
    }
    const u = zhSmallUnit(ch);
    if (u === 0) return Number.NaN;
    if (concat.length > 1) return Number.NaN; // "二三十"
    if (lastUnit > 0 && u >= lastUnit) return Number.NaN;
    if (pending < 0 && units > 0) return Number.NaN;
    total += (pending < 0 ? 1 : pending) * u;
    pending = -1;
    concat = '';
    units++;
    lastUnit = u;
  }
  if (pending >= 0) {
    if (units === 0) return Number(concat);
    if (lastUnit >= 100 && !zeroGap) total += (pending * lastUnit) / 10;
    else total += pending;
  }
  return total;
}

/** "八点五" = 8.5, "一百二十点五" = 120.5, otherwise zhIntValue. */
export function zhValue(t: string): number {
  let p = -1;
  for (let i = 0; i < t.length; i++) if (isZhPoint(t.charCodeAt(i))) p = i;
  if (p < 0) return zhIntValue(t);
  // "一点五万": units after the decimals scale the whole number
  let e = t.length;
  while (e > p + 1 && NUMERAL[t.charCodeAt(e - 1)]! > 10) e--;
  if (e < t.length) return zhValue(t.slice(0, e)) * zhIntValue(t.slice(e));
  const int = p === 0 ? 0 : zhIntValue(t.slice(0, p));
  let frac = '0.';
  for (let i = p + 1; i < t.length; i++) {
    const d = zhDigit(t.charCodeAt(i));
    if (d < 0) return Number.NaN;
    frac += String(d);
  }
  return int + Number(frac);
}

export interface WordNumber {
  end: number;
  value: number;
  /** a thousand-or-larger multiplier was read */
  scaled: boolean;
}

/** The ASCII letters at i, lower-cased; null when there are none. */
function lowerWordAt(s: string, i: number): string | null {
  let e = i;
  while (isLetter(s.charCodeAt(e))) e++;
  return e > i ? s.slice(i, e).toLowerCase() : null;
}

/**
 * Reads a spelled-out number starting at i ("seven billion", "one hundred and twenty-five thousand",
 * "one and a half billion", "forty-five"). `lead` is a value already read before i (for "a million"
 * or "half a million", pass 1 or 0.5 and i at the multiplier word).
 */
export function readWords(s: string, i: number, lead = -1): WordNumber | null {
  let total = 0;
  let current = lead >= 0 ? lead : -1;
  let end = i;
  let pos = i;
  let scaled = false;
  let lastKind = lead >= 0 ? 'unit' : '';
  let words = 0;
  while (words < 16) {
    const w = lowerWordAt(s, pos);
    if (w === null) break;
    const wEnd = pos + w.length;
    const v = EN_UNITS.get(w);
    const m = EN_MULT.get(w);
    if (v !== undefined) {
      if (lastKind === 'unit' || (lastKind === 'tens' && v >= 10)) break;
      current = Math.max(current, 0) + v;
      lastKind = v >= 20 && v % 10 === 0 ? 'tens' : 'unit';
      if (v < 20 && v >= 10) lastKind = 'unit';
    } else if (m !== undefined) {
      if (m === 100) {
        if (current >= 100 && current % 100 === 0) break;
        current = (current < 0 ? 1 : current) * 100;
        lastKind = 'hundred';
      } else {
        total += (current < 0 ? 1 : current) * m;
        current = -1;
        scaled = true;
        lastKind = 'scale';
      }
    } else if (w === 'and' && words > 0) {
      // "one hundred and five", "one and a half billion"
      const after = s.slice(wEnd, wEnd + 8).toLowerCase();
      if (after.startsWith(' a half') && current >= 0) {
        current += 0.5;
        end = wEnd + 7;
        pos = end;
        lastKind = 'unit';
        words++;
        const sep = foldedAt(s, pos);
        if (sep !== SPACE && sep !== HYPHEN) break;
        pos++;
        continue;
      }
      if (lastKind !== 'hundred' && lastKind !== 'scale') break;
      const next = foldedAt(s, wEnd) === SPACE ? lowerWordAt(s, wEnd + 1) : null;
      if (next === null || !EN_UNITS.has(next)) break;
      pos = wEnd + 1;
      continue;
    } else break;
    end = wEnd;
    words++;
    const sep = foldedAt(s, end);
    if (sep !== SPACE && sep !== HYPHEN) break;
    pos = end + 1;
  }
  if (words === 0 && lead < 0) return null;
  const value = total + Math.max(current, 0);
  return { end, value, scaled };
}

/** 10^0 … 10^22, each exact in a double. */
const TENS: number[] = [1];
while (TENS.length < 23) TENS.push(TENS[TENS.length - 1]! * 10);

/** Rounds away binary noise (0.1 * 3) without touching real precision: v to 12 significant digits. */
export function roundNoise(v: number): number {
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

/**
 * The value of the digits from q to e (read by digitsEnd), as Number() reads them with the separators
 * dropped, full-width digits folded and decimals kept up to 40 characters in all.
 */
export function digitsValue(s: string, q: number, e: number, point = DOT): number {
  let m = 0;
  let k = -1; // decimals read, -1 before the point
  let digits = 0;
  for (let i = q; i < e; i++) {
    const c = foldedAt(s, i);
    if (c === point) k = 0;
    else if (isDigit(c)) {
      m = m * 10 + c - DIGIT_0;
      digits++;
      if (k >= 0) k++;
    }
  }
  // up to 15 digits m / 10^k is the double nearest the decimal, which is what Number() gives (the
  // division rounds correctly, and m and 10^k are exact)
  if (digits <= 15) return k > 0 ? m / TENS[k]! : m;
  let str = '';
  for (let i = q; i < e; i++) {
    const c = foldedAt(s, i);
    if (c === point) str += '.';
    else if (isDigit(c) && (!str.includes('.') || str.length < 40)) str += String.fromCharCode(c);
  }
  return Number(str);
}
