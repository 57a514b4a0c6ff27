/**
 * UI strings from `_locales`. Both catalogues are bundled (they are small) because the reader may pick
 * a language other than the browser's, which `browser.i18n.getMessage` cannot do.
 */
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';

export type Locale = 'en' | 'zh_CN';
export type MessageKey = keyof typeof en;

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalog = Record<string, CatalogEntry>;

const CATALOGS: Record<Locale, Catalog> = { en, zh_CN: zhCN };

/** 'auto' follows the browser's UI language: any Chinese variant reads the Simplified catalogue. */
export function resolveLocale(preference: 'auto' | Locale, browserLanguage: string): Locale {
  if (preference !== 'auto') return preference;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

export function translate(locale: Locale, key: MessageKey, substitutions: readonly string[] = []): string {
  const entry = CATALOGS[locale][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(placeholder.content.replace('$', '')) - 1;
    text = text.replaceAll(`$${name.toUpperCase()}$`, substitutions[index] ?? '');
  }
  return text;
}

export type Translate = (key: MessageKey, substitutions?: readonly string[]) => string;

export function translator(locale: Locale): Translate {
  return (key, substitutions) => translate(locale, key, substitutions);
}
