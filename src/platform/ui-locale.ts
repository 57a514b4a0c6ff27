/** The browser's UI language (e.g. "zh-CN"), for the "auto" language setting; "en" where it cannot be read. */
import { browser } from './browser';

export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language ?? 'en';
  }
}
