/** Options: the reader's imported claims datasets (import, list, remove). */
import { useState } from 'preact/hooks';
import { formatDate } from '../format';
import type { Locale, Translate } from '../i18n';
import type { BrokenDataset, DatasetSummary } from '../../contracts/datasets';
import type { DatasetList, OptionsPort } from '../../contracts/options-port';
import { JsonFileField } from './JsonFileField';
import { message, type Notice, readChosenFile } from './shared';
import { SubscribeForm, SubscriptionDetails } from './Subscriptions';

export function Datasets(props: {
  port: OptionsPort;
  t: Translate;
  locale: Locale;
  datasets: DatasetList;
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
      // "Fix these fields" only where the errors are fields; a file that is not JSON or too big is not
      const title = outcome.problem === 'fields' ? 'optionsImportRefused' : 'optionsImportFailed';
      setNotice({ kind: 'error', title: t(title, [file.name]), errors: outcome.errors });
    }
    await reload();
    setBusy(false);
  };

  const remove = async (dataset: DatasetSummary) => {
    try {
      await port.removeDataset(dataset.id);
      setStatus(t(dataset.subscription ? 'optionsUnsubscribed' : 'optionsRemoved', [dataset.name]));
    } catch (error) {
      setStatus(t('optionsSaveFailed', [message(error)]));
    }
    await reload();
  };

  const exportFile = async (dataset: DatasetSummary) => {
    try {
      const file = await port.exportDataset(dataset.id);
      if (!file) return;
      port.download(file.filename, file.text, 'application/json');
      setStatus(t('optionsExported', [file.filename]));
    } catch (error) {
      setStatus(t('optionsSaveFailed', [message(error)]));
    }
  };

  const removeBroken = async (entry: BrokenDataset) => {
    try {
      await port.removeBrokenDataset(entry.index);
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
                {dataset.subscription ? (
                  <SubscriptionDetails
                    dataset={{ ...dataset, subscription: dataset.subscription }}
                    port={port}
                    t={t}
                    locale={locale}
                    reload={reload}
                    setStatus={setStatus}
                    setNotice={setNotice}
                  />
                ) : (
                  <span class="row-meta">
                    {dataset.origin?.kind === 'recorded'
                      ? t('optionsDatasetRecorded', [
                          dataset.version,
                          String(dataset.claimCount),
                          formatDate(dataset.importedAt.slice(0, 10), locale),
                        ])
                      : t('optionsDatasetMeta', [
                          dataset.version,
                          String(dataset.claimCount),
                          dataset.fileName,
                          formatDate(dataset.importedAt.slice(0, 10), locale),
                        ])}
                  </span>
                )}
              </span>
              <button
                type="button"
                class="danger"
                data-testid={dataset.subscription ? 'unsubscribe' : 'remove-dataset'}
                aria-label={t(dataset.subscription ? 'optionsUnsubscribeLabel' : 'optionsDatasetRemove', [
                  dataset.name,
                ])}
                onClick={() => void remove(dataset)}
              >
                {t(dataset.subscription ? 'optionsUnsubscribe' : 'optionsRemove')}
              </button>
              <button
                type="button"
                data-testid="dataset-export"
                aria-label={t('optionsDatasetExportLabel', [dataset.name])}
                onClick={() => void exportFile(dataset)}
              >
                {t('optionsDatasetExport')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {datasets.broken.length > 0 && (
        <ul class="rows" data-testid="datasets-broken">
          {datasets.broken.map((entry) => (
            <BrokenRow key={entry.index} entry={entry} t={t} remove={() => void removeBroken(entry)} />
          ))}
        </ul>
      )}
      <JsonFileField
        id="dataset-file"
        label={t('optionsImportDataset')}
        disabled={busy}
        onFile={(event) => void onFile(event)}
      />
      <SubscribeForm
        port={port}
        t={t}
        hasSubscriptions={datasets.datasets.some((d) => d.subscription)}
        reload={reload}
        setStatus={setStatus}
        setNotice={setNotice}
      />
    </section>
  );
}

/** A stored entry that cannot be used: what is wrong, and always a way to remove it. */
function BrokenRow(props: { entry: BrokenDataset; t: Translate; remove: () => void }) {
  const { entry, t, remove } = props;
  const name = entry.name ?? entry.id ?? t('optionsBrokenUnnamed');
  return (
    <li class="row warning" data-testid="dataset-broken" data-index={entry.index}>
      <span class="row-main">{t('optionsBroken', [name, entry.problem])}</span>
      <button type="button" class="danger" aria-label={t('optionsBrokenRemove', [name])} onClick={remove}>
        {t('optionsRemove')}
      </button>
    </li>
  );
}
