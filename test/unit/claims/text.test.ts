import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDatasets } from '../../../src/core/claims/compile';
import { createMatcher } from '../../../src/core/claims/matcher';
import type { Dataset } from '../../../src/core/claims/schema';
import { PhraseFinder, sentenceSpans } from '../../../src/core/claims/text';
import { findFigures } from '../../../src/core/figures';
import type { Figure } from '../../../src/core/figures/types';
import { bundledIndex } from './helpers';

const sentences = (text: string) => sentenceSpans(text).map(([s, e]) => text.slice(s, e).trim());

describe('sentenceSpans', () => {
  it.each([
    ['Alibaba rose 9.2%. Tencent fell 1.5%.', ['Alibaba rose 9.2%.', 'Tencent fell 1.5%.']],
    [
      'The U.S. unit of Alibaba Group Holding Ltd. said so. Then more.',
      ['The U.S. unit of Alibaba Group Holding Ltd. said so.', 'Then more.'],
    ],
    [
      'Mr. Wu spoke. He said "AI is big." Then left.',
      ['Mr. Wu spoke.', 'He said "AI is big."', 'Then left.'],
    ],
    ['阿里巴巴收涨9.2%。腾讯下跌1.5%！真的吗？', ['阿里巴巴收涨9.2%。', '腾讯下跌1.5%！', '真的吗？']],
    ['Line one\nLine two', ['Line one', 'Line two']],
    [
      'Shares rose 9.2 percent on Wednesday; Tencent fell.',
      ['Shares rose 9.2 percent on Wednesday;', 'Tencent fell.'],
    ],
    ['', ['']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('spans cover the text without gaps', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'A', ' ', '.', '。', '\n', '9', '"', '阿') }),
        (text) => {
          const spans = sentenceSpans(text);
          expect(spans[0]![0]).toBe(0);
          expect(spans.at(-1)![1]).toBe(text.length);
          for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBe(spans[i - 1]![1]);
        },
      ),
    );
  });
});

describe('PhraseFinder', () => {
  const finder = new PhraseFinder();
  ['Alibaba', 'BABA', '9988.HK', 'Alibaba Cloud', '阿里', '阿里云', 'invest*', 'AI', 'Qwen'].forEach(
    (text, ref) => {
      finder.add({ kind: 0, ref, text });
    },
  );
  const found = (text: string) => finder.find(text).map((h) => text.slice(h.start, h.end));

  it.each([
    ["Alibaba's plan", ['Alibaba']],
    ['alibaba said', ['alibaba']],
    ['Alibabaesque', []],
    ['MyAlibaba', []],
    ['BABA rose', ['BABA']],
    ['Baba rose', []],
    ['ALIBABA', ['ALIBABA']],
    ['9988.HK rose', ['9988.HK']],
    ['19988.HK rose', []],
    ['Alibaba Cloud grew', ['Alibaba', 'Alibaba Cloud']],
    ['阿里云增长', ['阿里', '阿里云']],
    ['阿里巴巴', ['阿里']],
    ['investment in AI-driven', ['invest', 'AI']],
    ['reinvest', []],
    ['SAID the AIM', []],
    ['Qwen3-Max', ['Qwen']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the matcher never throws and keeps offsets', () => {
  const matcher = createMatcher(bundledIndex());
  it('random text around real figures', () => {
    const words = fc.constantFrom(
      'Alibaba',
      '阿里巴巴',
      'Tencent',
      '腾讯',
      ' invest ',
      ' shares ',
      '380 billion yuan',
      '3800亿元',
      'over 7%',
      '9.2%',
      ' fell ',
      '$53 billion',
      '. ',
      '。',
      '\n',
      'U.S.',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const figures = findFigures(text);
        const anns = matcher.match(text, figures);
        expect(anns.length).toBeLessThanOrEqual(figures.length);
        for (const a of anns) {
          expect(text.slice(a.start, a.end)).toBe(a.text);
          expect(figures).toContain(a.figure);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the sorted figure index of a crowded subject', () => {
  it('every claim of a crowded subject is found from its own figure', () => {
    const kinds = ['percent', 'number', 'money'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...kinds), fc.integer({ min: 1, max: 100_000 })), {
          minLength: 1,
          maxLength: 60,
        }),
        (specs) => {
          const claims = specs.map(([kind, n], i) => ({
            id: `c${i}`,
            subject: 'acme',
            topics: { en: ['metric'], zh: [] },
            statement: { en: `claim ${i}`, zh: `声明${i}` },
            figure: kind === 'money' ? { kind, value: n * 1e6, unit: 'USD' } : { kind, value: n / 10 },
            asOf: '2025-01-01',
            rating: 'accurate' as const,
            sources: [
              { publisher: 'X', kind: 'report' as const, url: 'https://example.com', language: 'en' },
            ],
            review: { by: 't', date: '2025-01-01' },
          }));
          const index = compileDatasets([
            {
              id: 'p',
              name: 'p',
              version: '1.0.0',
              license: 'x',
              maintainer: { name: 'x' },
              subjects: [
                { id: 'acme', name: { en: 'Acme', zh: '阿克米' }, aliases: { en: ['Acme'], zh: [] } },
              ],
              claims,
            } as Dataset,
          ]);
          const matcher = createMatcher(index);
          for (const c of claims) {
            const block = 'Acme metric X.';
            const figure: Figure = {
              text: 'X',
              start: 12,
              end: 13,
              kind: c.figure.kind,
              value: c.figure.value,
              unit: c.figure.kind === 'money' ? 'USD' : null,
              approx: 'exact',
            };
            const [a] = matcher.match(block, [figure]);
            expect(a?.verdict).toBe('consistent');
            expect(a?.claim.value).toBe(c.figure.value);
            expect(a?.claim.kind).toBe(c.figure.kind);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
