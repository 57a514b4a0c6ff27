/**
 * What the content script and the engine get from storage (platform/imported-datasets.ts): only
 * usable datasets, each marked as imported; a broken entry is skipped, and the bundled claims are
 * still matched (item 4; the mark for item 3's card).
 */
import { describe, expect, it, vi } from 'vitest';
import { validDataset } from '../../dom/options/dataset.fixture';
import { bundledIndex } from '../claims/helpers';

const local = { data: {} as Record<string, unknown> };
vi.mock('../../../src/platform/browser', () => ({
  browser: { storage: { local: { get: async (key: string) => ({ [key]: local.data[key] }) } } },
}));

const { importedDatasets } = await import('../../../src/platform/imported-datasets');
const { IMPORTED_DATASETS_KEY } = await import('../../../src/platform/datasets-store');
const { compileDatasets } = await import('../../../src/core/claims/compile');
const { createMatcher } = await import('../../../src/core/claims/matcher');
const { combineMatchers } = await import('../../../src/core/claims/combine');
const { findFigures } = await import('../../../src/core/figures');

const entry = (data: Record<string, unknown>) => ({
  id: data.id,
  name: String(data.name),
  version: '1.0.0',
  claimCount: 1,
  importedAt: '2026-01-01T00:00:00Z',
  fileName: 'x.json',
  data,
});

describe('importedDatasets', () => {
  it('skips an entry without subjects; the bundled and the good imported claims are still matched', async () => {
    const { subjects: _s, ...noSubjects } = validDataset({ id: 'broken' });
    local.data = { [IMPORTED_DATASETS_KEY]: [entry(noSubjects), entry(validDataset())] };
    const imported = await importedDatasets();
    expect(imported.datasets.map((d) => d.id)).toEqual(['test-energy']);
    // as the engine does: the bundled index and the imported one, combined
    const matcher = combineMatchers(
      createMatcher(bundledIndex()),
      createMatcher(compileDatasets(imported.datasets)),
    );
    const text =
      'Alibaba will invest 380 billion yuan in AI infrastructure. Acme Power will invest 12 billion dollars.';
    const ids = matcher.match(text, findFigures(text)).map((a) => a.claim.id);
    expect(ids).toContain('capex-380');
    expect(ids).toContain('acme-capex');
    expect(matcher.claim('acme-capex')!.dataset.imported).toBe(true);
    expect(matcher.claim('capex-380')!.dataset.imported).toBeUndefined();
  });
});
