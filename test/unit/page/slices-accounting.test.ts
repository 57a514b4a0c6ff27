/**
 * Work spread over tasks tells its time a slice at a time (the page engine's report, issue 12 item 9):
 * runInSlices reports each slice of steps, the matcher's cold build and the reading part's modules
 * go through it. A stubbed `performance.now` stands still unless a step moves it, so a step costs
 * what the test says and the page's time between tasks is nothing.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CompiledIndex } from '../../../src/core/claims/compile';
import type { Matcher } from '../../../src/core/claims/matcher';
import { loadReading, matcherInSlices, type Reading } from '../../../src/page/reading';
import { runInSlices } from '../../../src/page/scheduler';

let clock = 0;
beforeEach(() => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => vi.restoreAllMocks());

/** steps costing the given ms each, returning how many ran */
function* costing(costs: readonly number[]): Generator<void, number> {
  for (const ms of costs) {
    clock += ms;
    yield;
  }
  return costs.length;
}

const BUDGET_MS = 8;

describe('runInSlices', () => {
  test.each<[string, number[], number[]]>([
    [
      'steps of 3 ms: a slice ends at the first step past the budget, the last slice with the end',
      [3, 3, 3, 3, 3, 3, 3],
      [9, 9, 3],
    ],
    ['a step longer than the budget is a slice of its own: a step is never split', [1, 20, 1], [21, 1]],
    ['no steps: one empty slice', [], [0]],
    ['the budget reached exactly ends the slice', [4, 4, 4], [8, 4]],
  ])('%s', async (_why, costs, slices) => {
    const told: number[] = [];
    const ran = await runInSlices(costing(costs), BUDGET_MS, (ms) => told.push(ms));
    expect(ran).toBe(costs.length);
    expect(told).toEqual(slices);
  });

  test('a step that throws: its slice is still told, and the error goes to the caller', async () => {
    function* failing(): Generator<void, number> {
      clock += 2;
      yield;
      clock += 5;
      throw new Error('broken index');
    }
    const told: number[] = [];
    await expect(runInSlices(failing(), BUDGET_MS, (ms) => told.push(ms))).rejects.toThrow('broken index');
    expect(told).toEqual([7]);
  });
});

describe('matcherInSlices', () => {
  const matcher = (name: string): Matcher =>
    ({ claims: [], claim: () => undefined, match: () => [], name }) as Matcher;
  /** a reading whose matcher is built in steps of the index's costs */
  const reading = {
    matcherSteps: function* (index: CompiledIndex) {
      const { costs, name } = index as unknown as { costs: number[]; name: string };
      yield* costing(costs);
      return matcher(name);
    },
  } as unknown as Reading;
  const index = (name: string, costs: number[]) => ({ name, costs }) as unknown as CompiledIndex;

  test("the page's options are read in the first slice, and the imported index's build goes on in the bundled one's last", async () => {
    const told: number[] = [];
    const pageOptions = () => {
      clock += 2;
      return {};
    };
    await matcherInSlices(
      reading,
      index('bundled', [3, 3, 3, 3]),
      index('imported', [3, 3]),
      pageOptions,
      (ms) => told.push(ms),
    );
    // 2 + 3 + 3 | 3 + 3 (bundled ends) + 3 | 3 (imported ends)
    expect(told).toEqual([8, 9, 3]);
  });
});

describe('loadReading', () => {
  test("each of the reading part's modules is timed as it is evaluated", async () => {
    const told: number[] = [];
    const ready = await loadReading((ms) => told.push(ms));
    expect(typeof ready.findFigures).toBe('function');
    // the recognizer, then the matcher; the stopped clock makes each evaluation cost nothing
    expect(told).toEqual([0, 0]);
  });
});
