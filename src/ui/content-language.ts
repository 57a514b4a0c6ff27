/**
 * What the dataset says (statements, notes) is shown in the page's language and script; the UI's
 * own labels in the reader's. These helpers pick the dataset's text for the card, the popup and
 * the export.
 */
import { annotationNote, contentText } from '../core/claims/content-text';
import type { ContentLanguage } from '../core/claims/page-language';
import type { ClaimRecord, LocalizedText } from '../core/claims/types';
import { type Locale, localeContentLanguage, matcherLanguage } from './i18n';

/**
 * The language and script the dataset's texts are shown in: the page's, or the reader's where the
 * page's is not known (an older report, a card opened without one).
 */
export function languageOf(
  page: { language?: ContentLanguage | undefined },
  locale: Locale,
): ContentLanguage {
  return page.language ?? localeContentLanguage(locale);
}

/** A dataset text in the content language; '' for none. */
export function datasetText(text: LocalizedText | undefined, language: ContentLanguage): string {
  return text ? contentText(text, language) : '';
}

/**
 * A matcher's note (written in the reader's language) as shown: the dataset's own note in the
 * page's language, a note the matcher composed as it is.
 */
export function shownNote(
  note: string,
  claim: ClaimRecord | undefined,
  locale: Locale,
  language: ContentLanguage,
): string {
  return claim ? annotationNote(note, claim, matcherLanguage(locale), language) : note;
}
