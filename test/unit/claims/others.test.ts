/**
 * The other companies' Chinese names stand in both scripts, as the datasets' aliases do after their
 * compile-time conversion: a Hong Kong or Taiwan page names 騰訊, not 腾讯.
 */
import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../../src/core/claims/matcher';
import { OTHER_COMPANIES } from '../../../src/core/claims/others';
import { withScriptForms } from '../../../src/core/claims/script-variants';
import { readFigures } from '../../../src/core/read-figures';
import { openccConverter } from '../../../src/platform/opencc-converter';
import { bundledIndex } from './helpers';

const HAN = /[\u3400-\u9fff]/;

describe('other companies', () => {
  const converter = openccConverter();
  test.each(OTHER_COMPANIES.map((names) => [names[0]!, names]))(
    '%s: every script form is listed',
    (_, names) => {
      const chinese = names.filter((n) => HAN.test(n));
      for (const form of withScriptForms(chinese, converter)) expect(names).toContain(form);
    },
  );

  const matcher = createMatcher(bundledIndex(), {
    pageDate: '2025-09-25',
    title: 'Alibaba to invest 380 billion yuan in AI',
  });
  const tied = (text: string) => matcher.match(text, readFigures(text)).map((a) => a.claim.id);
  // [text, tied claim ids, why]
  const CASES: [string, string[], string][] = [
    [
      'Another company also said it would invest 380 billion yuan.',
      [],
      'an unnamed other company owns the figure, not the headline’s',
    ],
    ['另一家科技公司亦宣布投資3800億元人民幣。', [], '另一家: the same in traditional Chinese'],
    ['騰訊表示將投資3800億元人民幣。', [], 'Tencent in traditional script is another company'],
    [
      'The company will invest 380 billion yuan in AI infrastructure.',
      ['capex-380'],
      'the headline’s company carries over',
    ],
  ];
  test.each(CASES)('%s -> %j (%s)', (text, ids) => {
    expect(tied(text)).toEqual(ids);
  });
});
