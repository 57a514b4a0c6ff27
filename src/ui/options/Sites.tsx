/** Options: the per-site rules (on or off for a site, whatever the default). */
import { useState } from 'preact/hooks';
import type { Settings } from '../../contracts/settings';
import type { Translate } from '../i18n';

export function Sites(props: {
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
