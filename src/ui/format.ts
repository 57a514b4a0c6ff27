/**
 * Figures for display, in the reader's language. Intl.NumberFormat does the locale work (grouping,
 * compact scales such as "380 billion" / "3800亿", currency symbols); we only add the figure kinds it
 * has no style for (percentage points, basis points, multiples) and the bound words.
 */
import type { FigureKind, Quantity } from '../core/figures/types';
import { type Locale, localeTag, type Translate } from './i18n';

/** A quantity to show; a bare one ("9.16%") may leave out how it is bounded. */
export type DisplayFigure = Omit<Quantity, 'approx'> & { approx?: Quantity['approx'] };

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeTag(locale), options);
    formatters.set(key, f);
  }
  return f;
}

function compact(value: number, locale: Locale, currency: string | null): string {
  const big = Math.abs(value) >= 10_000;
  const options: Intl.NumberFormatOptions = {
    // currency style would otherwise pad to the currency's cents: "¥3800.00亿"
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
    ...(big ? { notation: 'compact', compactDisplay: 'long' } : {}),
    ...(currency ? { style: 'currency', currency, currencyDisplay: 'symbol' } : {}),
  };
  try {
    return formatter(locale, options).format(value);
  } catch {
    // an unknown currency code: show the number and the code as written
    return `${formatter(locale, { maximumFractionDigits: 2 }).format(value)} ${currency ?? ''}`.trim();
  }
}

/** The bare magnitude of a figure ("CN¥380 billion", "9.2%", "3.5 percentage points", "10×"). */
export function formatMagnitude(
  kind: FigureKind,
  value: number,
  unit: string | null,
  locale: Locale,
  t: Translate,
): string {
  switch (kind) {
    case 'money':
      return compact(value, locale, unit);
    case 'percent':
      return `${formatter(locale, { maximumFractionDigits: 2 }).format(value)}%`;
    case 'percentage_points':
      return t('unitPercentagePoints', [formatter(locale, { maximumFractionDigits: 2 }).format(value)]);
    case 'basis_points':
      return t('unitBasisPoints', [formatter(locale, { maximumFractionDigits: 1 }).format(value)]);
    case 'multiple':
      return t('unitMultiple', [formatter(locale, { maximumFractionDigits: 2 }).format(value)]);
    default:
      return compact(value, locale, null);
  }
}

/** A figure with its range, bound and direction: "more than CN¥380 billion", "5%–7%", "9.2% (up)". */
export function formatFigure(figure: DisplayFigure, locale: Locale, t: Translate): string {
  let text = formatMagnitude(figure.kind, figure.value, figure.unit, locale, t);
  if (figure.max !== undefined && figure.max !== figure.value) {
    text = `${text}\u2013${formatMagnitude(figure.kind, figure.max, figure.unit, locale, t)}`;
  }
  if (figure.approx === 'over') text = t('approxOver', [text]);
  else if (figure.approx === 'under') text = t('approxUnder', [text]);
  else if (figure.approx === 'about') text = t('approxAbout', [text]);
  if (figure.direction) text = `${text} (${t(figure.direction === 'up' ? 'directionUp' : 'directionDown')})`;
  return text;
}

/**
 * The page's figure against the recorded one, when both are in the same kind and unit:
 * "−2.2 percentage points" for percentages, "+CN¥20 billion (+5.3%)" for amounts. Undefined otherwise.
 */
export function formatDifference(
  page: DisplayFigure,
  recorded: DisplayFigure,
  locale: Locale,
  t: Translate,
): string | undefined {
  if (page.kind !== recorded.kind || page.unit !== recorded.unit) return undefined;
  const diff = page.value - recorded.value;
  if (Math.abs(diff) < 1e-9 * Math.max(1, Math.abs(recorded.value))) return t('cardNoDifference');
  const sign = diff > 0 ? '+' : '\u2212';
  if (page.kind === 'percent') {
    return `${sign}${t('unitPercentagePoints', [formatter(locale, { maximumFractionDigits: 2 }).format(Math.abs(diff))])}`;
  }
  const magnitude = formatMagnitude(page.kind, Math.abs(diff), page.unit, locale, t);
  if (recorded.value === 0) return `${sign}${magnitude}`;
  const relative = formatter(locale, { maximumFractionDigits: 1 }).format(
    Math.abs((diff / recorded.value) * 100),
  );
  return `${sign}${magnitude} (${sign}${relative}%)`;
}

/** ISO date (yyyy-mm-dd) in the reader's locale; the input as it is when it is not a full date. */
export function formatDate(iso: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeTag(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Only http(s) links are ever rendered as links (checked at validation and again here). */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
