/**
 * The claim form ("Record this figure as a claim…"): prefilled from what the page engine read at the
 * reader's selection, it records a new claim in "My claims", or adds the page as a source to a claim
 * in use and says whether the page's figure agrees with it. Everything is checked with the dataset
 * schema before it is stored (recording.ts, options-port.ts); nothing leaves the browser.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PagePick } from '../../core/claims/pick';
import {
  type ClaimForm,
  type ClaimInUse,
  checkSource,
  COPY_SUFFIX,
  FORM_FIGURE_KINDS,
  formFromPick,
  MY_CLAIMS_ID,
  NEW_SUBJECT,
  sourceFromForm,
  withAddedSource,
  withRecordedClaim,
} from '../../core/claims/recording';
import type { Dataset } from '../../core/claims/schema';
import { RATINGS } from '../../core/claims/types';
import { type Locale, matcherLanguage, type MessageKey, type Translate } from '../i18n';
import type { OptionsPort } from '../../contracts/options-port';
import { message } from './shared';
import { ratingLabel } from '../labels';

const KIND_LABELS: Record<string, MessageKey> = {
  money: 'recordKindMoney',
  percent: 'recordKindPercent',
  percentage_points: 'recordKindPercentagePoints',
  basis_points: 'recordKindBasisPoints',
  multiple: 'recordKindMultiple',
  number: 'recordKindNumber',
};
const APPROX_LABELS: Record<string, MessageKey> = {
  exact: 'recordApproxExact',
  about: 'recordApproxAbout',
  over: 'recordApproxOver',
  under: 'recordApproxUnder',
};
const CHECK_LABELS: Record<string, MessageKey> = {
  consistent: 'recordCheckConsistent',
  'needs-context': 'recordCheckNeedsContext',
  differs: 'recordCheckDiffers',
  'not-tied': 'recordCheckNotTied',
  'no-figure': 'recordCheckNoFigure',
};

type Mode = 'new' | 'source';

export interface RecordClaimProps {
  port: OptionsPort;
  t: Translate;
  locale: Locale;
  /** what the page engine read; undefined when the form's address held nothing usable */
  pick: PagePick | undefined;
  /** today, yyyy-mm-dd (the review date and, for an undated page, the as-of date) */
  today: string;
  /** after a save: the dataset list may have changed */
  onSaved?: () => void;
}

/** The pick for a form opened without a usable reading: every field empty. */
const EMPTY_PICK: PagePick = {
  url: '',
  title: '',
  publisher: '',
  language: 'en',
  selection: '',
  quote: '',
  topics: [],
};

/** The key of a claim in the claim select: dataset and claim id (claim ids are unique, datasets say where). */
const claimKey = (c: ClaimInUse) => `${c.dataset.id}/${c.claim.id}`;

export function RecordClaim({ port, t, locale, pick, today, onSaved }: RecordClaimProps) {
  const read = pick ?? EMPTY_PICK;
  const [form, setForm] = useState<ClaimForm>(() => formFromPick(read, today));
  const [mode, setMode] = useState<Mode>(read.claimId ? 'source' : 'new');
  const [datasets, setDatasets] = useState<Dataset[]>([]);
  const [target, setTarget] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const inUse = await port.datasetsInUse();
    setDatasets(inUse);
    return inUse;
  };
  useEffect(() => {
    void load().then((inUse) => {
      // a marked figure: its claim, or the reader's copy of it, is the one to add the page to
      if (!read.claimId) return;
      for (const dataset of inUse)
        for (const claim of dataset.claims)
          if (claim.id === read.claimId || claim.id === `${read.claimId}${COPY_SUFFIX}`)
            setTarget(claimKey({ dataset, claim }));
    });
  }, []);

  const claims = useMemo(
    () => datasets.flatMap((dataset) => dataset.claims.map((claim) => ({ dataset, claim }))),
    [datasets],
  );
  const subjects = useMemo(() => {
    const seen = new Map<string, Dataset['subjects'][number]>();
    for (const dataset of datasets) for (const s of dataset.subjects) if (!seen.has(s.id)) seen.set(s.id, s);
    return [...seen.values()];
  }, [datasets]);
  const chosen = claims.find((c) => claimKey(c) === target);
  const mine = datasets.find((d) => d.id === MY_CLAIMS_ID);
  const check = chosen && checkSource(chosen, { ...read, quote: form.quote }, matcherLanguage(locale));
  const lang = locale === 'en' ? 'en' : 'zh';

  // an update of the latest form, not of the one rendered: events may come faster than renders
  const set = (field: keyof ClaimForm) => (event: Event) => {
    const { value } = event.currentTarget as HTMLInputElement;
    setForm((latest) => ({ ...latest, [field]: value }));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setErrors([]);
    setStatus('');
    try {
      const next =
        mode === 'new'
          ? withRecordedClaim(mine, form, subjects)
          : chosen
            ? withAddedSource(mine, chosen, sourceFromForm(form), form.reviewBy.trim())
            : undefined;
      if (!next) {
        setErrors([t('recordTargetNone')]);
        return;
      }
      const outcome = await port.saveMyClaims(next);
      if (!outcome.ok) {
        setErrors(outcome.errors);
        return;
      }
      setStatus(t('recordSaved', [outcome.dataset.version, String(outcome.dataset.claimCount)]));
      await load();
      onSaved?.();
    } catch (error) {
      setErrors([message(error)]);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof ClaimForm, label: MessageKey, props: Record<string, unknown> = {}) => (
    <div class="field form-field">
      <label for={`record-${name}`}>{t(label)}</label>
      <input
        id={`record-${name}`}
        data-testid={`record-${name}`}
        type="text"
        value={form[name]}
        onInput={set(name)}
        {...props}
      />
    </div>
  );
  const select = (name: keyof ClaimForm, label: MessageKey, options: [string, string][]) => (
    <div class="field form-field">
      <label for={`record-${name}`}>{t(label)}</label>
      <select id={`record-${name}`} data-testid={`record-${name}`} value={form[name]} onChange={set(name)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  const figure = read.figure;
  return (
    <section aria-labelledby="record-heading" class="card record" data-testid="record-form">
      <h2 id="record-heading">{t('recordTitle')}</h2>
      {pick === undefined && (
        <p class="warning" role="alert">
          {t('recordBadPick')}
        </p>
      )}
      {read.url && (
        <p class="hint" data-testid="record-from">
          {t('recordFrom', [read.title ? `${read.title} (${read.publisher})` : read.url])}
        </p>
      )}
      {pick !== undefined &&
        (figure ? (
          <p data-testid="record-figure">
            {t('recordFigureRead', [figure.text, t(KIND_LABELS[figure.kind] ?? 'recordKindNumber')])}
          </p>
        ) : (
          <p class="warning" data-testid="record-no-figure">
            {t('recordNoFigure')}
          </p>
        ))}
      {read.claimId && <p class="hint">{t('recordMarked', [read.claimId])}</p>}
      <form onSubmit={(event) => void save(event)} class="record-form">
        <fieldset class="field">
          <legend>{t('recordMode')}</legend>
          <div class="styles">
            {(['new', 'source'] as const).map((m) => (
              <label key={m} class="style-choice">
                <input
                  type="radio"
                  name="record-mode"
                  data-testid={`record-mode-${m}`}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />
                {t(m === 'new' ? 'recordModeNew' : 'recordModeSource')}
              </label>
            ))}
          </div>
        </fieldset>

        {mode === 'new' ? (
          <>
            <fieldset class="field group">
              <legend>{t('recordSubject')}</legend>
              {select('subject', 'recordSubjectChoose', [
                ...subjects.map((s): [string, string] => [s.id, `${s.name[lang]} (${s.id})`]),
                ...(form.subject && !subjects.some((s) => s.id === form.subject)
                  ? [[form.subject, form.subject] as [string, string]]
                  : []),
                [NEW_SUBJECT, t('recordNewSubject')],
              ])}
              {form.subject === NEW_SUBJECT && (
                <div class="grid">
                  {field('newSubjectEn', 'recordSubjectEn')}
                  {field('newSubjectZh', 'recordSubjectZh', { lang: 'zh' })}
                  {field('aliasesEn', 'recordAliasesEn')}
                  {field('aliasesZh', 'recordAliasesZh', { lang: 'zh' })}
                  {field('newSubjectId', 'recordSubjectId', { placeholder: 'a-lowercase-id' })}
                </div>
              )}
            </fieldset>
            <fieldset class="field group">
              <legend>{t('recordClaim')}</legend>
              <div class="grid">
                {field('claimId', 'recordClaimId')}
                {select(
                  'rating',
                  'recordRating',
                  RATINGS.map((r) => [r, ratingLabel(t, r)]),
                )}
              </div>
              {field('statementEn', 'recordStatementEn')}
              {field('statementZh', 'recordStatementZh', { lang: 'zh' })}
              <p class="hint" id="record-topics-hint">
                {t('recordTopicsHint')}
              </p>
              <div class="grid">
                {field('topicsEn', 'recordTopicsEn', { 'aria-describedby': 'record-topics-hint' })}
                {field('topicsZh', 'recordTopicsZh', {
                  lang: 'zh',
                  'aria-describedby': 'record-topics-hint',
                })}
              </div>
            </fieldset>
            <fieldset class="field group">
              <legend>{t('recordFigure')}</legend>
              <div class="grid">
                {select(
                  'kind',
                  'recordKind',
                  FORM_FIGURE_KINDS.map((k) => [k, t(KIND_LABELS[k]!)]),
                )}
                {field('value', 'recordValue', { inputMode: 'decimal' })}
                {field('unit', 'recordUnit', { placeholder: 'CNY, USD, HKD' })}
                {select(
                  'approx',
                  'recordApprox',
                  Object.entries(APPROX_LABELS).map(([a, key]) => [a, t(key)]),
                )}
                {select('direction', 'recordDirection', [
                  ['', t('recordDirectionNone')],
                  ['up', t('directionUp')],
                  ['down', t('directionDown')],
                ])}
                {field('figureText', 'recordFigureText')}
                {field('asOf', 'recordAsOf', { placeholder: 'YYYY-MM-DD' })}
              </div>
            </fieldset>
          </>
        ) : (
          <fieldset class="field group">
            <legend>{t('recordTarget')}</legend>
            <div class="field form-field">
              <label for="record-target">{t('recordTargetLabel')}</label>
              <select
                id="record-target"
                data-testid="record-target"
                value={target}
                onChange={(event) => setTarget((event.currentTarget as HTMLSelectElement).value)}
              >
                <option value="">{t('recordTargetNone')}</option>
                {datasets.map((dataset) => (
                  <optgroup key={dataset.id} label={`${dataset.name} ${dataset.version}`}>
                    {dataset.claims.map((claim) => (
                      <option key={claim.id} value={claimKey({ dataset, claim })}>
                        {`${claim.statement[lang]} (${claim.id})`}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <p
              aria-live="polite"
              data-testid="record-check"
              data-check={check ? ('verdict' in check ? check.verdict : check.kind) : ''}
            >
              {check && t(CHECK_LABELS['verdict' in check ? check.verdict : check.kind]!)}
              {check && 'note' in check && check.note ? ` ${check.note}` : ''}
            </p>
            {chosen && chosen.dataset.id !== MY_CLAIMS_ID && !chosen.claim.id.endsWith(COPY_SUFFIX) && (
              <p class="hint" data-testid="record-copy-note">
                {t('recordCopyNote', [chosen.dataset.name, `${chosen.claim.id}${COPY_SUFFIX}`])}
              </p>
            )}
          </fieldset>
        )}

        <fieldset class="field group">
          <legend>{t('recordSource')}</legend>
          <div class="grid">
            {field('publisher', 'recordPublisher')}
            {field('published', 'recordPublished', { placeholder: 'YYYY-MM-DD' })}
            {field('language', 'recordLanguage')}
          </div>
          {field('sourceTitle', 'recordSourceTitle')}
          {field('url', 'recordUrl', { type: 'url' })}
          <div class="field form-field">
            <label for="record-quote">{t('recordQuote')}</label>
            <textarea
              id="record-quote"
              data-testid="record-quote"
              rows={3}
              value={form.quote}
              onInput={set('quote')}
            />
          </div>
        </fieldset>
        <div class="grid">
          {field('reviewBy', 'recordReviewBy', { autocomplete: 'name' })}
          {field('reviewDate', 'recordReviewDate', { placeholder: 'YYYY-MM-DD' })}
        </div>
        <div>
          <button type="submit" class="primary" data-testid="record-save" disabled={busy}>
            {t('recordSave')}
          </button>
        </div>
      </form>
      {errors.length > 0 && (
        <div class="notice notice--error" role="alert" data-testid="record-errors">
          <p class="notice-title">{t('recordRefused')}</p>
          <ul>
            {errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="status" role="status" aria-live="polite" data-testid="record-status">
        {status}
      </p>
    </section>
  );
}
