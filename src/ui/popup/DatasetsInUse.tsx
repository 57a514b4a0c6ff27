/** The popup's list of the datasets in use: each with its version, where it came from and, for a subscription, its last check. */
import { formatDate } from '../format';
import type { Locale, Translate } from '../i18n';
import type { DatasetInUseRow } from '../../contracts/popup-port';

function origin(row: DatasetInUseRow, t: Translate, locale: Locale): string {
  switch (row.kind) {
    case 'bundled':
      return t('popupDatasetBundled');
    case 'file':
      return t('popupDatasetImported');
    case 'recorded':
      return t('popupDatasetRecorded');
    case 'subscription': {
      const parts = [
        row.checkedAt === undefined
          ? t('popupDatasetNeverChecked')
          : t('popupDatasetSubscribed', [
              formatDate(new Date(row.checkedAt).toISOString().slice(0, 10), locale),
            ]),
      ];
      if (row.checkFailed) parts.push(t('popupDatasetCheckFailed'));
      if (row.pendingVersion) parts.push(t('popupDatasetUpdate', [row.pendingVersion]));
      return parts.join(' · ');
    }
  }
}

export function DatasetsInUse(props: { rows: DatasetInUseRow[]; t: Translate; locale: Locale }) {
  const { rows, t, locale } = props;
  if (rows.length === 0) return null;
  return (
    <section class="datasets-in-use" aria-labelledby="datasets-in-use-heading" data-testid="datasets-in-use">
      <h2 id="datasets-in-use-heading">{t('popupDatasetsInUse')}</h2>
      <ul>
        {rows.map((row) => (
          <li key={row.id} data-testid="dataset-in-use" data-dataset-id={row.id} data-kind={row.kind}>
            <span class="dataset-name">
              {row.name} {row.version}
            </span>{' '}
            <span class="dataset-origin">{origin(row, t, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
