import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { compileDatasets } from '../../../src/core/claims/compile';
import { createMatcher } from '../../../src/core/claims/matcher';
import type { ClaimRecord } from '../../../src/core/claims/types';
import { claimRecordSchema } from '../../../src/contracts/report';
import { bundled, bundledIndex } from './helpers';

describe('compiled index', () => {
  const index = bundledIndex();
  const matcher = createMatcher(index);

  it('keeps every claim with a numeric figure and leaves out the date and partnership claims', () => {
    expect(bundled().claims).toHaveLength(16);
    expect(index.claims.map((c) => c.record.id).sort()).toEqual(
      [
        'accio-33',
        'baba-hk-0924',
        'baba-mcap',
        'capex-380',
        'capex-jun25',
        'capex-usd',
        'cloud-jun25',
        'cloud-sep25',
        'energy-2032',
        'four-trillion',
        'qwen-deriv',
        'qwen-dl',
        'qwen3-max-params',
        'wu-ai-4tn',
      ].sort(),
    );
  });

  it('subjects of one partOf family share the root', () => {
    const root = index.subjects.find((s) => s.id === 'alibaba')!;
    const rootIdx = index.subjects.indexOf(root);
    for (const id of ['alibaba-cloud', 'qwen', 'accio']) {
      expect(index.subjects.find((s) => s.id === id)?.family).toBe(rootIdx);
    }
  });

  it('records name the original outlet and keep copies as extra links', () => {
    const capex = matcher.claim('capex-380')!;
    const xinhua = capex.sources[0]!;
    expect(xinhua.publisher).toBe('Xinhua');
    expect(xinhua.urlIsCopy).toBe(true);
    expect(xinhua.url).toBe('https://en.people.cn/n3/2025/0224/c90000-20280703.html');
    expect(capex.sources[1]).toMatchObject({
      publisher: '每日经济新闻 (National Business Daily)',
      url: 'https://m.nbd.com.cn/articles/2025-02-24/3761601.html',
    });
    expect(capex.sources[1]!.urlIsCopy).toBeUndefined();
    // link text: never empty; a quote when the title is unknown; a copy is named as one
    expect(xinhua.title).toBe(
      '“more than 380 billion yuan (about 53 billion U.S. dollars)” (copy at en.people.cn)',
    );
    expect(capex.sources[4]!.title).toBe(
      '“公司正积极推进3,800亿元的AI基础设施建设，并计划追加更大投入” (copy at chinahospitalitynews.com)',
    );
    for (const c of matcher.claims) for (const s of c.sources) expect(s.title).not.toBe('');
    expect(capex.equivalents?.[0]?.figure).toMatchObject({ kind: 'money', value: 53e9, unit: 'USD' });
  });

  it('a source keeps its kind, and a copy the outlet it copies', () => {
    const release = matcher.claim('cloud-jun25')!.sources[0]!;
    expect(release).toMatchObject({ publisher: 'Alibaba Group', kind: 'primary' });
    expect(release.copyOf).toBeUndefined();
    const rewrite = matcher.claim('qwen-deriv')!.sources.find((s) => s.kind === 'copy')!;
    expect(rewrite).toMatchObject({ publisher: 'Digital Phablet', copyOf: 'Yicai Global' });
    for (const c of matcher.claims)
      for (const s of c.sources) expect(['primary', 'report', 'copy']).toContain(s.kind);
  });

  it('every source link is https', () => {
    for (const c of matcher.claims) {
      for (const s of [...c.sources, ...(c.variants ?? []).flatMap((v) => v.sources ?? [])]) {
        expect(s.url).toMatch(/^https:\/\//);
        for (const v of s.via ?? []) expect(v.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('records pass the messages mirror (zod/mini) unchanged', () => {
    for (const c of matcher.claims) {
      const parsed: ClaimRecord = z.parse(claimRecordSchema, c);
      expect(parsed).toEqual(c);
    }
  });

  it('is compact JSON (bundled into the engine)', () => {
    // 40.8k characters with the claims' measures and events and the traditional-script texts;
    // bench:size reports the bytes of every bundled dataset
    expect(JSON.stringify(index).length).toBeLessThan(45_000);
  });

  it('merges a subject defined by two datasets', () => {
    const a = bundled();
    const b = {
      ...bundled(),
      id: 'second',
      claims: bundled().claims.map((c) => ({ ...c, id: `b-${c.id}` })),
    };
    const merged = compileDatasets([a, b]);
    expect(merged.subjects.filter((s) => s.id === 'alibaba')).toHaveLength(1);
    expect(merged.datasets.map((d) => d.id)).toEqual(['alibaba-ai-2025', 'second']);
    const m = createMatcher(merged);
    expect(m.claim('b-capex-380')?.dataset.id).toBe('second');
  });
});
