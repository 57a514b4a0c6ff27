/**
 * The hover card: what the dataset records for the claim a figure belongs to, whether the page
 * agrees, and the sources. All strings are rendered as text (Preact escapes them); links are http(s) only.
 */
import type { ContentLanguage } from '../../core/claims/page-language';
import type { Annotation, ClaimRecord } from '../../core/claims/types';
import { datasetText, languageOf, shownNote } from '../content-language';
import { formatDate, formatDifference, formatFigure, safeHref } from '../format';
import type { Locale, Translate } from '../i18n';
import { flagLabel, ratingLabel, sourceKindHint, sourceKindLabel, verdictLabel } from '../labels';

export interface CardProps {
  annotation: Annotation;
  claim: ClaimRecord;
  /** the reader's language: the card's labels */
  locale: Locale;
  /** the page's language and script: the dataset's texts (default: the reader's) */
  language?: ContentLanguage;
  t: Translate;
  onClose: () => void;
}

export function Card({ annotation, claim, locale, language: pageLanguage, t, onClose }: CardProps) {
  const { figure, verdict } = annotation;
  const language = languageOf({ language: pageLanguage }, locale);
  const difference = formatDifference(figure, claim.figure, locale, t);
  const titleId = `claimlens-card-title-${claim.id}`;
  return (
    <div
      class={`card verdict-${verdict}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-label={t('cardLabel', [annotation.text])}
      data-testid="card"
      tabIndex={-1}
    >
      <header class="head">
        <span class="badge" data-testid="verdict">
          {verdictLabel(t, verdict)}
        </span>
        <span class="subject" lang={language}>
          {datasetText(claim.subject, language)}
        </span>
        <button
          type="button"
          class="close"
          onClick={onClose}
          aria-label={t('cardClose')}
          title={t('cardClose')}
        >
          ×
        </button>
      </header>
      <p class="statement" id={titleId} data-testid="statement" lang={language}>
        {datasetText(claim.statement, language)}
      </p>
      <dl class="figures">
        <dt>{t('cardOnPage')}</dt>
        <dd data-testid="page-figure">
          <q>{annotation.text}</q> = {formatFigure(figure, locale, t)}
        </dd>
        <dt>{t('cardRecorded')}</dt>
        <dd data-testid="recorded-figure">{formatFigure(claim.figure, locale, t)}</dd>
        <dt>{t('cardDifference')}</dt>
        <dd>{difference ?? t('cardDifferentUnits')}</dd>
        <dt>{t('cardRating')}</dt>
        <dd>{ratingLabel(t, claim.rating)}</dd>
      </dl>
      {annotation.flags?.length ? (
        <ul class="flags" data-testid="flags">
          {annotation.flags.map((flag) => (
            <li key={flag} class="flag" data-flag={flag}>
              {flagLabel(t, flag)}
            </li>
          ))}
        </ul>
      ) : null}
      {annotation.note ? (
        <p class="note" data-testid="note">
          {shownNote(annotation.note, claim, locale, language)}
        </p>
      ) : null}
      {claim.note && !annotation.note ? (
        <p class="note" data-testid="note" lang={language}>
          {datasetText(claim.note, language)}
        </p>
      ) : null}
      <p class="asof">{t('cardAsOf', [formatDate(claim.asOf, locale)])}</p>
      <h2 class="sources-title">{t('cardSources')}</h2>
      <ol class="sources">
        {claim.sources.map((source) => {
          const href = safeHref(source.url);
          return (
            <li key={source.url} data-testid="source">
              <span class="publisher">{source.publisher}</span>
              <span class="kind" data-testid="source-kind" title={sourceKindHint(source, t)}>
                {' · '}
                {sourceKindLabel(source, t)}
              </span>
              {source.published ? <span class="date"> · {formatDate(source.published, locale)}</span> : null}
              <br />
              {href ? (
                <a
                  href={href}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="source-link"
                  lang={source.language}
                >
                  {source.title}
                  <span class="sr-only"> {t('cardOpensNewTab')}</span>
                </a>
              ) : (
                <span lang={source.language}>{source.title}</span>
              )}
            </li>
          );
        })}
      </ol>
      <footer class="dataset">
        {t(claim.dataset.imported ? 'cardDatasetImported' : 'cardDataset', [
          claim.dataset.name,
          claim.dataset.version,
        ])}
      </footer>
    </div>
  );
}
