/** The page's language and script, for the claim texts the card and the popup show. */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { chineseScript, pageLanguage, scriptOnlyCharacters } from '../../../src/core/claims/page-language';

const HANT_TEXT = '阿里巴巴股價收市升9.2%，吳泳銘表示集團資本開支會在3800億元的基礎上增加。';
const HANS_TEXT = '阿里巴巴股价收盘涨9.2%，吴泳铭表示集团资本开支会在3800亿元的基础上增加。';
const EN_TEXT = 'Alibaba shares closed 9.2% higher in Hong Kong after its chief executive Eddie Wu spoke.';

describe('pageLanguage', () => {
  // [html lang, page text, expected, why]
  const ROWS: [string | null, string, string, string][] = [
    ['zh-Hant', HANS_TEXT, 'zh-Hant', 'the script subtag wins over the text'],
    ['zh-TW', '', 'zh-Hant', 'Taiwan writes traditional'],
    ['zh-hk', '', 'zh-Hant', 'Hong Kong writes traditional (any case)'],
    ['zh_MO', '', 'zh-Hant', 'Macau, with an underscore as some sites write it'],
    ['zh-Hans-HK', HANT_TEXT, 'zh-Hans', 'a script subtag wins over the region'],
    ['zh-CN', HANT_TEXT, 'zh-Hans', 'the mainland writes simplified'],
    ['zh-SG', '', 'zh-Hans', 'Singapore writes simplified'],
    ['zh', HANT_TEXT, 'zh-Hant', 'no script in the tag: the text says'],
    ['zh', HANS_TEXT, 'zh-Hans', 'no script in the tag: the text says'],
    ['zh', '市值', 'zh-Hans', 'neither script: simplified, the datasets’ own'],
    ['yue', '', 'zh-Hant', 'Cantonese is written traditional'],
    [null, HANT_TEXT, 'zh-Hant', 'no tag: Chinese in traditional by its text'],
    ['', `${HANS_TEXT} Alibaba (BABA)`, 'zh-Hans', 'no tag: mostly Chinese text, simplified'],
    ['', EN_TEXT, 'en', 'no tag: English text'],
    ['', `${EN_TEXT} 阿里巴巴`, 'en', 'no tag: an English story quoting a Chinese name'],
    ['en', HANT_TEXT, 'en', 'a tag naming another language wins'],
    ['ja', '', 'en', 'no Japanese text in the datasets: English'],
  ];
  it.each(ROWS)('lang=%j %#: %s (%s)', (tag, text, expected) => {
    expect(pageLanguage(tag, () => text)).toBe(expected);
  });

  it('reads the text only when the tag leaves the script open', () => {
    let reads = 0;
    pageLanguage('zh-TW', () => {
      reads++;
      return '';
    });
    expect(reads).toBe(0);
  });
});

describe('chineseScript', () => {
  it.each([
    [HANT_TEXT, 'hant'],
    [HANS_TEXT, 'hans'],
    ['市值3.32萬億港元', 'hant'],
    ['市值', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(chineseScript(text)).toBe(expected);
  });

  // the table is hand-kept: OpenCC's data says each character belongs to one script only
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  it.each([...scriptOnlyCharacters().simplified])(
    '%s is simplified only: it changes in traditional script',
    (ch) => {
      expect(toTraditional(ch)).not.toBe(ch);
    },
  );
  it.each([...scriptOnlyCharacters().traditional])(
    '%s is traditional only: it changes in simplified script',
    (ch) => {
      expect(toSimplified(ch)).not.toBe(ch);
    },
  );
});
