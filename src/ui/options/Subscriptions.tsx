/**
 * Options: datasets followed by URL. The form (subscribe, check now), and for each subscribed
 * dataset its address, its last check (with the error that kept the version in use) and a waiting
 * new version with its diff, which the reader accepts or declines.
 */
import { useState } from 'preact/hooks';
import type { ClaimRef, DatasetDiff } from '../../core/claims/dataset-diff';
import { checkSubscriptionUrl } from '../../core/claims/subscription-url';
import { type Locale, localeTag, matcherLanguage, type Translate } from '../i18n';
import type { DatasetSummary } from '../../contracts/datasets';
import type { OptionsPort } from '../../contracts/options-port';
import { message, type Notice } from './shared';

/** A check's time as the reader's locale writes a day and an hour. */
export function formatCheckTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function SubscribeForm(props: {
  port: OptionsPort;
  t: Translate;
  hasSubscriptions: boolean;
  reload: () => Promise<void>;
  setStatus: (text: string) => void;
  setNotice: (notice: Notice | undefined) => void;
}) {
  const { port, t, hasSubscriptions, reload, setStatus, setNotice } = props;
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);

  const subscribe = (event: Event) => {
    event.preventDefault();
    setNotice(undefined);
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) {
      setStatus(t('optionsSubscribeBadUrl', [url.trim()]));
      return;
    }
    // asked before anything is awaited: the browser shows its prompt only within the click
    const granted = port.requestSubscriptionPermission(checked.url);
    setBusy(true);
    void (async () => {
      try {
        if (!(await granted)) {
          setStatus(t('optionsSubscribeDenied', [new URL(checked.url).host]));
          return;
        }
        setStatus(t('optionsSubscribing', [checked.url]));
        const outcome = await port.subscribe(checked.url);
        if (outcome.ok) {
          const d = outcome.dataset;
          setStatus(t('optionsSubscribed', [d.name, d.version, String(d.claimCount)]));
          setUrl('');
        } else {
          setStatus('');
          setNotice({
            kind: 'error',
            title: t('optionsSubscribeFailed', [checked.url]),
            errors: outcome.errors,
          });
        }
      } catch (error) {
        setStatus(t('optionsSaveFailed', [message(error)]));
      } finally {
        await reload();
        setBusy(false);
      }
    })();
  };

  const checkNow = async () => {
    setBusy(true);
    setNotice(undefined);
    setStatus(t('optionsChecking'));
    try {
      const s = await port.checkSubscriptions(true);
      setStatus(t('optionsChecked', [String(s.checked), String(s.updates), String(s.errors)]));
    } catch (error) {
      setStatus(t('optionsSaveFailed', [message(error)]));
    }
    await reload();
    setBusy(false);
  };

  return (
    <form class="subscribe" onSubmit={subscribe} data-testid="subscribe-form">
      <h3 id="subscribe-heading">{t('optionsSubscribe')}</h3>
      <p class="hint" id="subscribe-hint">
        {t('optionsSubscribeHint')}
      </p>
      <div class="field subscribe-row">
        <label for="subscribe-url">{t('optionsSubscribeUrl')}</label>
        <input
          id="subscribe-url"
          data-testid="subscribe-url"
          type="url"
          inputMode="url"
          placeholder="https://"
          aria-describedby="subscribe-hint"
          value={url}
          disabled={busy}
          onInput={(event) => setUrl((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" data-testid="subscribe" disabled={busy || url.trim() === ''}>
          {t('optionsSubscribeButton')}
        </button>
        {hasSubscriptions && (
          <button type="button" data-testid="check-now" disabled={busy} onClick={() => void checkNow()}>
            {t('optionsCheckNow')}
          </button>
        )}
      </div>
    </form>
  );
}

/** A subscribed dataset's address, last check and waiting version (inside its row in the list). */
export function SubscriptionDetails(props: {
  dataset: DatasetSummary & { subscription: NonNullable<DatasetSummary['subscription']> };
  port: OptionsPort;
  t: Translate;
  locale: Locale;
  reload: () => Promise<void>;
  setStatus: (text: string) => void;
  setNotice: (notice: Notice | undefined) => void;
}) {
  const { dataset, port, t, locale, reload, setStatus, setNotice } = props;
  const { subscription } = dataset;
  const [busy, setBusy] = useState(false);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
    } catch (error) {
      setStatus(t('optionsSaveFailed', [message(error)]));
    }
    await reload();
    setBusy(false);
  };
  const accept = (version: string) =>
    act(async () => {
      const outcome = await port.acceptUpdate(dataset.id);
      if (outcome.ok) setStatus(t('optionsUpdateAccepted', [dataset.name, version]));
      else
        setNotice({
          kind: 'error',
          title: t('optionsUpdateRefused', [dataset.name]),
          errors: outcome.errors,
        });
    });
  const dismiss = () =>
    act(async () => {
      await port.dismissUpdate(dataset.id);
      setStatus(t('optionsUpdateDismissed', [dataset.name, dataset.version]));
    });

  return (
    <div class="subscription" data-testid="subscription">
      <span class="row-meta">
        {t('optionsSubscriptionMeta', [dataset.version, String(dataset.claimCount), subscription.url])}
      </span>
      {subscription.error ? (
        <p class="warning" role="status" data-testid="subscription-error">
          {t('optionsSubscriptionError', [
            formatCheckTime(subscription.checkedAt ?? 0, locale),
            subscription.error,
            dataset.version,
          ])}
        </p>
      ) : (
        <span class="row-meta" data-testid="subscription-checked">
          {subscription.checkedAt === undefined
            ? t('optionsSubscriptionNever')
            : t('optionsSubscriptionChecked', [formatCheckTime(subscription.checkedAt, locale)])}
        </span>
      )}
      {subscription.pending && (
        <section
          class="update"
          data-testid="update"
          aria-labelledby={`update-${dataset.id}`}
          data-version={subscription.pending.version}
        >
          <p class="update-title" id={`update-${dataset.id}`}>
            {t('optionsUpdateTitle', [subscription.pending.version, dataset.version])}
          </p>
          <DiffView diff={subscription.pending.diff} t={t} locale={locale} />
          <div class="update-actions">
            <button
              type="button"
              data-testid="update-accept"
              disabled={busy}
              onClick={() => void accept(subscription.pending!.version)}
            >
              {t('optionsUpdateAccept', [subscription.pending.version])}
            </button>
            <button type="button" data-testid="update-dismiss" disabled={busy} onClick={() => void dismiss()}>
              {t('optionsUpdateDismiss', [dataset.version])}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

/** A claim as the reader recognises it: its statement in the UI's language, else the other one, and its id. */
function ClaimLine(props: { claim: ClaimRef; locale: Locale; extra?: string }) {
  const { claim, locale, extra } = props;
  // a fetched dataset's raw text: its Chinese as the dataset wrote it (no script conversion here)
  const lang = matcherLanguage(locale) === 'en' ? 'en' : 'zh';
  const statement = claim.statement[lang] ?? claim.statement[lang === 'en' ? 'zh' : 'en'] ?? '';
  return (
    <li>
      <code>{claim.id}</code> {statement}
      {extra && <span class="diff-fields"> — {extra}</span>}
    </li>
  );
}

export function DiffView(props: { diff: DatasetDiff; t: Translate; locale: Locale }) {
  const { diff, t, locale } = props;
  const empty = diff.added.length + diff.changed.length + diff.removed.length === 0;
  return (
    <div class="diff" data-testid="diff">
      {diff.added.length > 0 && (
        <div class="diff-group diff-added" data-testid="diff-added">
          <h4>{t('optionsUpdateAdded', [String(diff.added.length)])}</h4>
          <ul>
            {diff.added.map((claim) => (
              <ClaimLine key={claim.id} claim={claim} locale={locale} />
            ))}
          </ul>
        </div>
      )}
      {diff.changed.length > 0 && (
        <div class="diff-group diff-changed" data-testid="diff-changed">
          <h4>{t('optionsUpdateChanged', [String(diff.changed.length)])}</h4>
          <ul>
            {diff.changed.map((claim) => (
              <ClaimLine
                key={claim.id}
                claim={claim}
                locale={locale}
                extra={t('optionsUpdateFields', [claim.fields.join(', ')])}
              />
            ))}
          </ul>
        </div>
      )}
      {diff.removed.length > 0 && (
        <div class="diff-group diff-removed" data-testid="diff-removed">
          <h4>{t('optionsUpdateRemoved', [String(diff.removed.length)])}</h4>
          <ul>
            {diff.removed.map((claim) => (
              <ClaimLine key={claim.id} claim={claim} locale={locale} />
            ))}
          </ul>
        </div>
      )}
      {diff.datasetFields.length > 0 && (
        <p class="diff-dataset" data-testid="diff-dataset">
          {t('optionsUpdateDatasetFields', [diff.datasetFields.join(', ')])}
        </p>
      )}
      {empty && diff.datasetFields.length === 0 && <p class="hint">{t('optionsUpdateNothing')}</p>}
    </div>
  );
}
