import { render } from 'preact';
import bundledDatasets from 'virtual:claims-ids';
import '../../ui/components/base.css';
import '../../ui/options/options.css';
import { validateDataset } from '../../core/claims/schema';
import { createBrowserOptionsPort } from '../../platform/options-port';
import { checkDueSubscriptions } from '../../platform/subscription-client';
import { browserUiLanguage } from '../../platform/ui-locale';
import { localeTag } from '../../ui/i18n';
import { Options } from '../../ui/options/Options';

const port = createBrowserOptionsPort(validateDataset, bundledDatasets);
// subscriptions last checked a day ago or more are checked now (there is no alarm to wake us)
checkDueSubscriptions();

render(
  <Options
    port={port}
    browserLanguage={browserUiLanguage()}
    onLocale={(locale) => {
      document.documentElement.lang = localeTag(locale);
    }}
  />,
  document.getElementById('app')!,
);
