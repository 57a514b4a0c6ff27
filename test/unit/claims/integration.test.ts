/** text -> findFigures -> matcher, on the bundled dataset: what the extension does per block. */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/claims/matcher';
import { findFigures } from '../../../src/core/figures';
import { bundledIndex } from './helpers';

// a page of the day of the conference: the claims about that day's close are compared (see dates.ts)
const matcher = createMatcher(bundledIndex(), { pageDate: '2025-09-24' });

function verdicts(block: string): string[] {
  return matcher.match(block, findFigures(block)).map((a) => `${a.text} -> ${a.claim.id} ${a.verdict}`);
}

const ROWS: [block: string, expected: string[]][] = [
  [
    'Alibaba will spend more than 380 billion yuan ($53 billion) on AI infrastructure over the next three years.',
    ['380 billion yuan -> capex-380 consistent', '$53 billion -> capex-usd consistent'],
  ],
  [
    'Alibaba Group plans to spend RMB 380 billion on cloud and AI.',
    ['RMB 380 billion -> capex-380 consistent'],
  ],
  ['阿里巴巴宣布未来三年投入3800亿元建设云和AI硬件基础设施。', ['3800亿元 -> capex-380 consistent']],
  ['阿里云：3800亿元AI基础设施建设加速推进。', ['3800亿元 -> capex-380 consistent']],
  ['阿里重申３８００億元人民幣的ＡＩ基礎設施建設。', ['３８００億元人民幣 -> capex-380 consistent']],
  [
    'Alibaba shares surged over 7%, closing 9.2 percent higher at HK$174.',
    ['7% -> baba-hk-0924 needs-context', '9.2 percent -> baba-hk-0924 consistent'],
  ],
  [
    '阿里巴巴港股午后大涨超7%，收涨9.16%。',
    ['7% -> baba-hk-0924 needs-context', '9.16% -> baba-hk-0924 consistent'],
  ],
  ['Alibaba shares closed down 9.2% on Wednesday.', ['9.2% -> baba-hk-0924 differs']],
  // the Thursday before the page's Wednesday is another day: not compared with the 24 September close
  ['Alibaba shares closed down 9.2% on Thursday.', []],
  ["Alibaba's Qwen has spawned over 100,000 derivative models.", ['100,000 -> qwen-deriv needs-context']],
  [
    "Alibaba expects its data centres' energy use to increase by tenfold by 2032.",
    ['tenfold -> energy-2032 consistent'],
  ],
  ['Tencent plans to invest 380 billion yuan in AI infrastructure.', []],
  // revenue in the same sentence is not the quarter's capex
  [
    "Alibaba's cloud unit's revenue grew 26% to 33.4 billion yuan in the June quarter.",
    ['26% -> cloud-jun25 consistent'],
  ],
  [
    'Alibaba shares closed up 9.2% on Wednesday, while the Hang Seng index rose 0.3%.',
    ['9.2% -> baba-hk-0924 consistent'],
  ],
  [
    '阿里巴巴-W（09988）股价收涨9.16%，报174港元，市值达3.32万亿港元。',
    ['9.16% -> baba-hk-0924 consistent', '3.32万亿港元 -> baba-mcap consistent'],
  ],
  ['吴泳铭表示，未来五年全球AI投资总额将超过4万亿美元。', ['4万亿美元 -> wu-ai-4tn consistent']],
  ['Nvidia shares rose 2% after it said it would partner with Alibaba on physical AI.', []],
  // other metrics of the same company: no topic word of the claim, so not the share move or cloud growth
  ["Alibaba's revenue rose 9% in the quarter.", []],
  ["Alibaba's net profit grew 26% from a year earlier.", []],
  ['阿里巴巴利润率提升9%。', []],
  ["Alibaba's AI-related revenue reached 300 billion yuan.", []],
  ['腾讯宣布投入3800亿元建设AI基础设施。', []],
  [
    'Alibaba will invest 380 billion yuan in AI infrastructure. Tencent said it would spend 380 billion yuan too.',
    ['380 billion yuan -> capex-380 consistent'],
  ],
  // a figure split across elements: the page engine joins the text nodes of
  // "Alibaba will invest <b>380</b> billion <a>yuan</a> in AI." into one block text
  [
    ['Alibaba will invest ', '380', ' billion ', 'yuan', ' in AI.'].join(''),
    ['380 billion yuan -> capex-380 consistent'],
  ],
];

describe('findFigures -> matcher', () => {
  it('a bound on the page gets a note; the same bound as recorded does not', () => {
    const b1 = "Alibaba's shares closed more than 9% higher, their highest since October 2021.";
    expect(matcher.match(b1, findFigures(b1))[0]?.note).toBe("Within the page's bound; recorded: up 9.16%.");
    const b2 = 'Alibaba will invest more than 380 billion yuan in AI.';
    expect(matcher.match(b2, findFigures(b2))[0]?.note).toBeUndefined();
  });

  it.each(ROWS)('%s', (block, expected) => {
    expect(verdicts(block)).toEqual(expected);
  });
});
