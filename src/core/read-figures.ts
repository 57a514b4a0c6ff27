/**
 * The figures of a text as the matcher reads them: the recognizer run over a folded copy of the text,
 * with every offset still pointing into the original. Pure: no DOM, no Node APIs.
 *
 * Folds, each keeping the text's length:
 * - full-width digits, ％ and a full-width or small full stop between digits (`９﹒２％`) become
 *   their ASCII forms, so `９﹒２％` reads as 9.2%;
 * - a space between a number and a Chinese scale word (`3800 亿`, `4 万亿美元`, `1 兆個`) is moved
 *   in front of the number (` 3800亿`), and a figure read there gets its start moved back over the
 *   space, so `text` is still the page's own `3800 亿`.
 */
import { findFigures } from './figures';
import type { Figure, FindFiguresOptions } from './figures/types';

const FULLWIDTH_ZERO = 0xff10;
const FULLWIDTH_NINE = 0xff19;
const FULLWIDTH_PERCENT = 0xff05; // ％
const FULLWIDTH_STOP = 0xff0e; // ．
const SMALL_FULL_STOP = 0xfe52; // ﹒
const CHINESE_SCALE = new Set(['十', '百', '千', '万', '萬', '亿', '億', '兆']);

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isDigitLike = (c: number) => isAsciiDigit(c) || (c >= FULLWIDTH_ZERO && c <= FULLWIDTH_NINE);

export interface FoldedText {
  text: string;
  /** start offsets (in the folded text) of numbers moved over a space: the original start is one less */
  moved: Set<number>;
}

/** The length-preserving fold described above. Returns the input itself when nothing changes. */
export function foldForFigures(text: string): FoldedText {
  let chars: string[] | undefined;
  const moved = new Set<number>();
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
  let out = chars ? chars.join('') : text;
  // a number, one space, a Chinese scale word: move the space in front of the number
  for (let i = 0; i < n; i++) {
    if (out[i] !== ' ' || !CHINESE_SCALE.has(out[i + 1] ?? '') || !isAsciiDigit(out.charCodeAt(i - 1)))
      continue;
    let s = i - 1;
    while (s > 0 && /[0-9.,]/.test(out[s - 1]!)) s--;
    out = `${out.slice(0, s)} ${out.slice(s, i)}${out.slice(i + 1)}`;
    moved.add(s + 1);
  }
  return { text: out, moved };
}

/** findFigures over the folded text; offsets and `text` refer to the original. */
export function readFigures(text: string, options?: FindFiguresOptions): Figure[] {
  const folded = foldForFigures(text);
  if (folded.text === text) return findFigures(text, options);
  return findFigures(folded.text, options).map((f) => {
    const start = folded.moved.has(f.start) ? f.start - 1 : f.start;
    if (start === f.start && text.slice(f.start, f.end) === f.text) return f;
    return { ...f, start, text: text.slice(start, f.end) };
  });
}
