/** Options: the reader's imported claims datasets (import, list, remove). */
import { useState } from 'preact/hooks';
import { formatDate } from '../format';
import type { Locale, Translate } from '../i18n';
import type { DatasetSummary, OptionsPort } from './port';
import { JsonFileField } from './JsonFileField';
import { message, type Notice, readChosenFile } from './shared';

export function Datasets(props: {
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
    setBusy(true);
    setStatus('');
    setNotice(undefined);
    const file = await readChosenFile(event, t, setStatus);
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
      <JsonFileField
        id="dataset-file"
        label={t('optionsImportDataset')}
        disabled={busy}
        onFile={(event) => void onFile(event)}
      />
    </section>
  );
}
