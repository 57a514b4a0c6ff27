/**
 * What the parts of the recognizer share: the scan context (the text, the options, the figures found
 * so far) and the reading of one number with its prefix and tail, before it becomes a Figure.
 */
import { DECIMAL_COMMA_LANGUAGES } from './lexicon';
import type { Approx, Figure, FigureKind, FindFiguresOptions } from './types';

/** The state of one recognize() call, passed explicitly to every reader that needs more than the text. */
export interface ScanContext {
  readonly text: string;
  readonly options: FindFiguresOptions;
  /** the figures found so far, in order */
  readonly figures: Figure[];
  /** end of the last figure: nothing before it is read again */
  lastEnd: number;
  /** what ¥ means in this text when the words around it do not say (worked out on the first ¥) */
  yenInText: string | null;
  /** numbers are written the European way (1.234,5): from options.lang */
  readonly decimalComma: boolean;
}

export function newContext(text: string, options: FindFiguresOptions): ScanContext {
  const lang = options.lang?.toLowerCase().split(/[-_]/)[0];
  const decimalComma = lang !== undefined && DECIMAL_COMMA_LANGUAGES.has(lang);
  return { text, options, figures: [], lastEnd: 0, yenInText: null, decimalComma };
}

/** How the number itself is written. */
export type NumberForm = 'digits' | 'chinese' | 'words';

/** A number with its prefix and tail, before approximation and direction are looked up. */
export interface Reading {
  /** the whole span, prefix and tail included */
  start: number;
  end: number;
  /** where the number itself starts and ends (no prefix, no unit) */
  numberStart: number;
  numberEnd: number;
  value: number;
  kind: FigureKind | null;
  unit: string | null;
  /** the factor of the scale words read (1 when none) */
  multiplier: number;
  /** a scale of a thousand or more was read */
  scaled: boolean;
  /** digits grouped in thousands (1,234) */
  grouped: boolean;
  approx: Approx | null;
  /** the upper end of a range (undefined when none; always present, so every reading has one shape) */
  max: number | undefined;
  /** -1, 0 or +1: the sign written before the number */
  sign: number;
  form: NumberForm;
  /** a currency written before the number, kept apart from one after it */
  prefixCurrency: string | null;
  /** "数百亿": value is a lower bound of a vague span */
  vague: boolean;
  /** a Chinese numeral run has a coefficient before its unit (一万, 十万; not 万 alone) */
  hasCoefficient: boolean;
  /** a Chinese big unit (万, 亿, 兆) was read */
  hasBigUnit: boolean;
}

export function newReading(numberStart: number, numberEnd: number, value: number, form: NumberForm): Reading {
  return {
    start: numberStart,
    end: numberEnd,
    numberStart,
    numberEnd,
    value,
    kind: null,
    unit: null,
    multiplier: 1,
    scaled: false,
    grouped: false,
    approx: null,
    max: undefined,
    sign: 0,
    form,
    prefixCurrency: null,
    vague: false,
    hasCoefficient: true,
    hasBigUnit: false,
  };
}

/** Multiplies a reading by a scale factor. */
export function scaleBy(r: Reading, factor: number): void {
  r.value *= factor;
  r.multiplier *= factor;
}

/** Whether a reading would be a `number` figure on its own (scaled, grouped thousands, 万/亿). */
export function isCount(r: Reading): boolean {
  return r.scaled || (r.grouped && r.value >= 1000) || r.hasBigUnit;
}
