/**
 * UI strings from `_locales`. Both catalogues are bundled (they are small) because the reader may pick
 * a language other than the browser's, which `browser.i18n.getMessage` cannot do.
 */
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import zhTW from '../../public/_locales/zh_TW/messages.json';
import type { LanguageSetting } from '../contracts/settings';
import type { Lang } from '../core/claims/format';
import type { ContentLanguage } from '../core/claims/page-language';

/** A UI language: the language setting once 'auto' is resolved. */
export type Locale = Exclude<LanguageSetting, 'auto'>;
export type MessageKey = keyof typeof en;

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalog = Record<string, CatalogEntry>;

const CATALOGS: Record<Locale, Catalog> = { en, zh_CN: zhCN, zh_TW: zhTW };

/** Chinese written in traditional script: Taiwan, Hong Kong, Macau, or a Hant script subtag. */
const TRADITIONAL_CHINESE = /^zh[-_](?:hant|tw|hk|mo)\b/;

/**
 * 'auto' follows the browser's UI language: traditional Chinese (zh-TW, zh-HK, zh-MO, zh-Hant) reads
 * the Traditional catalogue, any other Chinese the Simplified one.
 */
export function resolveLocale(preference: 'auto' | Locale, browserLanguage: string): Locale {
  if (preference !== 'auto') return preference;
  const lower = browserLanguage.toLowerCase();
  if (TRADITIONAL_CHINESE.test(lower)) return 'zh_TW';
  return lower.startsWith('zh') ? 'zh_CN' : 'en';
}

/**
 * What each UI locale stands for elsewhere: its BCP 47 tag (`lang` attributes, number and date
 * formats), the language the matcher writes its notes in (English or Chinese), and the dataset
 * texts that read like it where the page's own language is not known.
 */
const LOCALE_FORMS: Record<Locale, { tag: string; matcher: Lang; content: ContentLanguage }> = {
  en: { tag: 'en', matcher: 'en', content: 'en' },
  zh_CN: { tag: 'zh-CN', matcher: 'zh', content: 'zh-Hans' },
  zh_TW: { tag: 'zh-TW', matcher: 'zh-Hant', content: 'zh-Hant' },
};

/** The BCP 47 tag of a UI locale, for `lang` attributes and date formats. */
export function localeTag(locale: Locale): string {
  return LOCALE_FORMS[locale].tag;
}

/** The language the matcher writes its notes in for a UI locale: English, simplified or traditional Chinese. */
export function matcherLanguage(locale: Locale): Lang {
  return LOCALE_FORMS[locale].matcher;
}

/** The content language that reads like the UI: where the page's own language is not known. */
export function localeContentLanguage(locale: Locale): ContentLanguage {
  return LOCALE_FORMS[locale].content;
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
