/** Options: on or off by default, highlight style, language, and whether agreeing marks are shown. */
import {
  type HighlightStyle,
  highlightStyles,
  type LanguageSetting,
  type Settings,
} from '../../contracts/settings';
import { Switch } from '../components/Switch';
import type { MessageKey, Translate } from '../i18n';

const STYLE_KEYS: Record<HighlightStyle, MessageKey> = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
  outline: 'optionsStyleOutline',
};

export function General(props: {
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
        {highlightStyles.map((style) => (
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
          <option value="zh_TW" lang="zh-TW">
            {t('optionsLanguageZhHant')}
          </option>
        </select>
      </div>
    </section>
  );
}
