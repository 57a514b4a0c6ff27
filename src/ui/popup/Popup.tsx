/** The toolbar popup: the page's claims grouped by verdict, with sources, show-in-page and the site switch. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimRecord } from '../../core/claims/types';
import type { PageReport } from '../../contracts/report';
import { ExternalLink } from '../components/ExternalLink';
import { hostnameOf } from '../components/format';
import { formatDate, formatDifference, formatFigure } from '../format';
import { Switch } from '../components/Switch';
import type { ContentLanguage } from '../../core/claims/page-language';
import { datasetText, languageOf, shownNote } from '../content-language';
import { type Locale, localeTag, type Translate } from '../i18n';
import { ratingLabel, sourceKindHint, sourceKindLabel, verdictLabel } from '../labels';
import { exportFilename, statsLine, toCsv, toMarkdown } from './export';
import { type ClaimItem, datasetsOf, groupReport } from './model';
import type { DatasetInUseRow, PopupPort } from '../../contracts/popup-port';
import { DatasetsInUse } from './DatasetsInUse';

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable'; detail: string }
  | { kind: 'report'; report: PageReport };

export interface PopupProps {
  port: PopupPort;
  t: Translate;
  locale: Locale;
}

export function Popup({ port, t, locale }: PopupProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [broken, setBroken] = useState<string[]>([]);
  const [inUse, setInUse] = useState<DatasetInUseRow[]>([]);
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    const result = await port.getReport();
    if (mine !== generation.current) return; // a newer request is in flight
    setState(result.kind === 'report' ? result : { kind: 'unavailable', detail: result.detail });
  }, [port]);

  useEffect(() => {
    void refresh();
    return port.onPageChanged(() => void refresh());
  }, [port, refresh]);

  // imported datasets that are broken are skipped by the page; say so here, on any page
  useEffect(() => {
    port.brokenDatasets().then(setBroken, () => setBroken([]));
    port.datasetsInUse().then(setInUse, () => setInUse([]));
  }, [port]);

  const report = state.kind === 'report' ? state.report : undefined;
  const host = report ? hostnameOf(report.url) : undefined;

  const onSwitch = async (enabled: boolean) => {
    if (!report) return;
    setBusy(true);
    setStatus('');
    try {
      await port.setSiteEnabled(report.url, enabled);
      // show the choice at once; the page's next report confirms it
      setState({ kind: 'report', report: { ...report, enabled, marks: enabled ? report.marks : [] } });
      await refresh();
    } catch (error) {
      setStatus(t('popupSwitchFailed', [String((error as Error)?.message ?? error)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="popup" lang={localeTag(locale)}>
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link-button" onClick={() => port.openOptions()}>
          {t('popupSettings')}
        </button>
      </header>
      {broken.length > 0 && (
        <p class="warning" data-testid="datasets-broken">
          {t('popupDatasetsBroken', [broken.join(', ')])}
        </p>
      )}
      {report && host && (
        <div class="site-row">
          <Switch
            id="site-switch"
            testId="site-switch"
            label={t('popupSiteSwitch', [host])}
            checked={report.enabled}
            disabled={busy}
            onChange={(checked) => void onSwitch(checked)}
          />
        </div>
      )}
      <Body
        state={state}
        port={port}
        t={t}
        locale={locale}
        onRetry={() => void refresh()}
        setStatus={setStatus}
      />
      {report && <Footer report={report} port={port} t={t} locale={locale} setStatus={setStatus} />}
      <DatasetsInUse rows={inUse} t={t} locale={locale} />
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

function Body(props: {
  state: State;
  port: PopupPort;
  t: Translate;
  locale: Locale;
  onRetry: () => void;
  setStatus: (text: string) => void;
}) {
  const { state, t } = props;
  if (state.kind === 'loading') {
    return (
      <p class="empty" data-testid="state-loading" aria-busy="true">
        {t('popupLoading')}
      </p>
    );
  }
  if (state.kind === 'unavailable') {
    return (
      <div class="empty" data-testid="state-unavailable">
        <p class="empty-title">{t('popupUnavailable')}</p>
        <p class="empty-hint">{t('popupUnavailableHint')}</p>
        <button type="button" onClick={props.onRetry}>
          {t('popupRetry')}
        </button>
      </div>
    );
  }
  const { report } = state;
  if (!report.enabled) {
    return (
      <div class="empty" data-testid="state-off">
        <p class="empty-title">{t('popupOff')}</p>
        <p class="empty-hint">{t('popupOffHint')}</p>
      </div>
    );
  }
  if (report.marks.length === 0) {
    return (
      <p class="empty empty-title" data-testid="state-empty">
        {t('popupNoClaims')}
      </p>
    );
  }
  return <ClaimGroups report={report} {...props} />;
}

function ClaimGroups(props: {
  report: PageReport;
  port: PopupPort;
  t: Translate;
  locale: Locale;
  setStatus: (text: string) => void;
}) {
  const { report, t } = props;
  const groups = useMemo(() => groupReport(report), [report]);
  const language = languageOf(report, props.locale);
  return (
    <div class="groups">
      {groups.map((group) => {
        const headingId = `group-${group.verdict}`;
        return (
          <section class={`group group--${group.verdict}`} aria-labelledby={headingId} key={group.verdict}>
            <h2 id={headingId}>
              <span class={`verdict-dot verdict-dot--${group.verdict}`} aria-hidden="true" />
              {t('popupGroup', [verdictLabel(t, group.verdict), String(group.items.length)])}
            </h2>
            <ul class="claims">
              {group.items.map((item) => (
                <ClaimEntry key={item.key} item={item} language={language} {...props} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function ClaimEntry(props: {
  item: ClaimItem;
  port: PopupPort;
  t: Translate;
  locale: Locale;
  /** the page's language: what the dataset's texts are shown in */
  language: ContentLanguage;
  setStatus: (text: string) => void;
}) {
  const { item, t, locale, language } = props;
  const [next, setNext] = useState(0);
  const summary = item.marks[0]!.annotation.claim;
  const claim: ClaimRecord | undefined = item.claim;
  const subject = claim ? datasetText(claim.subject, language) : summary.subject;
  const statement = claim ? datasetText(claim.statement, language) : summary.statement;
  const recordedFigure = claim ? claim.figure : summary;
  const recorded = formatFigure(recordedFigure, locale, t);
  const difference =
    item.pageTexts.length === 1 && item.verdict !== 'consistent'
      ? formatDifference(item.marks[0]!.annotation.figure, recordedFigure, locale, t)
      : undefined;
  const note = datasetText(claim?.note, language);
  const why = item.notes.map((n) => shownNote(n, claim, locale, language));

  const show = async () => {
    const mark = item.marks[next % item.marks.length]!;
    setNext(next + 1);
    const ok = await props.port.showMark(mark.markId).catch(() => false);
    props.setStatus(ok ? '' : t('popupShowFailed'));
  };

  return (
    <li class={`claim claim--${item.verdict}`} data-testid="claim" data-claim-id={item.claimId}>
      <div class="claim-head">
        <h3 class="claim-subject" lang={claim ? language : undefined}>
          {subject}
        </h3>
        <span class={`verdict verdict--${item.verdict}`}>{verdictLabel(t, item.verdict)}</span>
      </div>
      <p class="claim-statement" lang={claim ? language : undefined} data-testid="claim-statement">
        {statement}
      </p>
      <dl class="claim-figures">
        <div>
          <dt>{t('cardOnPage')}</dt>
          <dd data-testid="page-figure">{item.pageTexts.join('; ')}</dd>
        </div>
        <div>
          <dt>{t('cardRecorded')}</dt>
          <dd data-testid="recorded-figure">{recorded}</dd>
        </div>
        {difference && (
          <div>
            <dt>{t('cardDifference')}</dt>
            <dd>{difference}</dd>
          </div>
        )}
      </dl>
      <p class="claim-meta">
        {claim && <span>{t('cardAsOf', [formatDate(claim.asOf, locale)])}</span>}
        {claim && <span>{t('popupRating', [ratingLabel(t, claim.rating)])}</span>}
        {item.marks.length > 1 && <span>{t('popupOccurrences', [String(item.marks.length)])}</span>}
      </p>
      {why.length > 0 && (
        <p class="claim-why">
          <strong>{t('popupMatchNote')}:</strong> {why.join('; ')}
        </p>
      )}
      {note && (
        <p class="claim-note" lang={language}>
          <strong>{t('popupNote')}:</strong> {note}
        </p>
      )}
      <h4 class="sources-heading">{t('cardSources')}</h4>
      {claim && claim.sources.length > 0 ? (
        <ul class="sources">
          {claim.sources.map((source) => (
            <li key={source.url}>
              <span class="source-meta">
                {source.publisher}{' '}
                <span class="source-kind" data-testid="source-kind" title={sourceKindHint(source, t)}>
                  ({sourceKindLabel(source, t)})
                </span>
                {source.published && (
                  <>
                    , <time dateTime={source.published}>{formatDate(source.published, locale)}</time>
                  </>
                )}
                :{' '}
              </span>
              <ExternalLink url={source.url} t={t} testId="source-link">
                {source.title || hostnameOf(source.url) || source.url}
              </ExternalLink>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty-hint">{t('popupNoSources')}</p>
      )}
      <button type="button" class="show-button" data-testid="show-in-page" onClick={() => void show()}>
        {t('popupShowInPage')}
      </button>
    </li>
  );
}

function Footer(props: {
  report: PageReport;
  port: PopupPort;
  t: Translate;
  locale: Locale;
  setStatus: (text: string) => void;
}) {
  const { report, port, t, locale, setStatus } = props;
  const datasets = datasetsOf(report);
  const exportAs = async (format: 'md' | 'csv', action: 'copy' | 'download') => {
    const text = format === 'md' ? toMarkdown(report, locale, t) : toCsv(report, locale, t);
    if (action === 'copy') {
      try {
        await port.copyText(text);
        setStatus(t('popupCopied'));
      } catch (error) {
        setStatus(t('popupCopyFailed', [String((error as Error)?.message ?? error)]));
      }
    } else {
      const filename = exportFilename(report, format);
      port.download(filename, text, format === 'md' ? 'text/markdown' : 'text/csv');
      setStatus(t('popupDownloaded', [filename]));
    }
  };
  return (
    <footer class="popup-footer">
      {report.enabled && (
        <p class="stats" data-testid="stats">
          {statsLine(report.stats, t)}
        </p>
      )}
      {datasets.length > 0 && (
        <p class="datasets" data-testid="datasets">
          {t('popupDatasets', [datasets.map((d) => `${d.name} ${d.version}`).join(', ')])}
        </p>
      )}
      {report.marks.length > 0 && (
        <fieldset class="export">
          <legend>{t('popupExport')}</legend>
          <button type="button" data-testid="copy-markdown" onClick={() => void exportAs('md', 'copy')}>
            {t('popupCopyMarkdown')}
          </button>
          <button type="button" data-testid="copy-csv" onClick={() => void exportAs('csv', 'copy')}>
            {t('popupCopyCsv')}
          </button>
          <button
            type="button"
            data-testid="download-markdown"
            onClick={() => void exportAs('md', 'download')}
          >
            {t('popupDownloadMarkdown')}
          </button>
          <button type="button" data-testid="download-csv" onClick={() => void exportAs('csv', 'download')}>
            {t('popupDownloadCsv')}
          </button>
        </fieldset>
      )}
    </footer>
  );
}
