/**
 * Minor units after an amount: cents after whole dollars ("thirteen dollars forty-five cents",
 * "15 dollars and 50.") and Chinese sub-units (50元6角三分, 3英镑50便士). Apart from money.ts because
 * they read a second number after the first, with rules of their own.
 */
import {
  COMMA,
  DIGIT_0,
  DOT,
  EXCLAMATION,
  foldedAt,
  isDigit,
  isLetter,
  isWordChar,
  LETTER_S,
  LOWER_CASE_BIT,
  QUESTION,
  SEMICOLON,
  SHI,
  SHI_FORMAL,
  SPACE,
  YOU,
} from './chars';
import { EN_NUMBER_WORDS, ZH_SUB_UNITS } from './lexicon';
import { readWords, zhDigit } from './numerals';
import type { Reading } from './reading';
import { groupByChar, literalAt, type WordList, wordAt } from './words';

const NUMBER_WORDS: WordList = groupByChar(EN_NUMBER_WORDS);

/**
 * Cents after whole dollars at e: "thirteen dollars forty-five cents", "10 $ 30 cent", "15 dollars and
 * 50.", "17 USD 25." Without the word "cents" the number must end the clause. Adds them to r and
 * returns the new end (e when there are none).
 */
export function readCents(r: Reading, s: string, e: number): number {
  if (r.scaled || !Number.isInteger(r.value) || r.sign !== 0) return e;
  let i = e;
  if (literalAt(s, i, ' and ')) i += 5;
  else if (foldedAt(s, i) === SPACE) i++;
  else return e;
  let cents = -1;
  let j = i;
  if (isDigit(foldedAt(s, i))) {
    while (j - i < 3 && isDigit(foldedAt(s, j))) j++;
    const after = foldedAt(s, j);
    if (j - i > 2 || isDigit(after) || ((after === DOT || after === COMMA) && isDigit(foldedAt(s, j + 1))))
      return e;
    cents = Number(s.slice(i, j));
  } else if (isLetter(foldedAt(s, i))) {
    if (wordAt(NUMBER_WORDS, s, i) === null) return e;
    const words = readWords(s, i);
    if (words === null || words.scaled || words.value >= 100 || !Number.isInteger(words.value)) return e;
    cents = words.value;
    j = words.end;
  } else return e;
  // " cent" / " cents" and a word end, within 7 characters (the end of those counts as a word end)
  const lim = Math.min(j + 7, s.length);
  const wordStart = s.charCodeAt(j) === SPACE ? j + 1 : j;
  let wordEnd = -1;
  if (wordStart + 4 <= lim && literalAt(s, wordStart, 'cent')) {
    wordEnd = wordStart + 4;
    if (wordEnd < lim && (s.charCodeAt(wordEnd) | LOWER_CASE_BIT) === LETTER_S) wordEnd++;
    if (wordEnd < lim && isWordChar(s.charCodeAt(wordEnd))) wordEnd = -1;
  }
  if (wordEnd > 0) j = wordEnd;
  else if (!endsClause(s, j)) return e;
  r.value += cents / 100;
  return j;
}

/** Whether the clause ends at j: the end of the text, . , ; ! ? or " and ". */
function endsClause(s: string, j: number): boolean {
  const c = foldedAt(s, j);
  return (
    c === -1 ||
    c === DOT ||
    c === COMMA ||
    c === SEMICOLON ||
    c === EXCLAMATION ||
    c === QUESTION ||
    literalAt(s, j, ' and ')
  );
}

/**
 * A count of sub-units at i: one or two digits (5, 50, 五, 三十五, 十五), their value and length; null
 * when none.
 */
function subUnitCountAt(s: string, i: number): readonly [number, number] | null {
  const digit = (at: number): number => {
    const z = zhDigit(s.charCodeAt(at));
    return z >= 0 || !isDigit(foldedAt(s, at)) ? z : foldedAt(s, at) - DIGIT_0;
  };
  const first = digit(i);
  const ten = (at: number): boolean => s.charCodeAt(at) === SHI || s.charCodeAt(at) === SHI_FORMAL;
  let value = -1;
  let length = 0;
  if (ten(i)) {
    // 十五 = 15, 十 = 10
    const ones = digit(i + 1);
    [value, length] = ones > 0 ? [10 + ones, 2] : [10, 1];
  } else if (first >= 0 && ten(i + 1)) {
    // 三十五 = 35, 三十 = 30
    const ones = digit(i + 2);
    [value, length] = ones > 0 ? [first * 10 + ones, 3] : [first * 10, 2];
  } else if (first >= 0 && isDigit(foldedAt(s, i)) && isDigit(foldedAt(s, i + 1))) {
    [value, length] = [first * 10 + digit(i + 1), 2];
  } else if (first >= 0) [value, length] = [first, 1];
  return value >= 0 ? [value, length] : null;
}

/**
 * Chinese sub-units after an amount at e (50元6角三分, 两美元又三十美分, 3英镑50便士): adds them;
 * returns the new end.
 */
export function readZhSubUnits(r: Reading, s: string, e: number): number {
  if (r.scaled) return e;
  let i = e;
  if (s.charCodeAt(i) === YOU) i++;
  let added = 0;
  let end = e;
  for (const place of ZH_SUB_UNITS) {
    const count = subUnitCountAt(s, i);
    if (count === null) continue;
    const at = i + count[1];
    for (const [unit, factor, currency] of place) {
      // 角 毛 分 count up to 9 (3元十分好 is "very good"); a currency's own minor unit up to 99 (50便士)
      if (count[0] >= (currency === null ? 10 : 100)) continue;
      if ((currency !== null && currency !== r.unit) || !s.startsWith(unit, at)) continue;
      added += count[0] * factor;
      i = at + unit.length;
      end = i;
      break;
    }
  }
  if (end > e) r.value = Math.round((r.value + added) * 100) / 100;
  return end;
}
