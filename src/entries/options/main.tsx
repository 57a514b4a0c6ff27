import { render } from 'preact';
import bundledIds from 'virtual:claims-ids';
import bundledDatasets from 'virtual:claims-datasets';
import '../../ui/components/base.css';
import '../../ui/options/options.css';
import { pickInHash } from '../../core/claims/pick';
import { parsePick } from '../../ui/options/pick-schema';
import { validateDataset } from '../../core/claims/schema';
import { createBrowserOptionsPort } from '../../platform/options-port';
import { checkDueSubscriptions } from '../../platform/subscription-client';
import { browserUiLanguage } from '../../platform/ui-locale';
import { localeTag } from '../../ui/i18n';
import { Options } from '../../ui/options/Options';

const port = createBrowserOptionsPort(validateDataset, bundledIds, bundledDatasets);
// subscriptions last checked a day ago or more are checked now (there is no alarm to wake us)
checkDueSubscriptions();
// opened from "Record this figure as a claim…": the page's reading is in the address, checked here
const picked = pickInHash(location.hash);
const record = picked === undefined ? undefined : { pick: parsePick(picked) };

render(
  <Options
    port={port}
    browserLanguage={browserUiLanguage()}
    record={record}
    today={new Date().toLocaleDateString('sv')}
    onLocale={(locale) => {
      document.documentElement.lang = localeTag(locale);
    }}
  />,
  document.getElementById('app')!,
);
