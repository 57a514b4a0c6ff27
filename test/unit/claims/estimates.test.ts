/**
 * Estimate words (china-tech-ai-2025): "projected", "expected", 预计 attach a figure to an analysts'
 * estimate and compete with the reported figure, whichever stands nearer the figure. Minimal sentences
 * of our own on both bundled datasets, through the same figure reading as the page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDatasets } from '../../../src/core/claims/compile';
import { createMatcher } from '../../../src/core/claims/matcher';
import { validateDataset } from '../../../src/core/claims/schema';
import { readFigures } from '../../../src/core/read-figures';
import { openccConverter } from '../../../src/platform/opencc-converter';
import { ROOT } from './helpers';

const datasets = ['alibaba-ai-2025.json', 'china-tech-ai-2025.json'].map((file) => {
  const r = validateDataset(JSON.parse(readFileSync(resolve(ROOT, 'data/claims', file), 'utf8')), file);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.dataset;
});
const matcher = createMatcher(compileDatasets(datasets, openccConverter()), { pageDate: '2025-09-25' });
const tied = (text: string) =>
  matcher.match(text, readFigures(text)).map((a) => `${a.text} -> ${a.claim.id} ${a.verdict}`);

// [why, block, expected]
const CASES: [string, string, string[]][] = [
  [
    '"projected" makes the figure an estimate, not a reported one',
    "Tencent's projected capex could reach about 90 billion yuan in 2025.",
    ['90 billion yuan -> tencent-capex-2025-est consistent'],
  ],
  [
    'a projection farther away does not make a reported figure an estimate',
    "Tencent's capex was 76.8 billion yuan in 2024, short of some projections.",
    ['76.8 billion yuan -> tencent-capex-2024 consistent'],
  ],
  [
    '预计 the same in Chinese',
    '腾讯预计2025年资本开支约900亿元。',
    ['900亿元 -> tencent-capex-2025-est consistent'],
  ],
  ['報告的數字（繁體）', '騰訊2024年資本開支為767.6億元。', ['767.6億元 -> tencent-capex-2024 consistent']],
];

describe('estimate words', () => {
  test.each(CASES)('%s', (_why, block, expected) => {
    expect(tied(block)).toEqual(expected);
  });
});
