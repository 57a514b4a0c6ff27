/** The options page: defaults, per-site rules, highlight style, language, datasets, backup. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../contracts/settings';
import { type Locale, localeTag, resolveLocale, type Translate, translator } from '../i18n';
import { BackupSection } from './Backup';
import { Datasets } from './Datasets';
import { General } from './General';
import { PrivacyFooter } from './PrivacyFooter';
import { RecordClaim } from './RecordClaim';
import type { PagePick } from '../../core/claims/pick';
import type { DatasetList, OptionsPort } from '../../contracts/options-port';
import { message, type Notice } from './shared';
import { Sites } from './Sites';

/** Errors shown for a refused file; the rest are counted ("and 15,982 more"): the first ones say what to fix. */
export const MAX_SHOWN_ERRORS = 20;

export interface OptionsProps {
  port: OptionsPort;
  /** the browser's UI language, for language = auto */
  browserLanguage: string;
  /** told when the page's language changes (to set <html lang>) */
  onLocale?: (locale: Locale) => void;
  /**
   * The claim form, opened from the context menu (options.html#record=…): what the page engine read,
   * or undefined when the address held nothing usable. Absent: no form.
   */
  record?: { pick: PagePick | undefined };
  /** today, yyyy-mm-dd (the claim form's dates) */
  today?: string;
}

export function Options({ port, browserLanguage, onLocale, record, today }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [datasets, setDatasets] = useState<DatasetList>({ datasets: [], broken: [] });
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
    <main class="options" lang={localeTag(locale)}>
      <h1>{t('optionsTitle')}</h1>
      {record && (
        <RecordClaim
          port={port}
          t={t}
          locale={locale}
          pick={record.pick}
          today={today ?? new Date().toISOString().slice(0, 10)}
          onSaved={() => void reload()}
        />
      )}
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
            {notice.errors.slice(0, MAX_SHOWN_ERRORS).map((error, i) => (
              <li key={i}>{error}</li>
            ))}
            {notice.errors.length > MAX_SHOWN_ERRORS && (
              <li data-testid="more-errors">
                {t('optionsMoreErrors', [String(notice.errors.length - MAX_SHOWN_ERRORS)])}
              </li>
            )}
          </ul>
        </div>
      )}
      <p class="status" role="status" aria-live="polite" data-testid="options-status">
        {status}
      </p>
      <PrivacyFooter t={t} />
    </main>
  );
}
