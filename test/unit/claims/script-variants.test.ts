/**
 * Aliases and topic words in both Chinese scripts, converted when the dataset is compiled
 * (script-variants.ts, with OpenCC's data through src/platform/opencc-converter.ts), and the shown texts in the
 * other script: what a Hong Kong or Taiwan paper writes is found with no conversion in the page.
 */
import { describe, expect, it } from 'vitest';
import { compileDatasets } from '../../../src/core/claims/compile';
import { annotationNote, contentText } from '../../../src/core/claims/content-text';
import { createMatcher } from '../../../src/core/claims/matcher';
import { openccConverter } from '../../../src/platform/opencc-converter';
import {
  compiledText,
  mergeTables,
  recordingConverter,
  type ScriptConverter,
  tableConverter,
  withScriptForms,
} from '../../../src/core/claims/script-variants';
import { findFigures } from '../../../src/core/figures';
import { bundled } from './helpers';

const opencc = openccConverter();
const index = compileDatasets([bundled()], opencc);
const plain = compileDatasets([bundled()]);
const aliases = (id: string) => index.subjects.find((s) => s.id === id)?.aliases ?? [];
const topics = (id: string) => index.claims.find((c) => c.record.id === id)?.topics ?? [];

describe('the bundled dataset compiled with OpenCC', () => {
  // [subject, form a Hong Kong or Taiwan paper writes, why]
  const ALIASES: [string, string, string][] = [
    ['alibaba', '吳泳銘', "the CEO's name in traditional characters"],
    ['alibaba', '阿里集團', '集团 -> 集團'],
    ['alibaba-cloud', '阿里雲', '云 -> 雲'],
    ['qwen', '通義千問', 'the model family in traditional characters'],
    ['qwen', '通義', 'its short name'],
  ];
  it.each(ALIASES)('%s has the alias %s (%s)', (subject, form) => {
    expect(aliases(subject)).toContain(form);
  });

  // [claim, topic word as HK/TW papers write it, why]
  const TOPICS: [string, string, string][] = [
    ['baba-hk-0924', '股價', 'share price'],
    ['baba-hk-0924', '收盤', 'the close, as Taiwan writes it'],
    ['baba-hk-0924', '收市', 'the close, as Hong Kong writes it (both scripts alike)'],
    ['baba-hk-0924', '收漲', 'closed up: 涨 -> 漲'],
    ['baba-hk-0924', '大漲', 'jumped: 涨 -> 漲'],
    ['capex-380', '資本開支', 'capital expenditure, Hong Kong'],
    ['capex-380', '投資', 'invest'],
    ['capex-jun25', '資本支出', 'capital expenditure, Taiwan'],
    ['energy-2032', '數據中心', 'data centre, Hong Kong'],
    ['energy-2032', '資料中心', "data centre, Taiwan's own phrase (OpenCC's phrase converter)"],
    ['energy-2032', '用電', 'power use: 电 -> 電'],
    ['qwen-dl', '下載', 'downloads'],
    ['cloud-sep25', '雲業務', 'cloud business'],
  ];
  it.each(TOPICS)('%s has the topic word %s (%s)', (claim, form) => {
    expect(topics(claim)).toContain(form);
  });

  it('keeps every phrase as written, first, and adds no duplicate', () => {
    const before = plain.subjects.find((s) => s.id === 'alibaba')!.aliases;
    expect(aliases('alibaba').slice(0, before.length)).toEqual(before);
    for (const s of index.subjects) expect(new Set(s.aliases).size).toBe(s.aliases.length);
    for (const c of index.claims) expect(new Set(c.topics).size).toBe(c.topics.length);
  });

  it('shows the statements and notes in traditional script too, characters only', () => {
    const capex = index.claims.find((c) => c.record.id === 'capex-380')!.record;
    expect(capex.statement.zh).toBe(
      plain.claims.find((c) => c.record.id === 'capex-380')!.record.statement.zh,
    );
    expect(capex.statement.zhHant).toMatch(/億/);
    expect(capex.statement.zhHant).not.toMatch(/亿/);
    expect(capex.subject.zhHant).toBe('阿里巴巴集團');
  });

  it('is unchanged without a converter (an imported dataset compiled with no record of one)', () => {
    expect(plain.subjects.find((s) => s.id === 'alibaba')!.aliases).not.toContain('吳泳銘');
    expect(plain.claims[0]!.record.statement.zhHant).toBeUndefined();
  });
});

describe('the matcher finds traditional pages only through the compiled forms', () => {
  // [block, expected with the converter, why]
  const ROWS: [string, string[], string][] = [
    [
      '吳泳銘稱，未來三年將投資3800億元建設雲和AI基礎設施。',
      ['3800億元 -> capex-380 consistent'],
      'the subject is named only by its CEO, in traditional characters',
    ],
    [
      '通義千問開源以來，已有超過十萬個衍生模型。',
      ['十萬 -> qwen-deriv needs-context'],
      'the model family in traditional characters',
    ],
  ];
  it.each(ROWS)('%s', (block, expected) => {
    const found = (i: typeof index) =>
      createMatcher(i)
        .match(block, findFigures(block))
        .map((a) => `${a.text} -> ${a.claim.id} ${a.verdict}`);
    expect(found(index)).toEqual(expected);
    expect(found(plain)).toEqual([]);
  });
});

describe('OpenCC forms', () => {
  // [phrase, a form it must give, why]
  const ROWS: [string, string, string][] = [
    ['数据中心', '資料中心', "Taiwan's phrase"],
    ['数据中心', '數據中心', 'Hong Kong keeps the phrase'],
    ['吳泳銘', '吴泳铭', 'a phrase written traditional gets its simplified form'],
    ['資料中心', '数据中心', "Taiwan's phrase back to the mainland's"],
    ['資料中心', '數據中心', '… and from there to Hong Kong’s'],
  ];
  it.each(ROWS)('%s -> %s (%s)', (phrase, form) => {
    expect(opencc.forms(phrase)).toContain(form);
    expect(opencc.forms(phrase)).not.toContain(phrase);
  });

  it('a phrase without Chinese characters is left alone', () => {
    expect(withScriptForms(['Alibaba', 'BABA'], opencc)).toEqual(['Alibaba', 'BABA']);
  });
});

describe('shown text in the other script', () => {
  const converter: ScriptConverter = {
    forms: () => [],
    toTraditional: (t) => t.replaceAll('亿', '億'),
    toSimplified: (t) => t.replaceAll('這', '这').replaceAll('億', '亿'),
  };
  // [text, expected compiled text, why]
  const ROWS: [{ en: string; zh: string }, object, string][] = [
    [
      { en: 'a', zh: '3800亿元' },
      { en: 'a', zh: '3800亿元', zhHant: '3800億元' },
      'simplified gets traditional',
    ],
    [
      { en: 'a', zh: '這是3800億元' },
      { en: 'a', zh: '這是3800億元', zhHans: '这是3800亿元' },
      'traditional (by its script-only characters) gets simplified',
    ],
    [{ en: 'a', zh: '市值' }, { en: 'a', zh: '市值' }, 'the same in both scripts: nothing added'],
  ];
  it.each(ROWS)('%j -> %j (%s)', (text, expected) => {
    expect(compiledText(text, converter)).toEqual(expected);
  });

  // [language, expected, why]
  const PICK: [Parameters<typeof contentText>[1], string, string][] = [
    ['en', 'Alibaba', 'English'],
    ['zh-Hans', '阿里巴巴集团', 'as written'],
    ['zh-Hant', '阿里巴巴集團', 'converted at compile time'],
  ];
  it.each(PICK)('contentText(%s) = %s (%s)', (language, expected) => {
    expect(contentText({ en: 'Alibaba', zh: '阿里巴巴集团', zhHant: '阿里巴巴集團' }, language)).toBe(
      expected,
    );
  });

  it('a variant note the matcher wrote in the reader’s language is shown in the page’s; its own notes stay', () => {
    const record = index.claims.find((c) => c.record.variants?.length)!.record;
    const variant = record.variants![0]!.note;
    const claim = { ...record, dataset: { id: 'd', name: 'd', version: '1' } };
    expect(annotationNote(variant.en, claim, 'en', 'zh-Hant')).toBe(variant.zhHant ?? variant.zh);
    expect(annotationNote('Page: 8%; recorded: up 9.16%.', claim, 'en', 'zh-Hant')).toBe(
      'Page: 8%; recorded: up 9.16%.',
    );
  });
});

describe('recorded conversions (imported datasets: converted in the options page, compiled in the page)', () => {
  it('compiling again from the record gives the same index, also after storage (JSON)', () => {
    const { converter, table } = recordingConverter(opencc);
    const first = compileDatasets([bundled()], converter);
    const stored = JSON.parse(JSON.stringify(table));
    expect(compileDatasets([bundled()], tableConverter(stored))).toEqual(first);
    expect(compileDatasets([bundled()], tableConverter(mergeTables([undefined, stored])))).toEqual(first);
  });

  // [what is stored, why]
  const BROKEN: [unknown, string][] = [
    [undefined, 'no record (a dataset imported before this version)'],
    [{ forms: { 阿里云: 'not a list' }, traditional: { x: 1 } }, 'wrong types'],
    [{ forms: { 阿里云: [1, '阿里云', '阿里雲'] } }, 'non-strings and the phrase itself'],
    [JSON.parse('{"forms":{"__proto__":["x"]}}'), 'a key that names the prototype'],
  ];
  it.each(BROKEN)('a damaged record changes nothing it cannot answer: %j (%s)', (stored) => {
    const converter = tableConverter(mergeTables([stored as never]));
    expect(converter.toTraditional('阿里云')).toBe('阿里云');
    expect(converter.forms('阿里云').every((f) => typeof f === 'string' && f !== '阿里云')).toBe(true);
    expect(converter.forms('toString')).toEqual([]);
  });
});
