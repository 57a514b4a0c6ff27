/** Options: export all settings and imported datasets as one file, and restore from it. */
import type { Translate } from '../i18n';
import type { OptionsPort } from '../../contracts/options-port';
import { JsonFileField } from './JsonFileField';
import { message, type Notice, readChosenFile } from './shared';

/** skipped site rules named in the status line; the count says how many there were */
const MAX_LISTED_SITES = 5;

export function BackupSection(props: {
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
    setStatus('');
    setNotice(undefined);
    const file = await readChosenFile(event, t, setStatus);
    if (!file) return;
    const outcome = await port.importAll(file.name, file.text);
    if (outcome.ok) {
      const parts = [t('optionsRestored', [String(outcome.datasets), String(outcome.siteRules)])];
      if (outcome.ignoredSettings.length > 0)
        parts.push(t('optionsRestoreIgnored', [outcome.ignoredSettings.join(', ')]));
      if (outcome.skippedSites.length > 0) {
        const shown = outcome.skippedSites.slice(0, MAX_LISTED_SITES).map((host) => JSON.stringify(host));
        if (outcome.skippedSites.length > MAX_LISTED_SITES) shown.push('…');
        parts.push(t('optionsRestoreSkippedSites', [String(outcome.skippedSites.length), shown.join(', ')]));
      }
      setStatus(parts.join(' '));
    } else {
      const title = outcome.problem === 'partial' ? 'optionsRestorePartial' : 'optionsRestoreRefused';
      setNotice({ kind: 'error', title: t(title, [file.name]), errors: outcome.errors });
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
      <JsonFileField id="backup-file" label={t('optionsImportAll')} onFile={(event) => void onFile(event)} />
    </section>
  );
}
