/**
 * The words for the dataset's and the matcher's value lists, in the reader's language: one map per
 * list, for the card, the popup and the exports alike.
 */
import type { AnnotationFlag, Rating, SourceRecord, Verdict } from '../core/claims/types';
import type { MessageKey, Translate } from './i18n';

const VERDICT_LABEL: Record<Verdict, MessageKey> = {
  consistent: 'verdictConsistent',
  'needs-context': 'verdictNeedsContext',
  differs: 'verdictDiffers',
};

const RATING_LABEL: Record<Rating, MessageKey> = {
  accurate: 'ratingAccurate',
  'needs-context': 'ratingNeedsContext',
  outdated: 'ratingOutdated',
  unverified: 'ratingUnverified',
};

/** What the page left unsaid about the figure (the matcher's flags), each a badge of its own in the card. */
const FLAG_LABEL: Record<AnnotationFlag, MessageKey> = {
  'implied-unit': 'cardFlagImpliedUnit',
  'event-unplaced': 'cardFlagEventUnplaced',
};

/** "unit not stated", "event not placed": one flag in words. */
export function flagLabel(t: Translate, flag: AnnotationFlag): string {
  return t(FLAG_LABEL[flag]);
}

/** "agrees", "needs context", "differs". */
export function verdictLabel(t: Translate, verdict: Verdict): string {
  return t(VERDICT_LABEL[verdict]);
}

/** The dataset's rating of a claim: "accurate", "needs context", "outdated", "unverified". */
export function ratingLabel(t: Translate, rating: Rating): string {
  return t(RATING_LABEL[rating]);
}

/** A source's kind in words: "official release", "report", "copy of a Reuters report". */
export function sourceKindLabel(source: Pick<SourceRecord, 'kind' | 'copyOf'>, t: Translate): string {
  switch (source.kind) {
    case 'primary':
      return t('sourceKindPrimary');
    case 'report':
      return t('sourceKindReport');
    case 'copy':
      return source.copyOf ? t('sourceKindCopy', [source.copyOf]) : t('sourceKindCopyUnknown');
  }
}

/** The longer explanation of a kind, for a tooltip; only an official release needs one. */
export function sourceKindHint(source: Pick<SourceRecord, 'kind'>, t: Translate): string | undefined {
  return source.kind === 'primary' ? t('sourceKindPrimaryHint') : undefined;
}
