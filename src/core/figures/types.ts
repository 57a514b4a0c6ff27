/** The Figure contract of design.md: what the recognizer returns for each figure in a text. */
export const FIGURE_KINDS = [
  'money',
  'percent',
  'percentage_points',
  'basis_points',
  'multiple',
  'number',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export const APPROXES = ['exact', 'about', 'over', 'under'] as const;
export type Approx = (typeof APPROXES)[number];
export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What a figure says, apart from where it stands: also how a claims dataset records a figure. */
export interface Quantity {
  kind: FigureKind;
  /** in base units: 380 billion yuan -> 380000000000; 7% -> 7; 50 bps -> 50; tenfold -> 10 */
  value: number;
  /**
   * For money, the ISO 4217 code (USD, CNY); for a crypto-asset, which has none, its market ticker in
   * capitals (BTC, ETH, USDT, USDC, SOL, XRP, DOGE), with amounts in whole coins (2 satoshis -> 2e-8
   * BTC). Null for every other kind.
   */
  unit: string | null;
  approx: Approx;
  /** upper bound of a range ("5-7%" -> value 5, max 7) */
  max?: number;
  direction?: Direction;
}

export interface Figure extends Quantity {
  /** input.slice(start, end) */
  text: string;
  /** UTF-16 offset into the input, inclusive */
  start: number;
  /** UTF-16 offset into the input, exclusive */
  end: number;
}

export interface FindFiguresOptions {
  /**
   * What the surrounding document is about, for signs that the text alone leaves open:
   * `¥` is CNY in Chinese text or a China story, JPY next to yen/Japan.
   */
  yenMeans?: 'CNY' | 'JPY';
  /**
   * The language of the text (BCP 47: the page's `<html lang>` or a block's own `lang`). In French,
   * German, Spanish, Italian, Portuguese and Dutch ('fr', 'de-DE' …) numbers are read the European way
   * ("1.234,5", "12,5 %", "3,2 milliards d'euros", "2,3 Mrd. Euro"); in any other language, or without
   * it, "1,234" stays one thousand two hundred and thirty-four.
   */
  lang?: string;
}
