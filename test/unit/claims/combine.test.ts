/** The bundled datasets and the reader's imported ones as one matcher (what the content script uses). */
import { describe, expect, test } from 'vitest';
import { combineMatchers } from '../../../src/core/claims/combine';
import { compileDatasets } from '../../../src/core/claims/compile';
import { createMatcher } from '../../../src/core/claims/matcher';
import type { Dataset } from '../../../src/core/claims/schema';
import { findFigures } from '../../../src/core/figures';
import { bundled, bundledIndex } from './helpers';

const BLOCK = 'Alibaba will invest 380 billion yuan in AI infrastructure.';
const bundledMatcher = createMatcher(bundledIndex());

/** The bundled dataset under another id and version, its capex claim restated at 400 billion yuan. */
function edited(id: string): Dataset {
  const dataset = structuredClone(bundled());
  dataset.id = id;
  dataset.version = '9.9.9';
  for (const claim of dataset.claims) {
    claim.id = `${id}:${claim.id}`;
    if (claim.figure?.kind === 'money' && claim.figure.value === 380e9) claim.figure.value = 400e9;
  }
  return dataset;
}

const match = (m: ReturnType<typeof createMatcher>) =>
  m.match(BLOCK, findFigures(BLOCK)).map((a) => `${a.text} ${a.claim.id} ${a.verdict}`);

describe('combineMatchers', () => {
  test('an imported dataset with no claims leaves the bundled matcher as it is', () => {
    const empty = createMatcher(compileDatasets([]));
    expect(combineMatchers(bundledMatcher, empty)).toBe(bundledMatcher);
  });

  test('an imported dataset with a bundled id replaces it: its claims, its verdicts', () => {
    const imported = createMatcher(compileDatasets([edited(bundled().id)]));
    const combined = combineMatchers(bundledMatcher, imported);
    expect(match(combined)).toEqual([`380 billion yuan ${bundled().id}:capex-380 differs`]);
    expect(combined.claims.every((c) => c.dataset.version === '9.9.9')).toBe(true);
    expect(combined.claim('capex-380')).toBeUndefined();
  });

  test('an imported dataset of its own sits beside the bundled one; one claim per figure, imported first', () => {
    const imported = createMatcher(compileDatasets([edited('mine')]));
    const combined = combineMatchers(bundledMatcher, imported);
    expect(match(combined)).toEqual(['380 billion yuan mine:capex-380 differs']);
    expect(combined.claim('capex-380')?.dataset.id).toBe(bundled().id);
    expect(combined.claims.length).toBe(bundledMatcher.claims.length + imported.claims.length);
  });
});
