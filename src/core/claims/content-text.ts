/**
 * A claim's dataset text (statement, notes) in the page's language and script. The UI's own labels
 * follow the reader's language setting; what the dataset says follows the page, so a traditional
 * Chinese page read in an English browser shows the claim as a Hong Kong or Taiwan reader writes it.
 */
import type { Lang } from './format';
import type { ContentLanguage } from './page-language';
import type { ClaimRecord, LocalizedText } from './types';

/** The text in a content language: the other language where the dataset lacks it. */
export function contentText(text: LocalizedText, language: ContentLanguage): string {
  if (language === 'en') return text.en || text.zh;
  const zh = language === 'zh-Hant' ? (text.zhHant ?? text.zh) : (text.zhHans ?? text.zh);
  return zh || text.en;
}

/** The content language the matcher writes in: its Chinese is simplified unless it is told traditional. */
export function matcherContentLanguage(lang: Lang): ContentLanguage {
  return lang === 'en' ? 'en' : lang === 'zh' ? 'zh-Hans' : 'zh-Hant';
}

/** Every dataset note of a claim: its own, its equivalents', its variants'. */
function datasetNotes(claim: ClaimRecord): LocalizedText[] {
  const notes: LocalizedText[] = [];
  if (claim.note) notes.push(claim.note);
  for (const e of claim.equivalents ?? []) notes.push(e.note);
  for (const v of claim.variants ?? []) notes.push(v.note);
  return notes;
}

/**
 * An annotation's note in the page's language. The matcher writes notes in the reader's language
 * and script (`matcherLanguage`): a dataset note (a variant's, an equivalent's) is shown in the page's
 * language instead; a note the matcher composed (page figure against the recorded one, the unit the
 * page did not state) stays the reader's.
 */
export function annotationNote(
  note: string,
  claim: ClaimRecord,
  matcherLanguage: Lang,
  language: ContentLanguage,
): string {
  const written = matcherContentLanguage(matcherLanguage);
  const own = datasetNotes(claim).find((n) => contentText(n, written) === note);
  return own ? contentText(own, language) : note;
}
