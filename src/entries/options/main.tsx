import { render } from 'preact';
import * as z from 'zod';
import '../../ui/components/base.css';
import '../../ui/options/options.css';
import { validateDataset } from '../../core/claims/schema';
import { browser } from '../../platform/browser';
import { createOptionsPort } from '../../platform/options-port';
import { Options } from '../../ui/options/Options';

// extension pages forbid eval: zod must not try its compiled fast path
z.config({ jitless: true });

const port = createOptionsPort({
  sync: browser.storage.sync,
  local: browser.storage.local,
  validate: validateDataset,
  onStorageChanged: browser.storage.onChanged,
});

render(
  <Options
    port={port}
    browserLanguage={browser.i18n.getUILanguage()}
    onLocale={(locale) => {
      document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
    }}
  />,
  document.getElementById('app')!,
);
