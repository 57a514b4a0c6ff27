import { render } from 'preact';
import bundledDatasets from 'virtual:claims-ids';
import '../../ui/components/base.css';
import '../../ui/options/options.css';
import { validateDataset } from '../../core/claims/schema';
import { createBrowserOptionsPort } from '../../platform/options-port';
import { browserUiLanguage } from '../../platform/ui-locale';
import { Options } from '../../ui/options/Options';

const port = createBrowserOptionsPort(validateDataset, bundledDatasets);

render(
  <Options
    port={port}
    browserLanguage={browserUiLanguage()}
    onLocale={(locale) => {
      document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
    }}
  />,
  document.getElementById('app')!,
);
