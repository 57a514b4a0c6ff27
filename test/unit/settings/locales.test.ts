/** The UI's languages: the three catalogues agree, and "auto" picks the script the browser reads. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveLocale, translate } from '../../../src/ui/i18n';

vi.mock('../../../src/platform/browser', () => ({ browser: {} }));
const { readSettings } = await import('../../../src/platform/settings');

const ROOT = resolve(import.meta.dirname, '../../..');
const catalog = (locale: string) =>
  JSON.parse(readFileSync(resolve(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;

describe('the catalogues', () => {
  const en = catalog('en');
  it.each(['zh_CN', 'zh_TW'])('%s has every key of en, with the same placeholders', (locale) => {
    const other = catalog(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      expect(Object.keys(other[key]!.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(entry.placeholders ?? {}).sort(),
      );
    }
  });

  it('zh_TW speaks traditional Chinese, with Taiwan’s words (設定, not 設置)', () => {
    expect(translate('zh_TW', 'popupTitle')).toBe('本頁的說法');
    expect(translate('zh_TW', 'optionsTitle')).toBe('ClaimLens 設定');
    expect(translate('zh_TW', 'cardSources')).toBe('來源');
  });

  it('each language names itself in its own script in every catalogue', () => {
    for (const locale of ['en', 'zh_CN', 'zh_TW'] as const) {
      expect(translate(locale, 'optionsLanguageZh')).toBe('简体中文');
      expect(translate(locale, 'optionsLanguageZhHant')).toBe('繁體中文');
    }
  });
});

describe('resolveLocale on auto', () => {
  // [browser UI language, locale, why]
  const ROWS: [string, string, string][] = [
    ['zh-TW', 'zh_TW', 'Taiwan'],
    ['zh-HK', 'zh_TW', 'Hong Kong'],
    ['zh-MO', 'zh_TW', 'Macau'],
    ['zh-Hant', 'zh_TW', 'the traditional script subtag'],
    ['zh-Hant-HK', 'zh_TW', 'script and region'],
    ['zh_TW', 'zh_TW', 'as Firefox may write it'],
    ['zh-CN', 'zh_CN', 'the mainland'],
    ['zh', 'zh_CN', 'Chinese without a script: simplified'],
    ['zh-SG', 'zh_CN', 'Singapore writes simplified'],
    ['zh-Hans-HK', 'zh_CN', 'simplified script in Hong Kong'],
    ['en-US', 'en', 'English'],
    ['ja', 'en', 'no Japanese catalogue'],
  ];
  it.each(ROWS)('%s -> %s (%s)', (browserLanguage, expected) => {
    expect(resolveLocale('auto', browserLanguage)).toBe(expected);
  });

  it('a chosen language wins over the browser', () => {
    expect(resolveLocale('zh_TW', 'en-US')).toBe('zh_TW');
    expect(resolveLocale('en', 'zh-TW')).toBe('en');
  });
});

describe('the language setting', () => {
  // [stored, read, why]
  const ROWS: [string, string, string][] = [
    ['zh_TW', 'zh_TW', 'the new choice is kept'],
    ['zh-TW', 'zh_TW', 'a tag as a hand-written backup may give it'],
    ['zh-HK', 'zh_TW', 'Hong Kong reads traditional'],
    ['zh-Hant', 'zh_TW', 'the script subtag'],
    ['zh_CN', 'zh_CN', 'simplified is unchanged'],
    ['zh', 'zh_CN', 'plain Chinese stays simplified, as before'],
  ];
  it.each(ROWS)('%s -> %s (%s)', (stored, expected) => {
    expect(readSettings({ language: stored }).language).toBe(expected);
  });
});
