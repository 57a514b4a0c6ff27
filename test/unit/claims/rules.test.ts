/**
 * The matcher's rules (data/claims/README.md, "How the matcher uses it"), each with minimal sentences
 * of our own in English and Chinese, on the bundled dataset, through the same figure reading as the
 * page (readFigures). One line per case: [why, page date, headline, block, expected].
 */
import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../../src/core/claims/matcher';
import { readFigures } from '../../../src/core/read-figures';
import { bundledIndex } from './helpers';

const index = bundledIndex();
const DAY = '2025-09-24'; // the conference; a Wednesday
const NEXT_DAY = '2025-09-25'; // a Thursday

function verdicts(
  pageDate: string | undefined,
  title: string | undefined,
  block: string,
  lead?: string,
): string[] {
  const matcher = createMatcher(index, {
    ...(pageDate ? { pageDate } : {}),
    ...(title ? { title } : {}),
    ...(lead ? { lead } : {}),
  });
  return matcher
    .match(block, readFigures(block))
    .map((a) => `${a.text} -> ${a.claim.id} ${a.verdict}${a.flags ? ` [${a.flags.join(',')}]` : ''}`);
}

type Row = [
  why: string,
  pageDate: string | undefined,
  title: string | undefined,
  block: string,
  expected: string[],
];

const RULES: Record<string, Row[]> = {
  'stated precision': [
    [
      '"more than 9%" is [9, 10): the 9.16% close is in it',
      DAY,
      undefined,
      'Alibaba shares closed more than 9% higher.',
      ['9% -> baba-hk-0924 consistent'],
    ],
    ['"超9%" is [9, 10) too', DAY, undefined, '阿里巴巴港股收涨超9%。', ['9% -> baba-hk-0924 consistent']],
    [
      '"over 7%" is [7, 8), not an open interval: only the recorded intraday "over 7%" meets it',
      DAY,
      undefined,
      'Alibaba shares closed over 7% higher.',
      ['7% -> baba-hk-0924 needs-context'],
    ],
    [
      '"超7%" the same in Chinese',
      DAY,
      undefined,
      '阿里巴巴港股收涨超7%。',
      ['7% -> baba-hk-0924 needs-context'],
    ],
    [
      '"more than 19%" is [19, 20): it agrees with nothing, and is more than twice the close',
      DAY,
      undefined,
      'Alibaba shares closed more than 19% higher.',
      [],
    ],
    [
      '"近10%" is [9, 10]: the recorded "nearly 10%" is the nearer reading',
      DAY,
      undefined,
      '阿里巴巴港股收涨近10%。',
      ['10% -> baba-hk-0924 needs-context'],
    ],
    [
      '"about 380 billion yuan" is within a step of 380 billion',
      DAY,
      undefined,
      'Alibaba will invest about 380 billion yuan in AI infrastructure.',
      ['380 billion yuan -> capex-380 consistent'],
    ],
    [
      'tolerance widens the recorded $53 billion to $52.44 billion',
      DAY,
      undefined,
      'Alibaba will invest $52.44 billion in AI infrastructure.',
      ['$52.44 billion -> capex-usd consistent'],
    ],
    [
      '…and to 534亿美元',
      DAY,
      undefined,
      '阿里巴巴将投入534亿美元建设AI基础设施。',
      ['534亿美元 -> capex-usd consistent'],
    ],
  ],
  'what the figure measures': [
    [
      'revenue is not the share move (no word of the measure)',
      DAY,
      undefined,
      "Alibaba's revenue rose 9% in the quarter.",
      [],
    ],
    ['营收 is not the share move', DAY, undefined, '阿里巴巴营收增长9%。', []],
    [
      'cloud revenue growth ties to the cloud claim',
      DAY,
      undefined,
      'Alibaba Cloud revenue grew 26% from a year earlier.',
      ['26% -> cloud-jun25 consistent'],
    ],
    [
      '阿里云收入 ties to the cloud claim',
      DAY,
      undefined,
      '阿里云收入同比增长26%。',
      ['26% -> cloud-jun25 consistent'],
    ],
    [
      '"revenue" next to a money figure wins over a farther "invest"',
      DAY,
      undefined,
      'Alibaba, which plans to invest in AI, posted revenue of 380 billion yuan.',
      [],
    ],
    [
      '营收 right before the amount wins over 投入 farther away',
      DAY,
      undefined,
      '阿里巴巴计划加大投入，季度营收3800亿元。',
      [],
    ],
    [
      'a market word in the clause: the ADR is not the Hong Kong close',
      DAY,
      undefined,
      "Alibaba's ADRs closed 9.2% higher in New York.",
      [],
    ],
    ['美股 in the clause: not the Hong Kong close', DAY, undefined, '阿里巴巴美股收涨9.2%。', []],
    [
      'a share move elsewhere in the sentence does not make cloud growth of it',
      DAY,
      undefined,
      'Alibaba shares soared more than 19% on Wednesday as the cloud unit drove results.',
      [],
    ],
    [
      "a bare amount in a paragraph that only the article's subject owns is not enough",
      DAY,
      '阿里巴巴加码AI投入',
      '另一家芯片联盟宣布募资3800亿元用于新建晶圆厂。',
      [],
    ],
    [
      "the same in English: the headline's company does not own a bare amount",
      DAY,
      'Alibaba raises its AI spending',
      'A chip consortium said it raised 380 billion yuan for new fabs.',
      [],
    ],
    [
      'an amount in the claim currency with no measure word at all: the subject decides',
      DAY,
      undefined,
      '阿里巴巴：3年3800亿元！',
      ['3800亿元 -> capex-380 consistent'],
    ],
  ],
  'whose figure it is': [
    [
      "another company's figure in the same sentence is its own",
      DAY,
      undefined,
      'Alibaba shares closed up 9.2% while Tencent shares closed up 3%.',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      '腾讯的涨幅是腾讯的',
      DAY,
      undefined,
      '阿里巴巴港股收涨9.2%，腾讯收涨3%。',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      "the headline's one company owns a paragraph that names none",
      DAY,
      'Alibaba unveils its AI plan',
      "The company's shares closed up 9.2% in Hong Kong.",
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      '标题里的唯一公司是没有点名的段落的主语',
      DAY,
      '阿里巴巴发布AI计划',
      '该公司港股收涨9.2%。',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      'a headline naming two companies gives no article subject',
      DAY,
      'Alibaba and Tencent unveil AI plans',
      "The company's shares closed up 9.2% in Hong Kong.",
      [],
    ],
    [
      "an analyst's estimate belongs to the analyst",
      DAY,
      undefined,
      'Goldman Sachs estimates capex of 460 billion yuan.',
      [],
    ],
    ['高盛的预测是高盛的', DAY, undefined, '高盛预计资本开支4600亿元。', []],
  ],
  "which listing: the headline's carries over to a paragraph that names none": [
    [
      'the headline is about the U.S.-listed stock, so a close in a paragraph naming no listing is not the Hong Kong close',
      DAY,
      'U.S.-listed Alibaba stock jumps on AI spending',
      'Alibaba shares closed up 9.2%.',
      [],
    ],
    [
      '美股 in the headline: a paragraph naming no listing speaks of it',
      DAY,
      '阿里巴巴美股大涨',
      '阿里巴巴收涨9.2%。',
      [],
    ],
    [
      '美國預託證券 (traditional) in the headline: the same',
      DAY,
      '阿里巴巴美國預託證券急升',
      '阿里巴巴股價收漲9.2%。',
      [],
    ],
    [
      'a paragraph that names its own listing decides for itself',
      DAY,
      'U.S.-listed Alibaba stock jumps on AI spending',
      'In Hong Kong, Alibaba shares closed up 9.2%.',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      '港股 in the paragraph decides for itself',
      DAY,
      '阿里巴巴美股大涨',
      '阿里巴巴港股收涨9.2%。',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      'a headline naming two listings gives the article none',
      DAY,
      "Alibaba's ADRs and Hong Kong shares jump",
      'Alibaba shares closed up 9.2%.',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      '"U.S." alone names a country, not a listing',
      DAY,
      'Alibaba shrugs off U.S. chip curbs',
      'Alibaba shares closed up 9.2%.',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      "a Hong Kong headline is the claim's own listing",
      DAY,
      '阿里巴巴港股创四年新高',
      '阿里巴巴收涨9.2%。',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      "a claim that excludes no listing is not affected (the plan is the company's, on any listing)",
      DAY,
      'U.S.-listed Alibaba stock jumps on AI spending',
      'Alibaba will invest 380 billion yuan in AI infrastructure.',
      ['380 billion yuan -> capex-380 consistent'],
    ],
  ],
  'which day': [
    [
      '"on Wednesday" on a Thursday page is the 24th: the event',
      NEXT_DAY,
      undefined,
      'Alibaba shares closed up 9.2% on Wednesday.',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      '"on Monday" is another day: no verdict, never differs',
      NEXT_DAY,
      undefined,
      'Alibaba shares closed down 5% on Monday.',
      [],
    ],
    [
      '9月24日 names the event',
      NEXT_DAY,
      undefined,
      '阿里巴巴港股9月24日收涨9.2%。',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    ['2月21日 is another day', NEXT_DAY, undefined, '阿里巴巴港股2月21日收涨14.56%。', []],
    [
      'an undated page saying "on Wednesday": at most needs context',
      undefined,
      undefined,
      'Alibaba shares closed up 9.2% on Wednesday.',
      ['9.2% -> baba-hk-0924 needs-context [event-unplaced]'],
    ],
    [
      'an undated page: never differs',
      undefined,
      undefined,
      'Alibaba shares closed down 5% on Wednesday.',
      [],
    ],
    [
      '无日期的页面：至多需要背景',
      undefined,
      undefined,
      '阿里巴巴港股周三收涨9.2%。',
      ['9.2% -> baba-hk-0924 needs-context [event-unplaced]'],
    ],
    [
      '"since 2021" is a reference point, not the day of the move',
      DAY,
      undefined,
      'Alibaba shares closed up 9.2%, the highest since 2021.',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      '2021年10月以来 is a reference point too',
      DAY,
      undefined,
      '阿里巴巴港股收涨9.2%，创2021年10月以来新高。',
      ['9.2% -> baba-hk-0924 consistent'],
    ],
    [
      'a morning move is not the close: no verdict',
      DAY,
      undefined,
      'Alibaba shares rose 6.3% by late morning.',
      [],
    ],
    ['盘中 is not the close', DAY, undefined, '阿里巴巴港股盘中上涨6.3%。', []],
    [
      'an intraday move can still meet the recorded intraday variant',
      DAY,
      undefined,
      'Alibaba shares rose over 7% in the morning.',
      ['7% -> baba-hk-0924 needs-context'],
    ],
    [
      '"last quarter" on a September page is the June quarter',
      '2025-09-01',
      undefined,
      'Alibaba Cloud revenue grew 26% last quarter.',
      ['26% -> cloud-jun25 consistent'],
    ],
    [
      '"last quarter" on a November page is the September quarter, where 26% differs from 34%',
      '2025-11-26',
      undefined,
      'Alibaba Cloud revenue grew 26% last quarter.',
      ['26% -> cloud-sep25 differs'],
    ],
    [
      '上季 on a September page is the June quarter',
      '2025-09-01',
      undefined,
      '阿里云上季收入增长26%。',
      ['26% -> cloud-jun25 consistent'],
    ],
  ],
  'implied unit': [
    [
      'a bare 380 billion next to invest: the claim currency is the only reading',
      DAY,
      undefined,
      'Alibaba will invest 380 billion in AI infrastructure over three years.',
      ['380 billion -> capex-380 consistent [implied-unit]'],
    ],
    [
      '三年3800亿AI基建',
      DAY,
      undefined,
      '阿里巴巴推进三年3800亿AI基础设施建设计划。',
      ['3800亿 -> capex-380 consistent [implied-unit]'],
    ],
    [
      'no measure word: a bare number is not money',
      DAY,
      undefined,
      'Alibaba has 380 billion page views.',
      [],
    ],
  ],
  'conversions in brackets': [
    [
      'a conversion restates its neighbour and never differs',
      DAY,
      undefined,
      'Alibaba will invest 380 billion yuan (about $60 billion) in AI infrastructure.',
      ['380 billion yuan -> capex-380 consistent'],
    ],
    [
      '括号里的折算不会被判为不符',
      DAY,
      undefined,
      '阿里巴巴将投入3800亿元（约合600亿美元）建设AI基础设施。',
      ['3800亿元 -> capex-380 consistent'],
    ],
  ],
  'full-width figures': [
    [
      'full-width digits and ﹒ as the decimal point',
      DAY,
      undefined,
      '阿里巴巴港股收涨９﹒１６％。',
      ['９﹒１６％ -> baba-hk-0924 consistent'],
    ],
    [
      'a space before 亿',
      DAY,
      undefined,
      '阿里巴巴将投入3800 亿元建设AI基础设施。',
      ['3800 亿元 -> capex-380 consistent'],
    ],
  ],
};

/** The lead (first paragraph) speaks for the article when the headline names no listing. [why, headline, lead, block, expected] */
const LEAD_ROWS: [string, string, string, string, string[]][] = [
  [
    'the lead names the U.S.-listed stock; the headline names no listing',
    'Alibaba stock jumps on AI spending',
    'U.S.-listed Alibaba Group stock jumped Wednesday after its CEO spoke.',
    'Alibaba stock jumped 9.2% to close at 176.44.',
    [],
  ],
  [
    '导语说的是美股；标题没有说哪个市场',
    '阿里巴巴股价大涨',
    '阿里巴巴美股周三大涨。',
    '阿里巴巴收涨9.2%。',
    [],
  ],
  [
    "the headline's listing wins over the lead's, as the headline's subject does",
    'Alibaba Hong Kong shares jump on AI spending',
    'U.S.-listed Alibaba Group stock jumped Wednesday after its CEO spoke.',
    'Alibaba stock closed up 9.2%.',
    ['9.2% -> baba-hk-0924 consistent'],
  ],
];

describe('which listing: the lead', () => {
  test.each(LEAD_ROWS)('%s', (_why, title, lead, block, expected) => {
    expect(verdicts(DAY, title, block, lead)).toEqual(expected);
  });
});

for (const [rule, rows] of Object.entries(RULES)) {
  describe(rule, () => {
    test.each(rows)('%s', (_why, pageDate, title, block, expected) => {
      expect(verdicts(pageDate, title, block)).toEqual(expected);
    });
  });
}
