/** The options page: defaults, per-site rules, highlight style, language, datasets, backup. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HighlightStyle, LanguageSetting, Settings } from '../../platform/settings';
import { Switch } from '../components/Switch';
import { formatDate } from '../format';
import { type Locale, type MessageKey, resolveLocale, type Translate, translator } from '../i18n';
import type { DatasetSummary, OptionsPort } from './port';

export interface OptionsProps {
  port: OptionsPort;
  /** the browser's UI language, for language = auto */
  browserLanguage: string;
  /** told when the page's language changes (to set <html lang>) */
  onLocale?: (locale: Locale) => void;
}

type Notice = { kind: 'ok'; text: string } | { kind: 'error'; title: string; errors: string[] };

const STYLE_KEYS: Record<HighlightStyle, MessageKey> = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
  outline: 'optionsStyleOutline',
};

const HIGHLIGHT_STYLES = Object.keys(STYLE_KEYS) as HighlightStyle[];

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function Options({ port, browserLanguage, onLocale }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [datasets, setDatasets] = useState<{ datasets: DatasetSummary[]; unreadable: number }>({
    datasets: [],
    unreadable: 0,
  });
  const [status, setStatus] = useState('');
  const [notice, setNotice] = useState<Notice | undefined>();

  const locale = resolveLocale(settings?.language ?? 'auto', browserLanguage);
  const t: Translate = translator(locale);

  const reload = useCallback(async () => {
    const [s, d] = await Promise.all([port.loadSettings(), port.listDatasets()]);
    setSettings(s);
    setDatasets(d);
  }, [port]);

  useEffect(() => {
    void reload();
    return port.onExternalChange(() => void reload());
  }, [port, reload]);

  useEffect(() => {
    onLocale?.(locale);
  }, [locale, onLocale]);

  if (!settings) {
    return (
      <main class="options" aria-busy="true">
        <p>{t('optionsLoading')}</p>
      </main>
    );
  }

  const save = async (patch: Partial<Settings>) => {
    const previous = settings;
    setSettings({ ...settings, ...patch });
    try {
      await port.saveSettings(patch);
      setStatus(t('optionsSaved'));
    } catch (error) {
      setSettings(previous);
      setStatus(t('optionsSaveFailed', [message(error)]));
    }
  };

  return (
    <main class="options" lang={locale === 'zh_CN' ? 'zh-CN' : 'en'}>
      <h1>{t('optionsTitle')}</h1>
      <General settings={settings} t={t} save={save} />
      <Sites settings={settings} t={t} save={save} siteKey={port.siteKey} />
      <Datasets
        port={port}
        t={t}
        locale={locale}
        datasets={datasets}
        reload={reload}
        setStatus={setStatus}
        setNotice={setNotice}
      />
      <BackupSection port={port} t={t} reload={reload} setStatus={setStatus} setNotice={setNotice} />
      {notice?.kind === 'error' && (
        <div class="notice notice--error" role="alert" data-testid="import-errors">
          <p class="notice-title">{notice.title}</p>
          <ul>
            {notice.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="status" role="status" aria-live="polite" data-testid="options-status">
        {status}
      </p>
    </main>
  );
}

function General(props: {
  settings: Settings;
  t: Translate;
  save: (patch: Partial<Settings>) => Promise<void>;
}) {
  const { settings, t, save } = props;
  return (
    <section aria-labelledby="general-heading" class="card">
      <h2 id="general-heading">{t('optionsGeneral')}</h2>
      <div class="field">
        <Switch
          id="enabled-by-default"
          testId="enabled-by-default"
          label={t('optionsEnabledByDefault')}
          checked={settings.enabledByDefault}
          onChange={(checked) => void save({ enabledByDefault: checked })}
        />
      </div>
      <div class="field">
        <Switch
          id="show-consistent"
          testId="show-consistent"
          label={t('optionsShowConsistent')}
          checked={settings.showConsistent}
          onChange={(checked) => void save({ showConsistent: checked })}
        />
      </div>
      <fieldset class="field styles">
        <legend>{t('optionsHighlightStyle')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="style-choice">
            <input
              type="radio"
              name="highlight-style"
              value={style}
              data-testid={`style-${style}`}
              checked={settings.highlightStyle === style}
              onChange={() => void save({ highlightStyle: style })}
            />
            <span>{t(STYLE_KEYS[style])}</span>
            <span class={`style-sample style-sample--${style}`} aria-hidden="true">
              {t('optionsStyleSample')}
            </span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="language">{t('optionsLanguage')}</label>{' '}
        <select
          id="language"
          data-testid="language"
          value={settings.language}
          onChange={(event) =>
            void save({ language: (event.currentTarget as HTMLSelectElement).value as LanguageSetting })
          }
        >
          <option value="auto">{t('optionsLanguageAuto')}</option>
          <option value="en" lang="en">
            {t('optionsLanguageEn')}
          </option>
          <option value="zh_CN" lang="zh-CN">
            {t('optionsLanguageZh')}
          </option>
        </select>
      </div>
    </section>
  );
}

function Sites(props: {
  settings: Settings;
  t: Translate;
  save: (patch: Partial<Settings>) => Promise<void>;
  siteKey: (input: string) => string | undefined;
}) {
  const { settings, t, save, siteKey } = props;
  const [input, setInput] = useState('');
  const [choice, setChoice] = useState<'on' | 'off'>('off');
  const [error, setError] = useState('');
  const entries = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  const setRule = (site: string, on: boolean | undefined) => {
    const sites = { ...settings.sites };
    if (on === undefined) delete sites[site];
    else sites[site] = on;
    void save({ sites });
  };

  const add = (event: Event) => {
    event.preventDefault();
    const site = siteKey(input);
    if (!site) {
      setError(t('optionsSiteInvalid', [input.trim()]));
      return;
    }
    setError('');
    setInput('');
    setRule(site, choice === 'on');
  };

  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">{t('optionsSites')}</h2>
      <p class="hint">{t('optionsSitesHint')}</p>
      {entries.length === 0 ? (
        <p class="empty" data-testid="sites-empty">
          {t('optionsSitesEmpty')}
        </p>
      ) : (
        <ul class="rows" data-testid="site-list">
          {entries.map(([site, on]) => (
            <li key={site} class="row" data-testid="site-rule" data-site={site}>
              <span class="row-main">{site}</span>
              <select
                aria-label={t('optionsSiteRule', [site])}
                value={on ? 'on' : 'off'}
                onChange={(event) => setRule(site, (event.currentTarget as HTMLSelectElement).value === 'on')}
              >
                <option value="on">{t('optionsSiteOn')}</option>
                <option value="off">{t('optionsSiteOff')}</option>
              </select>
              <button
                type="button"
                aria-label={t('optionsSiteRemove', [site])}
                onClick={() => setRule(site, undefined)}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-input">{t('optionsSiteInput')}</label>
        <input
          id="site-input"
          data-testid="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(event) => setInput((event.currentTarget as HTMLInputElement).value)}
        />
        <select
          aria-label={t('optionsSiteRule', [input.trim() || 'example.com'])}
          value={choice}
          onChange={(event) => setChoice((event.currentTarget as HTMLSelectElement).value as 'on' | 'off')}
        >
          <option value="off">{t('optionsSiteOff')}</option>
          <option value="on">{t('optionsSiteOn')}</option>
        </select>
        <button type="submit" class="primary" data-testid="site-add">
          {t('optionsSiteAdd')}
        </button>
        {error && (
          <p id="site-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

async function readFile(input: HTMLInputElement): Promise<{ name: string; text: string } | undefined> {
  const file = input.files?.[0];
  if (!file) return undefined;
  const text = await file.text();
  input.value = '';
  return { name: file.name, text };
}

function Datasets(props: {
  port: OptionsPort;
  t: Translate;
  locale: Locale;
  datasets: { datasets: DatasetSummary[]; unreadable: number };
  reload: () => Promise<void>;
  setStatus: (text: string) => void;
  setNotice: (notice: Notice | undefined) => void;
}) {
  const { port, t, locale, datasets, reload, setStatus, setNotice } = props;
  const [busy, setBusy] = useState(false);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    setBusy(true);
    setStatus('');
    setNotice(undefined);
    let file: { name: string; text: string } | undefined;
    try {
      file = await readFile(input);
    } catch (error) {
      setStatus(t('optionsReadFailed', [input.files?.[0]?.name ?? '', message(error)]));
      setBusy(false);
      return;
    }
    if (!file) {
      setBusy(false);
      return;
    }
    const outcome = await port.importDataset(file.name, file.text);
    if (outcome.ok) {
      const d = outcome.dataset;
      setStatus(
        t(outcome.replaced ? 'optionsReplaced' : 'optionsImported', [
          d.name,
          d.version,
          String(d.claimCount),
        ]),
      );
    } else {
      setNotice({ kind: 'error', title: t('optionsImportRefused', [file.name]), errors: outcome.errors });
    }
    await reload();
    setBusy(false);
  };

  const remove = async (dataset: DatasetSummary) => {
    try {
      await port.removeDataset(dataset.id);
      setStatus(t('optionsRemoved', [dataset.name]));
    } catch (error) {
      setStatus(t('optionsSaveFailed', [message(error)]));
    }
    await reload();
  };

  return (
    <section aria-labelledby="datasets-heading" class="card">
      <h2 id="datasets-heading">{t('optionsDatasets')}</h2>
      <p class="hint">{t('optionsDatasetsHint')}</p>
      {datasets.datasets.length === 0 ? (
        <p class="empty" data-testid="datasets-empty">
          {t('optionsDatasetsEmpty')}
        </p>
      ) : (
        <ul class="rows" data-testid="dataset-list">
          {datasets.datasets.map((dataset) => (
            <li key={dataset.id} class="row" data-testid="dataset" data-dataset-id={dataset.id}>
              <span class="row-main">
                <strong>{dataset.name}</strong>
                <span class="row-meta">
                  {t('optionsDatasetMeta', [
                    dataset.version,
                    String(dataset.claimCount),
                    dataset.fileName,
                    formatDate(dataset.importedAt.slice(0, 10), locale),
                  ])}
                </span>
              </span>
              <button
                type="button"
                class="danger"
                aria-label={t('optionsDatasetRemove', [dataset.name])}
                onClick={() => void remove(dataset)}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {datasets.unreadable > 0 && (
        <p class="warning" data-testid="datasets-unreadable">
          {t('optionsUnreadable', [String(datasets.unreadable)])}{' '}
          <button type="button" onClick={() => void port.removeUnreadableDatasets().then(reload)}>
            {t('optionsRemoveUnreadable')}
          </button>
        </p>
      )}
      <div class="field file-field">
        <label for="dataset-file">{t('optionsImportDataset')}</label>
        <input
          id="dataset-file"
          data-testid="dataset-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => void onFile(event)}
        />
      </div>
    </section>
  );
}

function BackupSection(props: {
  port: OptionsPort;
  t: Translate;
  reload: () => Promise<void>;
  setStatus: (text: string) => void;
  setNotice: (notice: Notice | undefined) => void;
}) {
  const { port, t, reload, setStatus, setNotice } = props;

  const exportAll = async () => {
    setNotice(undefined);
    try {
      const { filename, text } = await port.exportAll();
      port.download(filename, text, 'application/json');
      setStatus(t('optionsExported', [filename]));
    } catch (error) {
      setStatus(t('optionsSaveFailed', [message(error)]));
    }
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    setStatus('');
    setNotice(undefined);
    let file: { name: string; text: string } | undefined;
    try {
      file = await readFile(input);
    } catch (error) {
      setStatus(t('optionsReadFailed', [input.files?.[0]?.name ?? '', message(error)]));
      return;
    }
    if (!file) return;
    const outcome = await port.importAll(file.name, file.text);
    if (outcome.ok) {
      const parts = [t('optionsRestored', [String(outcome.datasets)])];
      if (outcome.ignoredSettings.length > 0)
        parts.push(t('optionsRestoreIgnored', [outcome.ignoredSettings.join(', ')]));
      setStatus(parts.join(' '));
    } else {
      setNotice({ kind: 'error', title: t('optionsRestoreRefused', [file.name]), errors: outcome.errors });
    }
    await reload();
  };

  return (
    <section aria-labelledby="backup-heading" class="card">
      <h2 id="backup-heading">{t('optionsBackup')}</h2>
      <p class="hint">{t('optionsBackupHint')}</p>
      <div class="field">
        <button type="button" data-testid="export-all" onClick={() => void exportAll()}>
          {t('optionsExportAll')}
        </button>
      </div>
      <div class="field file-field">
        <label for="backup-file">{t('optionsImportAll')}</label>
        <input
          id="backup-file"
          data-testid="backup-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void onFile(event)}
        />
      </div>
    </section>
  );
}
