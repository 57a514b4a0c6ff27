/**
 * The matcher built a part at a time (the page engine spreads a cold build over several tasks) is the
 * matcher built in one go: same tables, same annotations.
 */
import { expect, test } from 'vitest';
import { buildLookup, lookupSteps } from '../../../src/core/claims/lookup';
import { createMatcher, matcherSteps } from '../../../src/core/claims/matcher';
import { findFigures } from '../../../src/core/figures';
import { bundledIndex } from './helpers';

const BLOCKS = [
  'Alibaba said it will invest 380 billion yuan in AI infrastructure over three years.',
  'Alibaba shares jumped 9.7% in Hong Kong, while Tencent rose 2% and Baidu spent $3 billion.',
  '阿里巴巴表示，未来三年将投入3800亿元用于云和AI硬件基础设施建设。',
];

/** Runs the steps, counting them. */
function stepped<T>(steps: Generator<unknown, T>): { value: T; steps: number } {
  let count = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, steps: count };
    count += 1;
  }
}

test('the lookup built in steps has the tables of the one built at once, and comes in several steps', () => {
  const index = bundledIndex();
  const { value: inSteps, steps } = stepped(lookupSteps(index));
  const atOnce = buildLookup(index);
  // why: a build in one step would be one long task again
  expect(steps).toBeGreaterThan(3);
  expect(inSteps.claimTopics).toEqual(atOnce.claimTopics);
  expect(inSteps.measures).toEqual(atOnce.measures);
  expect(inSteps.recorded).toEqual(atOnce.recorded);
  expect(inSteps.families).toEqual(atOnce.families);
  expect(inSteps.finder.size).toBe(atOnce.finder.size);
  for (const block of BLOCKS) expect(inSteps.finder.find(block)).toEqual(atOnce.finder.find(block));
});

test.each([
  ['en', { lang: 'en' as const }],
  ['zh with a title', { lang: 'zh' as const, title: 'Alibaba to spend more on AI' }],
])('the matcher built in steps annotates as createMatcher does (%s)', (_, options) => {
  const index = bundledIndex();
  const { value: inSteps } = stepped(matcherSteps(index, options));
  const atOnce = createMatcher(index, options);
  expect(inSteps.claims).toEqual(atOnce.claims);
  for (const block of BLOCKS) {
    const figures = findFigures(block);
    const annotations = atOnce.match(block, figures);
    expect(inSteps.match(block, figures)).toEqual(annotations);
  }
  // why: the blocks must tie figures to claims, or the comparison says nothing
  expect(BLOCKS.some((block) => atOnce.match(block, findFigures(block)).length > 0)).toBe(true);
});
