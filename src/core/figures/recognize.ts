/**
 * The figure recognizer, one call: a scan context for the text, the one pass over it (scan.ts), and the
 * figures it found. The modules, from the bottom up:
 *  - chars.ts      characters and tokens: named character codes, folding, character classes, skips
 *  - words.ts      word lists grouped by character and their look-up in the text
 *  - lexicon.ts    every word list: currencies, scales, number words, units, approximation, direction
 *  - numerals.ts   the values of Chinese numerals and English number words
 *  - reading.ts    the scan context and the reading of one number (shared types)
 *  - money.ts      currency before and after a number, codes, signs, ¥
 *  - minor-units.ts cents after dollars and Chinese sub-units (角 分 便士) after an amount
 *  - units.ts      units after a number: %, points, times, 成, 折, Chinese money words
 *  - digits.ts     where a number in digits ends (English and Chinese, or European formats)
 *  - quantity.ts   the number itself (digits, Chinese numerals, words) with its scale and tail
 *  - qualifiers.ts approximation and direction from the words around a figure
 *  - output.ts     ranges, the decision whether a reading is a figure, the Figure
 *  - scan.ts       the scan loop and the quick rejection of blocks and numbers that cannot be figures
 */
import { newContext } from './reading';
import { firstAnchor, mayHoldWords, scan } from './scan';
import type { Figure, FindFiguresOptions } from './types';

export function recognize(text: string, options: FindFiguresOptions): Figure[] {
  // most blocks of a page hold no anchor and no number word: answered without a scan
  const first = firstAnchor(text);
  if (first < 0 && !mayHoldWords(text)) return [];
  const ctx = newContext(text, options);
  scan(ctx, first);
  return ctx.figures;
}
