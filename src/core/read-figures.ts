/**
 * The figures of a text as the matcher reads them: the recognizer run over a folded copy of the text,
 * with every offset still pointing into the original. Pure: no DOM, no Node APIs.
 *
 * The fold keeps the text's length: full-width digits, ％ and a full-width or small full stop between
 * digits (`９﹒２％`) become their ASCII forms, so `９﹒２％` reads as 9.2%. A space between digits and a Chinese scale (`3800 亿`, `2,000 萬次`) is read by the recognizer itself.
 */
import { findFigures } from './figures';
import type { Figure, FindFiguresOptions } from './figures/types';

const FULLWIDTH_ZERO = 0xff10;
const FULLWIDTH_NINE = 0xff19;
const FULLWIDTH_PERCENT = 0xff05; // ％
const FULLWIDTH_STOP = 0xff0e; // ．
const SMALL_FULL_STOP = 0xfe52; // ﹒

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isDigitLike = (c: number) => isAsciiDigit(c) || (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_NINE);

/** The length-preserving fold described above. Returns the input itself when nothing changes. */
export function foldForFigures(text: string): string {
  let chars: string[] | undefined;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let to: string | undefined;
    if (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_NINE) to = String.fromCharCode(c - FULLWIDTH_ZERO + 48);
    else if (c === FULLWIDTH_PERCENT) to = '%';
    else if (
      (c === FULLWIDTH_STOP || c === SMALL_FULL_STOP) &&
      isDigitLike(text.charCodeAt(i - 1)) &&
      isDigitLike(text.charCodeAt(i + 1))
    )
      to = '.';
    if (to !== undefined) {
      chars ??= text.slice(0, i).split('');
      chars[i] = to;
    } else if (chars) chars[i] = text[i]!;
  }
  return chars ? chars.join('') : text;
}

/** findFigures over the folded text; offsets and `text` refer to the original. */
export function readFigures(text: string, options?: FindFiguresOptions): Figure[] {
  const folded = foldForFigures(text);
  if (folded === text) return findFigures(text, options);
  return findFigures(folded, options).map((f) =>
    text.slice(f.start, f.end) === f.text ? f : { ...f, text: text.slice(f.start, f.end) },
  );
}
