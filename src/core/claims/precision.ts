/**
 * Stated precision: the interval of values a written figure stands for. Pure.
 *
 * A figure's digits give its step (the unit of its last written digit: "9.2%" -> 0.1, "380 billion"
 * -> 1e9, "3800亿" -> 1e8). Its approximation word then says where the value lies, never an open
 * interval:
 * - exact "9.2%": within half a step, [9.15, 9.25];
 * - over "over 7%", "超7%", "逾7%": at least the figure and under the next step, [7, 8);
 * - under "nearly 10%", "近10%": a little under the figure, down to one step below, [9, 10];
 * - about "about 53 billion", "约530亿": within one step either way, [52, 54] billion.
 * A recorded figure's interval is worked out the same way from its `text` as the dataset writes it,
 * then widened by the claim's `tolerance` (relative).
 */
import type { Approx, Figure } from '../figures/types';

/** an ASCII or full-width digit's value, else -1 */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
const isComma = (c: number) => c === 44 || c === 0xff0c;
const isPoint = (c: number) => c === 46 || c === 0xff0e || c === 0xfe52;

/**
 * The rounding step of a number written in `text` whose value is `value` (base units): reads the
 * first number written (digits with grouping commas and decimals, ASCII or full-width). A figure
 * written in words has no step (0).
 */
export function stepOf(text: string, value: number): number {
  let i = 0;
  while (i < text.length && digitAt(text, i) < 0) i++;
  if (i === text.length) return 0;
  let shown = 0;
  for (; i < text.length; i++) {
    const d = digitAt(text, i);
    if (d >= 0) shown = shown * 10 + d;
    else if (!isComma(text.charCodeAt(i))) break;
  }
  let decimals = 0;
  if (isPoint(text.charCodeAt(i)) && digitAt(text, i + 1) >= 0) {
    for (i++; digitAt(text, i) >= 0; i++) {
      shown = shown * 10 + digitAt(text, i);
      decimals++;
    }
    shown /= 10 ** decimals;
  }
  if (!(shown > 0)) return 0;
  const scale = Math.abs(value) / shown;
  if (!Number.isFinite(scale) || scale <= 0) return 0;
  return 10 ** -decimals * scale;
}

/** The rounding step of a page figure as written: "9.2%" -> 0.1, "380 billion" -> 1e9. */
export function precisionStep(figure: Figure): number {
  return stepOf(figure.text, figure.value);
}

/** "about" of a figure written in words (no step): this far either way, relative */
const ABOUT_WORDS = 0.05;

/** The interval [lo, hi] of absolute values for a value, its range end, its step and its approximation. */
export function statedInterval(
  value: number,
  max: number | undefined,
  step: number,
  approx: Approx,
): [number, number] {
  const a = Math.abs(value);
  const b = max === undefined ? a : Math.abs(max);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  switch (approx) {
    case 'over':
      // at least the figure, under the next step (the upper end itself is excluded: a hair below it)
      return [lo, step > 0 ? hi + step * 0.999999 : hi];
    case 'under':
      return [Math.max(0, lo - step), hi];
    case 'about':
      return step > 0 ? [lo - step, hi + step] : [lo * (1 - ABOUT_WORDS), hi * (1 + ABOUT_WORDS)];
    default:
      return [lo - step / 2, hi + step / 2];
  }
}

/** The interval of absolute values a page figure stands for. */
export function pageInterval(figure: Figure): [number, number] {
  return statedInterval(figure.value, figure.max, precisionStep(figure), figure.approx);
}

/**
 * The interval a recorded figure stands for, widened by its relative tolerance. A recorded "about"
 * is read as its value within its rounding: the editor says how much wider it is with `tolerance`.
 */
export function recordedInterval(
  value: number,
  max: number | undefined,
  step: number,
  approx: Approx,
  tolerance: number,
): [number, number] {
  const [lo, hi] = statedInterval(value, max, step, approx === 'about' ? 'exact' : approx);
  return [lo * (1 - tolerance) - 1e-9, hi * (1 + tolerance) + 1e-9];
}

/** The middle of a figure's written value (its range's middle). */
export function middle(value: number, max: number | undefined): number {
  return max === undefined ? Math.abs(value) : (Math.abs(value) + Math.abs(max)) / 2;
}

/** -1 down, 1 up, 0 unsaid */
export function signOf(direction: 'up' | 'down' | undefined, value: number): number {
  if (direction === 'down') return -1;
  if (direction === 'up') return 1;
  return value < 0 ? -1 : 0;
}
