/**
 * Numbers written in digits: where one ends, with its thousands grouping and decimals, in the English
 * and Chinese way (1,234.5; 12,34,567; ４，５００) and in the European way (1.234,5; 1 234 567).
 */
import { COLON, COMMA, DOT, foldedAt, isDigit, isLetter, isListComma, SLASH, SPACE } from './chars';

/** End of the digits at q (no sign or currency). */
export function wholeDigitsEnd(s: string, q: number): number {
  let j = q;
  while (isDigit(foldedAt(s, j))) j++;
  return j;
}

/**
 * End of the number written in digits at q, with its thousands grouping (Indian too) and decimals;
 * -1 when it is not a number (more than 15 digits, 1.2.3, 12,34, 10:30, 3/4, 0700.HK).
 */
export function digitsEnd(s: string, q: number): number {
  let j = wholeDigitsEnd(s, q);
  let n = j - q;
  if (n > 15) return -1;
  // Indian grouping: 12,34,567 (ASCII digits only)
  let g = j;
  if (n <= 2) {
    while (
      s.charCodeAt(g) === COMMA &&
      isDigit(s.charCodeAt(g + 1)) &&
      isDigit(s.charCodeAt(g + 2)) &&
      s.charCodeAt(g + 3) === COMMA
    )
      g += 3;
    if (
      g > j &&
      isDigit(s.charCodeAt(g + 1)) &&
      isDigit(s.charCodeAt(g + 2)) &&
      isDigit(s.charCodeAt(g + 3)) &&
      !isDigit(s.charCodeAt(g + 4)) &&
      s.charCodeAt(g + 4) !== COMMA
    ) {
      n += g + 4 - j;
      j = g + 4;
    }
  }
  if (n <= 3) {
    for (;;) {
      if (foldedAt(s, j) !== COMMA) break;
      if (
        !(
          isDigit(foldedAt(s, j + 1)) &&
          isDigit(foldedAt(s, j + 2)) &&
          isDigit(foldedAt(s, j + 3)) &&
          !isDigit(foldedAt(s, j + 4))
        )
      )
        break;
      if (isListComma(s, j)) break;
      j += 4;
      n += 3;
      if (n > 15) return -1;
    }
  }
  if (foldedAt(s, j) === DOT && isDigit(foldedAt(s, j + 1))) {
    j++;
    while (isDigit(foldedAt(s, j))) j++;
  }
  const t = foldedAt(s, j);
  const next = foldedAt(s, j + 1);
  if ((t === DOT || t === COMMA) && isDigit(next) && !isListComma(s, j)) return -1; // 1.2.3, 12,34
  if (t === DOT && isLetter(next)) return -1; // 0700.HK
  if ((t === COLON || t === SLASH) && isDigit(next)) return -1; // 10:30, 3/4
  return j;
}

/** Whether c groups thousands in European formats: a dot or a space (also no-break and thin ones). */
const isEuropeanGroup = (s: string, i: number): boolean =>
  s.charCodeAt(i) === DOT || foldedAt(s, i) === SPACE;

/**
 * End of a number at q written the European way (1.234,5 / 12,5 / 1 234 567): dots or spaces group
 * thousands, a comma is the decimal separator; -1 when it is not a number (1,2,3, 1.2.3, 10:30, 3/4).
 */
export function europeanDigitsEnd(s: string, q: number): number {
  let j = wholeDigitsEnd(s, q);
  let n = j - q;
  if (n > 15) return -1;
  if (n <= 3) {
    while (
      isEuropeanGroup(s, j) &&
      isDigit(foldedAt(s, j + 1)) &&
      isDigit(foldedAt(s, j + 2)) &&
      isDigit(foldedAt(s, j + 3)) &&
      !isDigit(foldedAt(s, j + 4))
    ) {
      j += 4;
      n += 3;
      if (n > 15) return -1;
    }
  }
  if (s.charCodeAt(j) === COMMA && isDigit(foldedAt(s, j + 1))) {
    j++;
    while (isDigit(foldedAt(s, j))) j++;
  }
  const t = foldedAt(s, j);
  const next = foldedAt(s, j + 1);
  if ((t === DOT || t === COMMA || t === COLON || t === SLASH) && isDigit(next)) return -1;
  return j;
}
