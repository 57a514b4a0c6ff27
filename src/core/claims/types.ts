import type { Figure, FigureKind, Quantity } from '../figures/types';

/** consistent: agrees with the recorded figure; needs-context: agrees with a qualified variant; differs: same subject/topic, other value. */
export type Verdict = 'consistent' | 'needs-context' | 'differs';
export const VERDICTS: readonly Verdict[] = ['differs', 'needs-context', 'consistent'];

export type Rating = 'accurate' | 'needs-context' | 'outdated' | 'unverified';
export const RATINGS: readonly Rating[] = ['accurate', 'needs-context', 'outdated', 'unverified'];

export interface LocalizedText {
  en: string;
  /** Chinese as the dataset writes it */
  zh: string;
  /** Chinese in simplified script, when the dataset's is not (compiled with a script converter) */
  zhHans?: string;
  /** Chinese in traditional script, when it differs from the dataset's (compiled with a script converter) */
  zhHant?: string;
}

/**
 * What a source is (data/claims/README.md "Sourcing"): the company, a regulator or an exchange itself;
 * an original news report; or a mirror, rewrite or summary of another outlet's report.
 */
export type SourceKind = 'primary' | 'report' | 'copy';
export const SOURCE_KINDS: readonly SourceKind[] = ['primary', 'report', 'copy'];

export interface SourceRecord {
  publisher: string;
  kind: SourceKind;
  /** for a copy: the outlet it copies ("Reuters") */
  copyOf?: string;
  title: string;
  url: string;
  published: string; // ISO date
  language: string; // BCP 47, e.g. "en", "zh-Hans", "zh-Hant"
  quote?: string;
  /** third-party copies of the original outlet's article: extra links only */
  via?: { publisher: string; url: string }[];
  /** true when `url` is a copy (the original outlet's own URL is not known) */
  urlIsCopy?: boolean;
}

/** A figure as a dataset records it: the quantity of a Figure, without a place in a text. */
export type RecordedFigure = Quantity;

/** A claim as the in-page engine and the UI see it: compiled from a validated dataset. */
export interface ClaimRecord {
  id: string;
  /** display name of the subject, English and Chinese */
  subject: LocalizedText;
  statement: LocalizedText;
  figure: RecordedFigure;
  asOf: string; // ISO date
  rating: Rating;
  note?: LocalizedText;
  sources: SourceRecord[];
  /** `imported`: the reader imported the dataset (it is not bundled with the extension) */
  dataset: { id: string; name: string; version: string; imported?: boolean };
  /** the same quantity in other units, as reported (e.g. the USD equivalent of a CNY plan) */
  equivalents?: { figure: RecordedFigure; note: LocalizedText }[];
  /** other figures sources give for the same claim, qualified (intraday, outdated, other metric) */
  variants?: { figure: RecordedFigure; rating: Rating; note: LocalizedText; sources?: SourceRecord[] }[];
}

/**
 * What the card should say besides the verdict: implied-unit: the page wrote a bare number and the
 * claim's currency is its only reading; event-unplaced: the page does not say the figure is from the
 * claim's event (its day or quarter), so it is not compared, only shown with context.
 */
export type AnnotationFlag = 'implied-unit' | 'event-unplaced';

/** The Annotation contract of design.md: a figure tied to a claim, with a verdict. */
export interface Annotation {
  text: string;
  start: number;
  end: number;
  figure: Figure;
  claim: {
    id: string;
    subject: string;
    statement: string;
    kind: FigureKind;
    value: number;
    unit: string | null;
  };
  verdict: Verdict;
  note?: string;
  /** present when not empty; the note says the same in words */
  flags?: AnnotationFlag[];
}
