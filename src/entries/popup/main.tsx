import { render } from 'preact';
import '../../ui/components/base.css';
import '../../ui/popup/popup.css';
import { createPopupPort, resolveTabId } from '../../platform/popup-port';
import { loadSettings } from '../../platform/settings';
import { checkDueSubscriptions } from '../../platform/subscription-client';
import { browserUiLanguage } from '../../platform/ui-locale';
import { localeTag, resolveLocale, translator } from '../../ui/i18n';
import { Popup } from '../../ui/popup/Popup';

async function main(): Promise<void> {
  // subscriptions last checked a day ago or more are checked now (there is no alarm to wake us)
  checkDueSubscriptions();
  const [settings, tabId] = await Promise.all([loadSettings(), resolveTabId(location.search)]);
  const locale = resolveLocale(settings.language, browserUiLanguage());
  document.documentElement.lang = localeTag(locale);
  render(
    <Popup port={createPopupPort(tabId)} t={translator(locale)} locale={locale} />,
    document.getElementById('app')!,
  );
}

main().catch((error) => {
  console.error('[ClaimLens] popup failed to start', error);
  document.getElementById('app')!.textContent = String(error);
});
