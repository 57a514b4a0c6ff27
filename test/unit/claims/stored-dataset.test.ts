import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDatasets } from '../../../src/core/claims/compile';
import { createMatcher } from '../../../src/core/claims/matcher';
import type { Dataset } from '../../../src/core/claims/schema';
import { storedDatasetProblem } from '../../../src/core/claims/stored-dataset';
import { findFigures } from '../../../src/core/figures';
import { validDataset } from '../../dom/options/dataset.fixture';
import { loadRaw } from './helpers';

const without = (path: string[]) => {
  const data = structuredClone(validDataset()) as Record<string, unknown>;
  let node = data as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[path.at(-1)!];
  return data;
};

/** compiling the dataset and matching a page that names its subjects, as the engine does */
function useInEngine(data: unknown) {
  const index = compileDatasets([data as Dataset]);
  const matcher = createMatcher(index);
  const text = 'Acme Power will invest 12 billion dollars, or US$12bn, up 5% on the year.';
  for (const annotation of matcher.match(text, findFigures(text))) matcher.claim(annotation.claim.id);
}

describe('storedDatasetProblem', () => {
  it.each([
    [validDataset(), undefined, 'the fixture, valid by the schema'],
    [loadRaw(), undefined, 'the bundled dataset'],
    [without(['subjects']), 'subjects: must be a list', 'the reported crash: no subjects'],
    [
      without(['claims', '0', 'statement']),
      'claims[0].statement: must be an object',
      'no statement for the card',
    ],
    [without(['claims', '0', 'topics', 'zh']), 'claims[0].topics.zh: must be a list', 'half the topics'],
    [
      without(['claims', '0', 'sources', '0', 'publisher']),
      'claims[0].sources[0].publisher: must be text',
      'a source',
    ],
    [{ ...validDataset(), claims: 'x' }, 'claims: must be a list', 'claims of the wrong type'],
    [null, 'the dataset: must be an object', 'nothing'],
  ])('%#: %j', (data, problem, _why) => {
    expect(storedDatasetProblem(data)).toBe(problem);
  });

  it('names a claim whose subject the dataset lacks', () => {
    const data = validDataset();
    data.claims[0]!.subject = 'nobody';
    expect(storedDatasetProblem(data)).toBe('claims[0].subject: "nobody" is not one of its subjects');
  });

  // any field of the dataset deleted or replaced: what the check lets through compiles and matches
  it('what it accepts, the engine can use', () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (v && typeof v === 'object')
        for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(validDataset(), []);
    const junk = fc.constantFrom<unknown>(undefined, null, 0, -1, '', 'x', [], {}, [1], { en: 1 }, true);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths.filter((p) => p.length > 0)), junk), {
          minLength: 1,
          maxLength: 2,
        }),
        (edits) => {
          const data = structuredClone(validDataset()) as Record<string, unknown>;
          for (const [path, value] of edits) {
            let node: Record<string | number, unknown> | undefined = data;
            for (const key of path.slice(0, -1))
              node = node?.[key] as Record<string | number, unknown> | undefined;
            if (node && typeof node === 'object') node[path.at(-1)!] = value;
          }
          if (storedDatasetProblem(data) === undefined) useInEngine(data);
        },
      ),
      { numRuns: 6000 },
    );
  }, 60_000);
});
