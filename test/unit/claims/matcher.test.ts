import { describe, expect, it, test } from 'vitest';
import { compileDatasets } from '../../../src/core/claims/compile';
import { createMatcher, precisionStep } from '../../../src/core/claims/matcher';
import type { Dataset } from '../../../src/core/claims/schema';
import { findFigures } from '../../../src/core/figures';
import type { Figure } from '../../../src/core/figures/types';
import { bundledIndex, fig } from './helpers';

type FigSpec = [text: string, props: Partial<Figure> & Pick<Figure, 'kind' | 'value'>, nth?: number];
interface Row {
  name: string;
  block: string;
  figures: FigSpec[];
  /** per figure: [claim id, verdict] or null for no annotation */
  expect: ([string, string] | null)[];
}

const CNY380 = { kind: 'money', value: 380e9, unit: 'CNY' } as const;
const USD53 = { kind: 'money', value: 53e9, unit: 'USD' } as const;

const BUNDLED_ROWS: Row[] = [
  // agreement, English
  {
    name: 'en: "380 billion yuan" in a sentence naming Alibaba',
    block: 'Alibaba said it will invest 380 billion yuan in AI infrastructure over three years.',
    figures: [['380 billion yuan', CNY380]],
    expect: [['capex-380', 'consistent']],
  },
  {
    name: 'en: "RMB 380 billion"',
    block: 'Alibaba Group plans to spend RMB 380 billion on cloud and AI.',
    figures: [['RMB 380 billion', CNY380]],
    expect: [['capex-380', 'consistent']],
  },
  {
    name: 'en: "more than 380 billion yuan ($53 billion)" — the figure and its reported equivalent',
    block: 'Alibaba will spend more than 380 billion yuan ($53 billion) on AI infrastructure.',
    figures: [
      ['more than 380 billion yuan', { ...CNY380, approx: 'over' }],
      ['$53 billion', USD53],
    ],
    expect: [
      ['capex-380', 'consistent'],
      ['capex-usd', 'consistent'],
    ],
  },
  {
    name: "en: money in the claim's currency needs only the subject",
    block: 'Alibaba: 380 billion yuan.',
    figures: [['380 billion yuan', CNY380]],
    expect: [['capex-380', 'consistent']],
  },
  {
    name: 'en: a paragraph naming only Alibaba ties a figure in a sentence without a name',
    block:
      'Alibaba held its Apsara Conference on Wednesday. The company will invest 380 billion yuan in infrastructure.',
    figures: [['380 billion yuan', CNY380]],
    expect: [['capex-380', 'consistent']],
  },
  {
    name: 'en: BABA as a ticker token',
    block: 'BABA shares closed up 9.2% in Hong Kong.',
    figures: [['9.2%', { kind: 'percent', value: 9.2, direction: 'up' }]],
    expect: [['baba-hk-0924', 'consistent']],
  },
  {
    name: 'en: "Baba" is not the ticker, and no other name is in the block',
    block: 'Baba shares closed up 9.2% in Hong Kong.',
    figures: [['9.2%', { kind: 'percent', value: 9.2, direction: 'up' }]],
    expect: [null],
  },
  {
    name: 'en: "Alibabaesque" is not Alibaba (word boundary)',
    block: 'An Alibabaesque plan to invest 380 billion yuan in AI.',
    figures: [['380 billion yuan', CNY380]],
    expect: [null],
  },
  {
    name: 'en: close rounded in the other direction (9.14%)',
    block: "Alibaba's stock jumped 9.14% to close at HK$174.",
    figures: [['9.14%', { kind: 'percent', value: 9.14, direction: 'up' }]],
    expect: [['baba-hk-0924', 'consistent']],
  },
  // bounds
  {
    name: 'bounds: "more than 9%" agrees with the 9.16% close',
    block: 'Alibaba shares rose more than 9%.',
    figures: [['more than 9%', { kind: 'percent', value: 9, approx: 'over', direction: 'up' }]],
    expect: [['baba-hk-0924', 'consistent']],
  },
  // variants
  {
    name: 'variant: "over 7%" is the intraday move of the 9.2% close',
    block: 'Alibaba shares surged over 7% after the Apsara Conference.',
    figures: [['over 7%', { kind: 'percent', value: 7, approx: 'over', direction: 'up' }]],
    expect: [['baba-hk-0924', 'needs-context']],
  },
  {
    name: 'variant: "nearly 10%" was intraday',
    block: "Alibaba's Hong Kong-listed shares rose nearly 10% to a four-year high.",
    figures: [['nearly 10%', { kind: 'percent', value: 10, approx: 'under', direction: 'up' }]],
    expect: [['baba-hk-0924', 'needs-context']],
  },
  {
    name: 'variant: "over 100,000 derivative models" is outdated',
    block: 'Qwen has spawned over 100,000 derivative models.',
    figures: [['over 100,000', { kind: 'number', value: 100000, approx: 'over' }]],
    expect: [['qwen-deriv', 'needs-context']],
  },
  {
    name: 'agreement: "over 170,000 derivative models" with "Alibaba\'s Qwen"',
    block: "Alibaba's Qwen family now has more than 170,000 derivative models, more than Meta's Llama.",
    figures: [['more than 170,000', { kind: 'number', value: 170000, approx: 'over' }]],
    expect: [['qwen-deriv', 'consistent']],
  },
  // direction
  {
    name: 'direction: "closed down 9.2%" differs from the recorded rise',
    block: 'Alibaba shares closed down 9.2% in Hong Kong.',
    figures: [['9.2%', { kind: 'percent', value: 9.2, direction: 'down' }]],
    expect: [['baba-hk-0924', 'differs']],
  },
  {
    name: 'differs: another value with subject and topic in the sentence',
    block: 'Alibaba will invest 480 billion yuan in AI infrastructure.',
    figures: [['480 billion yuan', { kind: 'money', value: 480e9, unit: 'CNY' }]],
    expect: [['capex-380', 'differs']],
  },
  {
    name: 'differs: same number, other currency',
    block: 'Alibaba will invest $380 billion in AI infrastructure.',
    figures: [['$380 billion', { kind: 'money', value: 380e9, unit: 'USD' }]],
    expect: [['capex-380', 'differs']],
  },
  {
    name: 'never differs on subject alone: no topic word in the sentence',
    block: 'Alibaba reported 480 billion yuan.',
    figures: [['480 billion yuan', { kind: 'money', value: 480e9, unit: 'CNY' }]],
    expect: [null],
  },
  {
    name: 'never differs for a far-off figure (a part of the plan)',
    block: 'Alibaba will invest 50 billion yuan of the plan in AI infrastructure this year.',
    figures: [['50 billion yuan', { kind: 'money', value: 50e9, unit: 'CNY' }]],
    expect: [null],
  },
  // other companies
  {
    name: 'negative: the same 380 billion yuan for another company',
    block: 'Tencent plans to invest 380 billion yuan in AI infrastructure.',
    figures: [['380 billion yuan', CNY380]],
    expect: [null],
  },
  {
    name: 'negative: no company at all',
    block: 'The plan is worth 380 billion yuan in AI infrastructure.',
    figures: [['380 billion yuan', CNY380]],
    expect: [null],
  },
  {
    name: 'a block naming two companies: each sentence decides',
    block:
      'Alibaba will invest 380 billion yuan in AI infrastructure. Tencent said it would spend 380 billion yuan too.',
    figures: [
      ['380 billion yuan', CNY380, 0],
      ['380 billion yuan', CNY380, 1],
    ],
    expect: [['capex-380', 'consistent'], null],
  },
  {
    name: 'a block naming two companies: a sentence naming neither is not tied',
    block:
      'Alibaba and Tencent both reported results. The plan is worth 380 billion yuan in AI infrastructure.',
    figures: [['380 billion yuan', CNY380]],
    expect: [null],
  },
  {
    name: 'a sentence naming two companies: the nearest before the figure decides',
    block: "Unlike Tencent, Alibaba will invest 380 billion yuan; Baidu's 380 billion yuan plan is a rumour.",
    figures: [
      ['380 billion yuan', CNY380, 0],
      ['380 billion yuan', CNY380, 1],
    ],
    expect: [['capex-380', 'consistent'], null],
  },
  // Chinese
  {
    name: 'zh: 3800亿元 with 阿里巴巴',
    block: '阿里巴巴宣布未来三年投入3800亿元建设云和AI硬件基础设施。',
    figures: [['3800亿元', CNY380]],
    expect: [['capex-380', 'consistent']],
  },
  {
    name: 'zh: 超过3800亿元 with 阿里',
    block: '阿里将投入超过3800亿元用于AI基础设施建设。',
    figures: [['超过3800亿元', { ...CNY380, approx: 'over' }]],
    expect: [['capex-380', 'consistent']],
  },
  {
    name: 'zh: 阿里云 names the Alibaba family',
    block: '阿里云表示，3800亿元的AI基础设施投入正在推进。',
    figures: [['3800亿元', CNY380]],
    expect: [['capex-380', 'consistent']],
  },
  {
    name: 'zh: full-width digits (etnet)',
    block: '阿里巴巴重申３８００億元人民幣的ＡＩ基礎設施建設。',
    figures: [['３８００億元人民幣', CNY380]],
    expect: [['capex-380', 'consistent']],
  },
  {
    name: 'zh: 腾讯 is another company',
    block: '腾讯宣布投入3800亿元建设AI基础设施。',
    figures: [['3800亿元', CNY380]],
    expect: [null],
  },
  {
    name: 'zh: two companies in one block, sentences decide',
    block: '阿里巴巴将投入3800亿元建设AI基础设施。腾讯也称将投资3800亿元。',
    figures: [
      ['3800亿元', CNY380, 0],
      ['3800亿元', CNY380, 1],
    ],
    expect: [['capex-380', 'consistent'], null],
  },
  {
    name: 'zh: 午后大涨超7% is the intraday variant',
    block: '阿里巴巴港股午后大涨超7%。',
    figures: [['超7%', { kind: 'percent', value: 7, approx: 'over', direction: 'up' }]],
    expect: [['baba-hk-0924', 'needs-context']],
  },
  {
    name: 'zh: 收涨9.2% agrees',
    block: '阿里巴巴全日劲升9.2%，收市报174元。',
    figures: [['9.2%', { kind: 'percent', value: 9.2, direction: 'up' }]],
    expect: [['baba-hk-0924', 'consistent']],
  },
  {
    name: 'zh: 收市下跌9.2% differs in direction',
    block: '阿里巴巴股价收市下跌9.2%。',
    figures: [['9.2%', { kind: 'percent', value: 9.2, direction: 'down' }]],
    expect: [['baba-hk-0924', 'differs']],
  },
  {
    name: 'zh: 提升10倍 energy multiple',
    block: '阿里云预计到2032年，其全球数据中心的能耗规模将比2022年提升10倍。',
    figures: [['10倍', { kind: 'multiple', value: 10, direction: 'up' }]],
    expect: [['energy-2032', 'consistent']],
  },
  {
    name: 'en: tenfold energy, "Alibaba" names the family of Alibaba Cloud',
    block: "Alibaba expects its data centres' energy use to increase by tenfold by 2032.",
    figures: [['tenfold', { kind: 'multiple', value: 10, direction: 'up' }]],
    expect: [['energy-2032', 'consistent']],
  },
  {
    name: 'zh: 千问 衍生模型 17万',
    block: '通义千问的衍生模型已超过17万个。',
    figures: [['超过17万', { kind: 'number', value: 170000, approx: 'over' }]],
    expect: [['qwen-deriv', 'consistent']],
  },
  {
    name: 'zh: 四万亿 unverified claim still matched (the card says unverified)',
    block: '阿里巴巴剑指四万亿。',
    figures: [['四万亿', { kind: 'number', value: 4e12 }]],
    expect: [['four-trillion', 'consistent']],
  },
  {
    name: 'percent without a topic word in the block is not tied',
    block: 'Alibaba owns 26% of the venture.',
    figures: [['26%', { kind: 'percent', value: 26 }]],
    expect: [null],
  },
  {
    name: 'cloud revenue: 34% vs 26% — the claim that agrees wins, never differs from the other',
    block: 'Alibaba Cloud revenue grew 34% year on year in the September quarter.',
    figures: [['34%', { kind: 'percent', value: 34, direction: 'up' }]],
    expect: [['cloud-sep25', 'consistent']],
  },
];

// the bundled rows read as a page published after every claim's as-of date and event: what the
// rows test is measures, subjects and values; which day is tested in dates.test.ts
const AFTER_ALL_CLAIMS = '2025-11-26';

describe('matcher on the bundled dataset', () => {
  const matcher = createMatcher(bundledIndex(), { pageDate: AFTER_ALL_CLAIMS });
  it.each(BUNDLED_ROWS)('$name', (row) => {
    const figures = row.figures.map(([text, props, nth]) => fig(row.block, text, props, nth));
    const anns = matcher.match(row.block, figures);
    const got = figures.map((f) => {
      const a = anns.find((x) => x.start === f.start && x.end === f.end);
      return a ? [a.claim.id, a.verdict] : null;
    });
    expect(got).toEqual(row.expect);
    for (const a of anns) {
      expect(row.block.slice(a.start, a.end)).toBe(a.text);
      expect(matcher.claim(a.claim.id)).toBeDefined();
    }
  });

  it('notes say why: variant notes and differs notes', () => {
    const block = 'Alibaba shares surged over 7% after the Apsara Conference; they fell 9.2% on Thursday.';
    const anns = matcher.match(block, [
      fig(block, 'over 7%', { kind: 'percent', value: 7, approx: 'over', direction: 'up' }),
    ]);
    expect(anns[0]?.note).toMatch(/intraday/);
    const b2 = 'Alibaba shares closed down 9.2% in Hong Kong.';
    const d = matcher.match(b2, [fig(b2, '9.2%', { kind: 'percent', value: 9.2, direction: 'down' })]);
    expect(d[0]?.note).toBe('Page: down 9.2%; recorded: up 9.16% (as of 2025-09-24).');
  });

  it('Chinese strings when asked', () => {
    const zh = createMatcher(bundledIndex(), { lang: 'zh', pageDate: AFTER_ALL_CLAIMS });
    const block = '阿里巴巴将投入3800亿元建设AI基础设施。';
    const [a] = zh.match(block, [fig(block, '3800亿元', CNY380)]);
    expect(a?.claim.subject).toBe('阿里巴巴集团');
    expect(a?.claim.statement).toContain('3800亿元');
    const b2 = '阿里巴巴将投资4800亿元建设AI基础设施。';
    const [d] = zh.match(b2, [fig(b2, '4800亿元', { kind: 'money', value: 480e9, unit: 'CNY' })]);
    expect(d?.note).toBe('页面：4800亿元；记录：超过3800亿元（截至2025-02-24）');
  });

  it('exposes the claims with their dataset, and skips claims without a figure', () => {
    expect(matcher.claims.map((c) => c.id)).toContain('capex-380');
    expect(matcher.claim('nvidia')).toBeUndefined();
    expect(matcher.claim('baba-high')).toBeUndefined();
    expect(matcher.claim('capex-380')?.dataset).toEqual({
      id: 'alibaba-ai-2025',
      name: 'Alibaba AI and Apsara Conference 2025',
      version: '1.1.0',
    });
  });

  it('never throws on bad input', () => {
    expect(matcher.match('Alibaba', [])).toEqual([]);
    expect(
      matcher.match(undefined as unknown as string, [fig('x', 'x', { kind: 'number', value: 1 })]),
    ).toEqual([]);
    expect(
      matcher.match('Alibaba 380', [
        { text: '380', start: 8, end: 11, kind: 'money', value: Number.NaN } as Figure,
      ]),
    ).toEqual([]);
  });
});

/** A small synthetic dataset for the generic rules (ranges, equivalents, bounds without variants). */
function synthetic(): Dataset {
  const source = { publisher: 'Example News', url: 'https://example.com/a', language: 'en' };
  const base = {
    asOf: '2025-01-01',
    rating: 'accurate' as const,
    sources: [source],
    review: { by: 'test', date: '2025-01-02' },
  };
  return {
    id: 'synthetic',
    name: 'Synthetic',
    version: '0.0.1',
    license: 'CC0-1.0',
    maintainer: { name: 'tests' },
    subjects: [
      { id: 'acme', name: { en: 'Acme', zh: '阿克米' }, aliases: { en: ['Acme'], zh: ['阿克米'] } },
      { id: 'globex', name: { en: 'Globex', zh: '环球' }, aliases: { en: ['Globex'], zh: ['环球公司'] } },
    ],
    claims: [
      {
        ...base,
        id: 'acme-rise',
        subject: 'acme',
        topics: { en: ['shares'], zh: ['股价'] },
        statement: { en: 'Acme shares rose 9.2%', zh: '阿克米股价上涨9.2%' },
        figure: { kind: 'percent', value: 9.2, direction: 'up' },
      },
      {
        ...base,
        id: 'acme-margin',
        subject: 'acme',
        topics: { en: ['margin'], zh: ['利润率'] },
        statement: { en: 'Acme margin is 5-7%', zh: '阿克米利润率为5%至7%' },
        figure: { kind: 'percent', value: 5, max: 7 },
      },
      {
        ...base,
        id: 'acme-plan',
        subject: 'acme',
        topics: { en: ['invest*'], zh: ['投资'] },
        statement: { en: 'Acme will invest EUR 10 billion', zh: '阿克米将投资100亿欧元' },
        figure: { kind: 'money', value: 10e9, unit: 'EUR' },
        equivalents: [
          {
            figure: { kind: 'money', value: 11e9, unit: 'USD', approx: 'about', tolerance: 0.03 },
            note: { en: 'USD as reported', zh: '报道的美元折算' },
          },
        ],
      },
      {
        ...base,
        id: 'globex-plan',
        subject: 'globex',
        topics: { en: ['invest*'], zh: ['投资'] },
        statement: { en: 'Globex will invest EUR 10 billion', zh: '环球公司将投资100亿欧元' },
        figure: { kind: 'money', value: 10e9, unit: 'EUR' },
      },
    ],
  } as Dataset;
}

const SYNTHETIC_ROWS: Row[] = [
  {
    // stated precision: "over 7%" is at least 7 and under 8, not an open interval up to 9.2
    name: 'bounds: "over 7%" does not agree with 9.2% (differs)',
    block: 'Acme shares rose over 7%.',
    figures: [['over 7%', { kind: 'percent', value: 7, approx: 'over', direction: 'up' }]],
    expect: [['acme-rise', 'differs']],
  },
  {
    name: 'bounds: "nearly 10%" agrees with 9.2%',
    block: 'Acme shares rose nearly 10%.',
    figures: [['nearly 10%', { kind: 'percent', value: 10, approx: 'under', direction: 'up' }]],
    expect: [['acme-rise', 'consistent']],
  },
  {
    name: 'bounds: "over 20%" does not agree with 9.2% (differs)',
    block: 'Acme shares rose over 20%.',
    figures: [['over 20%', { kind: 'percent', value: 20, approx: 'over', direction: 'up' }]],
    expect: [null],
  },
  {
    name: 'bounds: "about 9%" agrees with 9.2%',
    block: 'Acme shares rose about 9%.',
    figures: [['about 9%', { kind: 'percent', value: 9, approx: 'about', direction: 'up' }]],
    expect: [['acme-rise', 'consistent']],
  },
  {
    name: 'rounding: "9%" agrees with 9.2%',
    block: 'Acme shares rose 9%.',
    figures: [['9%', { kind: 'percent', value: 9, direction: 'up' }]],
    expect: [['acme-rise', 'consistent']],
  },
  {
    name: 'rounding: "9.0%" is precise and differs from 9.2%',
    block: 'Acme shares rose 9.0%.',
    figures: [['9.0%', { kind: 'percent', value: 9, direction: 'up' }]],
    expect: [['acme-rise', 'differs']],
  },
  {
    name: 'ranges: a page value inside a recorded range',
    block: 'Acme expects a margin of 6%.',
    figures: [['6%', { kind: 'percent', value: 6 }]],
    expect: [['acme-margin', 'consistent']],
  },
  {
    name: 'ranges: a page range overlapping the recorded one',
    block: 'Acme expects a margin of 6-8%.',
    figures: [['6-8%', { kind: 'percent', value: 6, max: 8 }]],
    expect: [['acme-margin', 'consistent']],
  },
  {
    name: 'ranges: a page range containing the recorded value',
    block: 'Acme shares rose 8-10%.',
    figures: [['8-10%', { kind: 'percent', value: 8, max: 10, direction: 'up' }]],
    expect: [['acme-rise', 'consistent']],
  },
  {
    name: 'equivalents: the USD figure as reported agrees (topic word in the block)',
    block: 'Acme will invest about $11 billion.',
    figures: [['about $11 billion', { kind: 'money', value: 11e9, unit: 'USD', approx: 'about' }]],
    expect: [['acme-plan', 'consistent']],
  },
  {
    name: 'equivalents: $11.2bn within the equivalent tolerance',
    block: 'Acme will invest $11.2 billion.',
    figures: [['$11.2 billion', { kind: 'money', value: 11.2e9, unit: 'USD' }]],
    expect: [['acme-plan', 'consistent']],
  },
  {
    name: 'equivalents: $15bn differs from the USD equivalent',
    block: 'Acme will invest $15 billion.',
    figures: [['$15 billion', { kind: 'money', value: 15e9, unit: 'USD' }]],
    expect: [['acme-plan', 'differs']],
  },
  {
    name: 'equivalents need a topic word in the block',
    block: 'Acme: $11 billion.',
    figures: [['$11 billion', { kind: 'money', value: 11e9, unit: 'USD' }]],
    expect: [null],
  },
  {
    name: 'two dataset subjects in one block: each sentence gets its own claim',
    block: 'Acme will invest EUR 10 billion. Globex will invest EUR 10 billion.',
    figures: [
      ['EUR 10 billion', { kind: 'money', value: 10e9, unit: 'EUR' }, 0],
      ['EUR 10 billion', { kind: 'money', value: 10e9, unit: 'EUR' }, 1],
    ],
    expect: [
      ['acme-plan', 'consistent'],
      ['globex-plan', 'consistent'],
    ],
  },
  {
    name: 'two dataset subjects in one block: a sentence naming neither is not tied',
    block: 'Acme and Globex met. The plan is EUR 10 billion of investment.',
    figures: [['EUR 10 billion', { kind: 'money', value: 10e9, unit: 'EUR' }]],
    expect: [null],
  },
  {
    name: 'zh: 阿克米 plain substring match',
    block: '据报道，阿克米股价上涨9.2%。',
    figures: [['9.2%', { kind: 'percent', value: 9.2, direction: 'up' }]],
    expect: [['acme-rise', 'consistent']],
  },
  {
    name: 'negative value written with a minus differs from a rise',
    block: 'Acme shares: -9.2% today.',
    figures: [['-9.2%', { kind: 'percent', value: -9.2 }]],
    expect: [['acme-rise', 'differs']],
  },
];

describe('matcher rules on a synthetic dataset', () => {
  const matcher = createMatcher(compileDatasets([synthetic()]));
  it.each(SYNTHETIC_ROWS)('$name', (row) => {
    const figures = row.figures.map(([text, props, nth]) => fig(row.block, text, props, nth));
    const anns = matcher.match(row.block, figures);
    const got = figures.map((f) => {
      const a = anns.find((x) => x.start === f.start);
      return a ? [a.claim.id, a.verdict] : null;
    });
    expect(got).toEqual(row.expect);
  });

  it('the index is plain JSON and survives a round trip', () => {
    const index = compileDatasets([synthetic()]);
    const again = createMatcher(JSON.parse(JSON.stringify(index)));
    const block = 'Acme shares rose 9.2%.';
    expect(
      again.match(block, [fig(block, '9.2%', { kind: 'percent', value: 9.2, direction: 'up' })]),
    ).toEqual(matcher.match(block, [fig(block, '9.2%', { kind: 'percent', value: 9.2, direction: 'up' })]));
  });
});

describe('differs needs the subject and a topic word in the figure’s own clause', () => {
  const matcher = createMatcher(bundledIndex(), { pageDate: '2025-09-24' });
  const verdicts = (text: string) =>
    matcher.match(text, findFigures(text)).map((a) => [a.text, a.claim.id, a.verdict]);

  test.each([
    // a 2019 sidebar headline: Alibaba fell on another day; Huya's 9% is Huya's
    ['中概股收盘集体重挫：阿里跌超5%，虎牙跌逾9%', []],
    // the subject and the topic word in the figure's clause still make a contradiction
    ['阿里巴巴港股收盘下跌9.2%', [['9.2%', 'baba-hk-0924', 'differs']]],
  ])('%s', (text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});

describe('page date', () => {
  const index = bundledIndex();
  const text = 'Alibaba will invest 380 billion yuan in AI infrastructure.';
  test.each([
    ['2019-09-07', []],
    ['2025-02-24', [['380 billion yuan', 'capex-380', 'consistent']]],
    ['2025-10-01T08:00:00+08:00', [['380 billion yuan', 'capex-380', 'consistent']]],
    [undefined, [['380 billion yuan', 'capex-380', 'consistent']]],
  ])('a page dated %s', (pageDate, expected) => {
    const matcher = createMatcher(index, pageDate ? { pageDate } : {});
    expect(matcher.match(text, findFigures(text)).map((a) => [a.text, a.claim.id, a.verdict])).toEqual(
      expected,
    );
  });
});

describe('context for blocks that name no company (table cells)', () => {
  const matcher = createMatcher(bundledIndex(), { pageDate: '2025-09-24' });
  const verdicts = (text: string, context?: string) =>
    matcher.match(text, findFigures(text), context).map((a) => [a.text, a.claim.id, a.verdict]);

  test.each([
    [
      'RMB 380 billion',
      'Key figures (Alibaba) \n AI infrastructure budget, 3 years',
      [['RMB 380 billion', 'capex-380', 'consistent']],
    ],
    [
      '+9.2%',
      'Key figures (Alibaba) \n Share price move on 24 September',
      [['+9.2%', 'baba-hk-0924', 'consistent']],
    ],
    // no context, or a context naming no subject or two companies: nothing
    ['RMB 380 billion', undefined, []],
    ['RMB 380 billion', 'Key figures \n Budget', []],
    ['RMB 380 billion', 'Alibaba and Tencent \n Budget', []],
    // context never makes a figure differ: that needs the subject in the figure's own clause
    ['-9.2%', 'Key figures (Alibaba) \n Share price move on 24 September', []],
  ])('%s with context %j', (text, context, expected) => {
    expect(verdicts(text, context)).toEqual(expected);
  });

  test('a block that names a company is judged by its own text, whatever the context', () => {
    expect(verdicts('Tencent will invest 380 billion yuan.', 'Key figures (Alibaba)')).toEqual([]);
  });
});

describe('precisionStep: the rounding step of the number as written', () => {
  const step = (text: string, value: number) =>
    precisionStep({ text, start: 0, end: text.length, kind: 'number', value, unit: null, approx: 'exact' });
  test.each([
    ['9.2%', 9.2, 0.1],
    ['380 billion yuan', 380e9, 1e9],
    ['US$53bn', 53e9, 1e9],
    ['3800亿元', 380e9, 1e8],
    ['4,500亿元', 450e9, 1e8],
    ['１２．５％', 12.5, 0.1],
    ['４，５００亿元', 450e9, 1e8],
    ['100,000 models', 100000, 1],
    ['1.25 percentage points', 1.25, 0.01],
    ['-3.9%', -3.9, 0.1],
    ['5-7%', 5, 1],
    ['tenfold', 10, 0],
    ['六千五百亿元', 650e9, 0],
    ['0%', 0, 0],
  ])('%s -> %d', (text, value, expected) => {
    expect(step(text, value)).toBeCloseTo(expected, 9);
  });
});
