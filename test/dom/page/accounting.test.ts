/**
 * The report's time of ours (issue 12, item 9): `longestTaskMs` and `ms` count only our synchronous
 * stretches of work, never the page's time while we wait (an engine's load yields to it for long),
 * and they count the load's own slices. A stubbed `performance.now` stands still unless a test moves
 * it: our work costs what the test says, the page's time between tasks what the test says.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PageApp } from '../../../src/page/app';
import type { Account } from '../../../src/page/scheduler';
import type { Engine } from '../../../src/page/scan';
import { fakeAppOptions, fakeEngine } from './fake-engine';

const ARTICLE = '<article><p>Alibaba will invest 380 billion yuan in AI.</p><p>Nothing here.</p></article>';

let clock = 0;
/** the page has the thread: a task of its own, `ms` of its time (ours stand still meanwhile) */
const pageTask = async (ms = 0) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  clock += ms;
};

let app: PageApp | undefined;
beforeEach(() => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  app?.stop();
  app = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function start(engine: Engine, onSummary: () => void = () => {}) {
  app = new PageApp(fakeAppOptions({ engine, onSummary, mutationDelayMs: 10 }));
  app.start();
  return app;
}

type Load = (account: Account) => Promise<void>;

describe("the engine load's time", () => {
  test.each<[string, Load, { longestTaskMs: number; ms: number }]>([
    [
      'a load that waits 200 ms for the page over four yields, doing nothing itself, is no task of ours',
      async () => {
        for (let i = 0; i < 4; i++) await pageTask(50);
      },
      { longestTaskMs: 0, ms: 0 },
    ],
    [
      'each slice the load reports (a module evaluated, a part of the matcher) is one task of ours',
      async (account) => {
        account(30);
        await pageTask(100);
        account(12);
      },
      { longestTaskMs: 30, ms: 42 },
    ],
    [
      "the load's work before its first yield counts in the slice that started it",
      (_account) => {
        clock += 4;
        return pageTask(100);
      },
      { longestTaskMs: 4, ms: 4 },
    ],
  ])('%s', async (_why, load, expected) => {
    document.body.innerHTML = ARTICLE;
    const page = start({ ...fakeEngine, load });
    await page.scanned;
    expect(page.report().marks).toHaveLength(1);
    expect(page.report().stats).toMatchObject(expected);
  });
});

describe('the end of a reading', () => {
  // a match costs 3 ms and the summary 5 ms, in the same task: one slice of 8
  const costly: Engine = {
    ...fakeEngine,
    match(text, figures, context) {
      clock += 3;
      return fakeEngine.match(text, figures, context);
    },
  };
  const costlySummary = () => {
    clock += 5;
  };

  test("the summary after a full scan is counted with the scan's last slice", async () => {
    document.body.innerHTML = ARTICLE;
    const page = start(costly, costlySummary);
    await page.scanned;
    expect(page.report().stats).toMatchObject({ longestTaskMs: 8, ms: 8 });
  });

  test("the check and summary after a rescan are counted with the rescan's last slice", async () => {
    document.body.innerHTML = '<article><p>Nothing here yet.</p></article>';
    const page = start(costly, costlySummary);
    await page.scanned;
    expect(page.report().stats).toMatchObject({ longestTaskMs: 5, ms: 5 });
    const added = document.createElement('p');
    added.textContent = 'Alibaba will invest 380 billion yuan.';
    document.querySelector('article')!.append(added);
    await vi.waitFor(() => expect(page.report().marks).toHaveLength(1));
    await vi.waitFor(() => expect(page.report().stats).toMatchObject({ longestTaskMs: 8, ms: 13 }));
  });
});
