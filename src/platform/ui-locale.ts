/** The UI language of extension pages: the reader's setting, else the browser's UI language. */
import { type Locale, resolveLocale } from '../ui/i18n';
import { browser } from './browser';
import type { LanguageSetting } from './settings';

export function uiLocale(preference: LanguageSetting): Locale {
  let browserLanguage = 'en';
  try {
    browserLanguage = browser.i18n.getUILanguage();
  } catch {
    browserLanguage = globalThis.navigator?.language ?? 'en';
  }
  return resolveLocale(preference, browserLanguage);
}
