/**
 * The notes the matcher writes are in the reader's script: simplified under zh_CN, traditional under
 * zh_TW (issue 11). Each traditional sentence and word is the OpenCC standard form of the simplified
 * one, so the two tables cannot drift apart.
 */
import { describe, expect, test } from 'vitest';
import { annotationNote } from '../../../src/core/claims/content-text';
import { CHINESE_WORDS, figureForNote } from '../../../src/core/claims/format';
import { createMatcher } from '../../../src/core/claims/matcher';
import { NOTE_TEXTS } from '../../../src/core/claims/notes';
import { readFigures } from '../../../src/core/read-figures';
import { openccConverter } from '../../../src/platform/opencc-converter';
import { matcherLanguage } from '../../../src/ui/i18n';
import { bundledIndex } from './helpers';

const converter = openccConverter();
const hant = (simplified: string) => converter.toTraditional(simplified);

describe('the traditional tables are the OpenCC forms of the simplified ones', () => {
  test.each(Object.keys(NOTE_TEXTS.zh.flags) as (keyof typeof NOTE_TEXTS.zh.flags)[])('flag %s', (flag) => {
    expect(NOTE_TEXTS['zh-Hant'].flags[flag]).toBe(hant(NOTE_TEXTS.zh.flags[flag]));
  });
  test('the differs and bound sentences', () => {
    expect(NOTE_TEXTS['zh-Hant'].differs('A', 'B', 'C')).toBe(hant(NOTE_TEXTS.zh.differs('A', 'B', 'C')));
    expect(NOTE_TEXTS['zh-Hant'].withinBound('B')).toBe(hant(NOTE_TEXTS.zh.withinBound('B')));
  });
  test('the words of a recorded figure', () => {
    expect(JSON.parse(hant(JSON.stringify(CHINESE_WORDS.zh)))).toEqual(CHINESE_WORDS['zh-Hant']);
  });
  test('a recorded figure in traditional script', () => {
    const figure = { kind: 'money', value: 380e9, unit: 'CNY', approx: 'over' } as const;
    expect(figureForNote(figure, 'zh-Hant')).toBe(hant(figureForNote(figure, 'zh')));
  });
});

describe("the matcher's notes in the reader's script", () => {
  const index = bundledIndex();
  const noteOf = (locale: 'en' | 'zh_CN' | 'zh_TW', block: string) => {
    const matcher = createMatcher(index, { lang: matcherLanguage(locale), pageDate: '2025-09-25' });
    return matcher.match(block, readFigures(block)).map((a) => a.note);
  };
  // [why, locale, block, notes]
  const CASES: [string, 'en' | 'zh_CN' | 'zh_TW', string, (string | undefined)[]][] = [
    [
      'a bare amount: the note says the page did not state the unit, in English',
      'en',
      'Alibaba will invest 380 billion in AI infrastructure.',
      ['The page does not state the unit; read in the claim\u2019s currency.'],
    ],
    [
      '简体界面：简体说明',
      'zh_CN',
      '阿里巴巴推进三年3800亿AI基础设施建设计划。',
      ['页面未写明单位，按记录的币种理解。'],
    ],
    [
      '繁體界面：繁體說明',
      'zh_TW',
      '阿里巴巴推進三年3800億AI基礎設施建設計劃。',
      ['頁面未寫明單位，按記錄的幣種理解。'],
    ],
    [
      '不符的说明用简体',
      'zh_CN',
      '阿里巴巴将投资4800亿元建设AI基础设施。',
      ['页面：4800亿元；记录：超过3800亿元（截至2025-02-24）'],
    ],
    [
      '不符的說明用繁體',
      'zh_TW',
      '阿里巴巴將投資4800億元建設AI基礎設施。',
      ['頁面：4800億元；記錄：超過3800億元（截至2025-02-24）'],
    ],
  ];
  test.each(CASES)('%s', (_why, locale, block, notes) => {
    expect(noteOf(locale, block)).toEqual(notes);
  });

  test("a variant's note written in traditional is still known as the dataset's, and shown in the page's script", () => {
    const record = index.claims.find((c) => c.record.variants?.some((v) => v.note.zhHant))!.record;
    const variant = record.variants!.find((v) => v.note.zhHant)!.note;
    const claim = { ...record, dataset: { id: 'd', name: 'd', version: '1' } };
    expect(annotationNote(variant.zhHant!, claim, 'zh-Hant', 'en')).toBe(variant.en);
    expect(annotationNote(variant.zhHant!, claim, 'zh-Hant', 'zh-Hans')).toBe(variant.zhHans ?? variant.zh);
  });
});
