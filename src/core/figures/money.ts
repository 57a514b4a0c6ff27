/**
 * Money and currency: currency codes, signs and words before and after a number (cents and Chinese
 * sub-units are in minor-units.ts), and what ¥ means.
 */
import {
  DOLLAR,
  DOT,
  FU,
  FU_TRADITIONAL,
  foldedAt,
  HYPHEN,
  hasClass,
  isAlnum,
  isDigit,
  isLetter,
  isWordChar,
  LETTER_C,
  LETTER_M,
  LETTER_M_CAPITAL,
  LOWER_CASE_BIT,
  lettersAt,
  MONEY_BEFORE,
  PERCENT,
  CLOSE_PAREN,
  PLUS,
  SPACE,
  skipSpaces,
  skipSpacesBack,
} from './chars';
import {
  ANY_CASE_CODES,
  CRYPTO_TICKERS,
  DOLLAR_PREFIX,
  EN_MONEY,
  EN_SCALE,
  ISO_CODES,
  OTHER_PREFIX,
  SIGN_WORDS,
  SIGNS,
  TABLE_SCALES,
  ZH_MONEY,
  ZH_MONEY_BEFORE,
} from './lexicon';
import { type Reading, type ScanContext, scaleBy } from './reading';
import { groupByChar, literalAfterSpace, literalAt } from './words';
import { readCents } from './minor-units';

/** Three ASCII letters at a as one number, to look codes up without making a string. */
const threeLetterKey = (s: string, a: number): number =>
  (s.charCodeAt(a) << 16) | (s.charCodeAt(a + 1) << 8) | s.charCodeAt(a + 2);
/** The three letters of a key folded to lower case. */
const LOWER_CASE_KEY = (LOWER_CASE_BIT << 16) | (LOWER_CASE_BIT << 8) | LOWER_CASE_BIT;
/** Codes by threeLetterKey: ISO codes as written in capitals, the any-case ones in lower case. */
const CODES = new Map([
  ...[...ISO_CODES].map((c) => [threeLetterKey(c, 0), c === 'RMB' ? 'CNY' : c] as const),
  ...[...ANY_CASE_CODES].map((c) => [threeLetterKey(c, 0), c === 'rmb' ? 'CNY' : c.toUpperCase()] as const),
]);

/** The currency code spelled by the three ASCII letters at a (USD, RMB, rmb, Usd …); null when none. */
export function currencyCodeAt(s: string, a: number): string | null {
  const k = threeLetterKey(s, a);
  return CODES.get(k) ?? CODES.get(k | LOWER_CASE_KEY) ?? null;
}

/** An ISO code or another currency prefix written before a number (USD, RMB, Rmb, rmb, Rs, RM). */
export function letterCurrency(w: string): string | null {
  if (w.length === 2) return OTHER_PREFIX[w] ?? null;
  return w.length === 3 ? currencyCodeAt(w, 0) : null;
}

/** An ISO code after a number, optionally with M (million) before it (USD, MUSD, MGBP), or a crypto ticker (BTC). */
export function isoCodeAfter(raw: string): { code: string; factor: number } | null {
  if (CRYPTO_TICKERS.has(raw)) return { code: raw, factor: 1 };
  const code = letterCurrency(raw);
  if (code !== null && raw.length === 3) return { code, factor: 1 };
  if (raw.length === 4 && (raw.charCodeAt(0) | LOWER_CASE_BIT) === LETTER_M) {
    const c = letterCurrency(raw.slice(1));
    if (c !== null) return { code: c, factor: 1e6 };
  }
  return null;
}

/** ZH_MONEY grouped by the code of its first character, and each word's entry. */
const ZH_MONEY_BY_FIRST = groupByChar(ZH_MONEY.map((e) => e[0]));
const ZH_MONEY_INFO = new Map(ZH_MONEY.map((e) => [e[0], e]));

/** The longest Chinese money word at i (美元, 元, 港币 …) with its code and factor; null when none. */
export function zhMoneyAt(s: string, i: number): { length: number; code: string; factor: number } | null {
  const words = ZH_MONEY_BY_FIRST.get(s.charCodeAt(i));
  if (words === undefined) return null;
  let best = '';
  for (const w of words) if (w.length > best.length && s.startsWith(w, i)) best = w;
  const info = ZH_MONEY_INFO.get(best);
  return info === undefined ? null : { length: best.length, code: info[1], factor: info[2] };
}

/** ¥/￥ at `at`: CNY or JPY from the options, the words nearby, or the whole text. */
export function yenCurrency(ctx: ScanContext, at: number): string {
  if (ctx.options.yenMeans) return ctx.options.yenMeans;
  const s = ctx.text;
  const around = s.slice(Math.max(0, at - 120), at + 120);
  const japan = /\byen\b|japan|日元|日本|円/i.test(around);
  const china = /yuan|\brmb\b|renminbi|china|chinese|人民币|人民幣|元/i.test(around);
  if (japan && !china) return 'JPY';
  if (china && !japan) return 'CNY';
  if (ctx.yenInText === null) {
    if (/[一-鿿]/.test(s) && !/[぀-ヿ]/.test(s)) ctx.yenInText = 'CNY';
    else {
      const cn = (s.match(/yuan|\brmb\b|renminbi|china|chinese/gi) ?? []).length;
      const jp = (s.match(/\byen\b|japan/gi) ?? []).length;
      ctx.yenInText = cn > jp ? 'CNY' : 'JPY';
    }
  }
  return ctx.yenInText;
}

/** The currency a sign stands for at `at` ($ USD, € EUR, ¥ from the context …); null when c is none. */
function signCurrency(ctx: ScanContext, c: number, at: number): string | null {
  const code = SIGNS.get(c);
  if (code === undefined) return null;
  return code === 'YEN' ? yenCurrency(ctx, at) : code;
}

/** Whether the sign character c before a number stands alone: not after a letter, digit, - % or ). */
const isSignAlone = (before: number): boolean =>
  !isAlnum(before) && before !== HYPHEN && before !== PERCENT && before !== CLOSE_PAREN;

/**
 * The sign and currency written before the number of r, not before lim: -, +, 负; US$, HK$, RMB, Rmb,
 * €, 人民币, -$. Sets r.sign, r.prefixCurrency, r.unit and r.start.
 */
export function readPrefix(ctx: ScanContext, r: Reading, lim: number): void {
  const s = ctx.text;
  let k = r.numberStart;
  // sign right before the number
  const signChar = foldedAt(s, k - 1);
  if (k - 1 >= lim && (signChar === HYPHEN || signChar === PLUS) && isSignAlone(foldedAt(s, k - 2))) {
    r.sign = signChar === HYPHEN ? -1 : 1;
    k--;
  } else if (k - 1 >= lim && (signChar === FU || signChar === FU_TRADITIONAL)) {
    r.sign = -1;
    k--;
  }
  const j = skipSpacesBack(s, k, lim);
  const c = foldedAt(s, j - 1);
  let currency: string | null = null;
  let at = j;
  if (j - 1 >= lim && SIGNS.has(c)) {
    at = j - 1;
    currency = SIGNS.get(c)!;
    if (c === DOLLAR) {
      const prefix = dollarPrefix(s, at, lim);
      if (prefix !== null) {
        currency = prefix.code;
        at = prefix.start;
      }
    }
    if (currency === 'YEN') currency = yenCurrency(ctx, at);
    // sign before the currency: -$2.3 million
    const before = foldedAt(s, at - 1);
    if (
      r.sign === 0 &&
      at - 1 >= lim &&
      (before === HYPHEN || before === PLUS) &&
      !isAlnum(foldedAt(s, at - 2))
    ) {
      r.sign = before === HYPHEN ? -1 : 1;
      at--;
    }
  } else if (j > lim && isLetter(c)) {
    let b = j - 1;
    while (b > lim && j - b < 5 && isLetter(foldedAt(s, b - 1))) b--;
    const code = isAlnum(foldedAt(s, b - 1)) ? null : letterCurrency(s.slice(b, j));
    if (code !== null) {
      currency = code;
      at = b;
    } else {
      // financial tables: a scale on the currency before the number (US$m 12, €bn 3, USDm 5, MAUD 60)
      const scaled = scaledCurrencyBefore(ctx, b, j, lim);
      if (scaled !== null) {
        currency = scaled.code;
        at = scaled.start;
        scaleBy(r, scaled.factor);
        r.scaled = true;
      }
    }
  } else if (j > lim && hasClass(c, MONEY_BEFORE)) {
    for (const [w, code] of ZH_MONEY_BEFORE) {
      if (j - w.length >= lim && s.startsWith(w, j - w.length)) {
        currency = code;
        at = j - w.length;
        break;
      }
    }
  }
  if (currency !== null) {
    r.prefixCurrency = currency;
    r.unit = currency;
    r.start = at;
  } else {
    r.start = k;
    // "minus 5%", "negative 3%": a minus written as a word
    const word = r.sign === 0 ? signWordStart(s, k, lim) : -1;
    if (word >= 0) {
      r.sign = -1;
      r.start = word;
    }
  }
}

/** Where "minus " or "negative " (any case, one space) ends at `end`, at a word start not before lim; -1 when not. */
export function signWordStart(s: string, end: number, lim: number): number {
  if (foldedAt(s, end - 1) !== SPACE) return -1;
  for (const w of SIGN_WORDS) {
    const a = end - 1 - w.length;
    // "plus or minus 3%" is a margin, not a sign
    if (a >= lim && literalAt(s, a, w) && !isAlnum(foldedAt(s, a - 1)) && !literalAt(s, a - 3, 'or '))
      return a;
  }
  return -1;
}

/**
 * The letters from b to j before a number as a currency with a scale: a scale after a currency sign
 * (US$m, HK$bn, €m, £bn), after a code (USDm, RMBbn) or M before a code (MAUD, MUSD). Null when not.
 */
function scaledCurrencyBefore(
  ctx: ScanContext,
  b: number,
  j: number,
  lim: number,
): { code: string; factor: number; start: number } | null {
  const s = ctx.text;
  const sign = foldedAt(s, b - 1);
  if (b - 1 >= lim && SIGNS.has(sign)) {
    const factor = j - b <= 3 ? TABLE_SCALES.get(s.slice(b, j).toLowerCase()) : undefined;
    if (factor === undefined) return null;
    let start = b - 1;
    let code = SIGNS.get(sign)!;
    if (sign === DOLLAR) {
      const prefix = dollarPrefix(s, start, lim);
      if (prefix !== null) {
        code = prefix.code;
        start = prefix.start;
      }
    }
    if (code === 'YEN') code = yenCurrency(ctx, start);
    return { code, factor, start };
  }
  // the rest needs a currency code in the letters (USDm, MAUD): most words before a number have none
  if (
    isAlnum(foldedAt(s, b - 1)) ||
    j - b < 4 ||
    (currencyCodeAt(s, b) === null && currencyCodeAt(s, b + 1) === null)
  )
    return null;
  const letters = s.slice(b, j);
  const after = TABLE_SCALES.get(letters.slice(3).toLowerCase());
  const code = after === undefined ? null : letterCurrency(letters.slice(0, 3));
  if (code !== null && after !== undefined) return { code, factor: after, start: b };
  if (letters.length === 4 && letters.charCodeAt(0) === LETTER_M_CAPITAL) {
    const iso = letterCurrency(letters.slice(1));
    if (iso !== null) return { code: iso, factor: 1e6, start: b };
  }
  return null;
}

/**
 * The letters before the $ at `at` that name its dollar (US$, HK$, NZ$, "hk $", "u.s $", cad$), with
 * where they start; null when none.
 */
function dollarPrefix(s: string, at: number, lim: number): { code: string; start: number } | null {
  let e = at;
  // spaced letters count when they are a real prefix ("hk $", "us $"), not "a $5" or "'s $5"
  if (
    foldedAt(s, e - 1) === SPACE &&
    isLetter(foldedAt(s, e - 2)) &&
    (isLetter(foldedAt(s, e - 3)) || foldedAt(s, e - 3) === DOT || foldedAt(s, e - 2) === LETTER_C)
  )
    e--;
  let b = e;
  while (
    b > lim &&
    e - b < 6 &&
    (isLetter(foldedAt(s, b - 1)) || (foldedAt(s, b - 1) === DOT && b - 1 > lim))
  )
    b--;
  if (b >= e || isAlnum(foldedAt(s, b - 1))) return null;
  const raw = s.slice(b, e);
  const key = (raw.includes('.') ? raw.split('.').join('') : raw).toLowerCase();
  const code = DOLLAR_PREFIX.get(key);
  return code === undefined ? null : { code, start: b };
}

/** Money words after a number, longest first, by first letter. */
const EN_MONEY_WORDS = groupByChar([...EN_MONEY.keys()].sort((a, b) => b.length - a.length));
/** First words of the money phrases, to tell at a glance whether a word after a number may begin one. */
export const MONEY_FIRST_WORDS = [...EN_MONEY.keys()].map((k) => k.split(' ')[0]!.split('.')[0]!);

/**
 * An English money word after the number of r, right after its end j or after the spaces up to u
 * ("5 dollars", "4.2 billion yuan", "10 euros and 5 cents"): completes r and returns true; false when
 * none (or a weak word such as "pounds" without a scale or a currency before the number).
 */
export function readMoneyWord(r: Reading, s: string, j: number, u: number): boolean {
  let found = literalAfterSpace(s, j, EN_MONEY_WORDS);
  if (found === null && u !== j) found = literalAfterSpace(s, u, EN_MONEY_WORDS);
  if (found === null) return false;
  const info = EN_MONEY.get(found.word);
  const [code, factor, strong] = info!;
  if (!(strong || r.scaled || r.prefixCurrency !== null)) return false;
  r.kind = 'money';
  // "US$5 dollars": the dollar before the number says which one
  if (r.prefixCurrency === null || (found.word !== 'dollar' && found.word !== 'dollars')) r.unit = code;
  r.value *= factor;
  r.end = factor === 1 ? readCents(r, s, found.end) : found.end;
  return true;
}

/**
 * Whether a currency follows a scale letter glued to digits ("380B yuan", "4T USD", "53B dollars"),
 * after at most one space at i: a strong money word or a currency code that ends there. Weak words
 * ("pounds") and anything else leave "235B parameters" a plain token.
 */
export function currencyFollows(s: string, i: number): boolean {
  const word = literalAfterSpace(s, i, EN_MONEY_WORDS);
  if (word !== null && EN_MONEY.get(word.word)![2] && !isAlnum(foldedAt(s, word.end))) return true;
  const u = foldedAt(s, i) === SPACE ? i + 1 : i;
  const raw = lettersAt(s, u);
  return raw.length === 3 && isoCodeAfter(raw) !== null && !isDigit(foldedAt(s, u + 3));
}

/**
 * An ISO code after the spaces at u ("115 USD", "30 MUSD"): completes r and returns true; false when
 * none, or when a number follows the code of an amount that already has its currency ("$5 USD 6").
 */
export function readCodeAfter(r: Reading, s: string, u: number): boolean {
  let ue = u;
  while (ue - u < 5 && isLetter(foldedAt(s, ue))) ue++;
  if (ue - u !== 3 && ue - u !== 4) return false;
  const raw = lettersAt(s, u);
  const iso = raw.length === 3 || raw.length === 4 ? isoCodeAfter(raw) : null;
  const next = skipSpaces(s, u + raw.length, 1);
  if (iso === null || (r.prefixCurrency !== null && next > u + raw.length && isDigit(foldedAt(s, next))))
    return false;
  r.kind = 'money';
  if (r.unit === null) r.unit = iso.code;
  r.value *= iso.factor;
  if (iso.factor > 1) r.scaled = true;
  // financial tables: a scale after the code ("75 USD million", "3.2 EUR bn")
  const scale = r.scaled ? null : scaleWordAfterCode(s, u + raw.length);
  if (scale !== null) {
    r.value *= scale.factor;
    r.scaled = true;
    r.end = scale.end;
    return true;
  }
  r.end = readCents(r, s, u + raw.length);
  return true;
}

/** A scale word or abbreviation after one space at i (" million", " bn"), ending at a word end; null when none. */
function scaleWordAfterCode(s: string, i: number): { factor: number; end: number } | null {
  if (foldedAt(s, i) !== SPACE || !isLetter(foldedAt(s, i + 1))) return null;
  let e = i + 1;
  while (isLetter(s.charCodeAt(e))) e++;
  if (isWordChar(foldedAt(s, e))) return null;
  const w = s.slice(i + 1, e).toLowerCase();
  const factor = w.length > 1 ? (EN_SCALE.get(w) ?? TABLE_SCALES.get(w)) : undefined;
  return factor === undefined || factor < 1e3 ? null : { factor, end: e };
}

/** A currency sign right after the number (10 $, 100 ₡, 10 €) at u: completes r and returns true. */
export function readSignAfter(ctx: ScanContext, r: Reading, u: number): boolean {
  const s = ctx.text;
  const sign = SIGNS.has(foldedAt(s, u)) && !isAlnum(foldedAt(s, u + 1)) ? foldedAt(s, u) : -1;
  if (sign < 0) return false;
  r.kind = 'money';
  r.unit = signCurrency(ctx, sign, u);
  r.end = readCents(r, s, u + 1);
  return true;
}
