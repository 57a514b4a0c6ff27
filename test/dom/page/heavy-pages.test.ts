/**
 * Live and heavy pages, as structure rather than time (the timings are in `npm run bench:pages`):
 * a rescan reads only what changed and costs no comparison of every changed block with every other;
 * a giant block is read a window at a time; a ticker neither starves the rescans nor gets read while
 * it ticks.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PageApp, type PageAppOptions } from '../../../src/page/app';
import type { Engine } from '../../../src/page/scan';
import { fakeAppOptions, fakeEngine } from './fake-engine';
import { installFakeHighlights } from './fake-highlights';

let app: PageApp | undefined;
afterEach(() => {
  app?.stop();
  app = undefined;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The fake engine, with every text it was asked to read. */
function countingEngine() {
  const read: string[] = [];
  const matched: string[] = [];
  const engine: Engine = {
    ...fakeEngine,
    findFigures(text, options) {
      read.push(text);
      return fakeEngine.findFigures(text, options);
    },
    match(text, figures, context) {
      matched.push(text);
      return fakeEngine.match(text, figures, context);
    },
  };
  return { engine, read, matched };
}

function start(overrides: Partial<PageAppOptions> = {}) {
  app = new PageApp(fakeAppOptions({ mutationDelayMs: 5, ...overrides }));
  app.start();
  return app;
}

/** waits long enough for a machine busy with other work (it is no timing assertion) */
const SLOW = { timeout: 10_000 };

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Alibaba will invest 380 billion yuan (${i}).</p>`).join('');

/** Calls of the DOM's containment and order tests: what comparing blocks with each other costs. */
function countComparisons() {
  const proto = window.Node.prototype;
  const contains = vi.spyOn(proto, 'contains');
  const compare = vi.spyOn(window.Range.prototype, 'compareBoundaryPoints');
  const position = vi.spyOn(proto, 'compareDocumentPosition');
  return () => contains.mock.calls.length + compare.mock.calls.length + position.mock.calls.length;
}

describe('rescans cost what changed', () => {
  test('changing k of n marked paragraphs reads those k again, and compares no block with every other', async () => {
    const n = 120;
    document.body.innerHTML = `<article>${paragraphs(n)}</article>`;
    const { engine, read } = countingEngine();
    const page = start({ engine });
    await page.scanned;
    expect(page.report().marks).toHaveLength(n);
    const changed = [...document.querySelectorAll('p')].filter((_, i) => i % 2 === 0);
    read.length = 0;
    const comparisons = countComparisons();
    // the text after the mark: " (7)."
    for (const p of changed) (p.lastChild as Text).data = (p.lastChild as Text).data.replace('(', '[');
    await vi.waitFor(() => expect(read).toHaveLength(changed.length), SLOW);
    await vi.waitFor(() => expect(page.report().marks).toHaveLength(n), SLOW);
    // each changed paragraph once, and only those
    expect(new Set(read).size).toBe(changed.length);
    expect(read.every((text) => text.includes('['))).toBe(true);
    // not one comparison per pair of blocks (thousands here): a few per changed block at most
    expect(comparisons()).toBeLessThan(4 * changed.length);
  }, 60_000);

  test('a block added inside a marked article reads the new block alone', async () => {
    document.body.innerHTML = `<article><h1>Alibaba</h1>${paragraphs(50)}</article>`;
    const { engine, read } = countingEngine();
    const page = start({ engine });
    await page.scanned;
    read.length = 0;
    const added = document.createElement('section');
    added.innerHTML = '<p>Alibaba said 200 billion yuan.</p><p>Alibaba: 380 billion yuan.</p>';
    document.querySelector('article')!.append(added);
    await vi.waitFor(() => expect(page.report().marks).toHaveLength(52), SLOW);
    expect(read.sort()).toEqual(['Alibaba said 200 billion yuan.', 'Alibaba: 380 billion yuan.']);
  }, 20_000);

  test('a custom element added with paragraphs inside it: the paragraphs are read', async () => {
    document.body.innerHTML = `<article>${paragraphs(3)}</article>`;
    const page = start();
    await page.scanned;
    const widget = document.createElement('story-card');
    widget.innerHTML = '<p>Alibaba said 200 billion yuan.</p>';
    document.querySelector('article')!.append(widget);
    await vi.waitFor(() => expect(page.report().marks).toHaveLength(4), SLOW);
  }, 20_000);

  test('removing marked paragraphs drops their marks; what stays is not read again', async () => {
    document.body.innerHTML = `<article>${paragraphs(20)}</article>`;
    const { engine, read } = countingEngine();
    const page = start({ engine });
    await page.scanned;
    read.length = 0;
    for (const p of [...document.querySelectorAll('p')].slice(0, 5)) p.remove();
    await vi.waitFor(() => expect(page.report().marks).toHaveLength(15), SLOW);
    expect(read).toEqual([]);
  }, 20_000);
});

describe('marks hold no live Range', () => {
  let highlights: ReturnType<typeof installFakeHighlights>;
  beforeEach(() => {
    highlights = installFakeHighlights();
  });
  afterEach(() => highlights.uninstall());

  test('marking n paragraphs leaves no Range the browser must update on every text change of the page', async () => {
    // why: the browser updates each live Range of a document on each change to any of its text, so
    // 6,000 marks made a page's edit of 6,000 paragraphs 36 million updates
    const n = 60;
    document.body.innerHTML = `<article>${paragraphs(n)}</article>`;
    const made = vi.spyOn(document, 'createRange');
    const page = start({ renderer: 'highlight' });
    await page.scanned;
    expect(page.marks()).toHaveLength(n);
    expect(made).not.toHaveBeenCalled();
    // what they cover and their order are still the page's
    expect(page.marks().map((m) => m.range.toString())).toEqual(Array(n).fill('380 billion yuan'));
    const paragraphsInOrder = [...document.querySelectorAll('p')];
    expect(page.marks().map((m) => m.range.startContainer.parentElement)).toEqual(paragraphsInOrder);
  }, 60_000);

  test('the element-wrapping renderer still gets live ranges, which follow its splits of the text', async () => {
    document.body.innerHTML = '<p>Alibaba will invest 380 billion yuan, and 380 billion yuan more.</p>';
    const page = start({ renderer: 'wrap' });
    await page.scanned;
    expect(page.marks().map((m) => m.range.toString())).toEqual(['380 billion yuan', '380 billion yuan']);
    expect(document.querySelectorAll('claimlens-mark')).toHaveLength(2);
  }, 60_000);
});

describe('big blocks are read in windows', () => {
  // the Custom Highlight renderer, as in the browsers: wrapping thousands of marks is slow in happy-dom
  let highlights: ReturnType<typeof installFakeHighlights>;
  beforeEach(() => {
    highlights = installFakeHighlights();
  }, 20_000);
  afterEach(() => highlights.uninstall());

  test('one <p> of 120,000 characters: the matcher never gets more than a window, and every figure is marked where it is', async () => {
    const sentence = 'Alibaba will invest 380 billion yuan in AI infrastructure, Wu said. ';
    const repeats = Math.ceil(120_000 / sentence.length);
    document.body.innerHTML = `<p>${sentence.repeat(repeats)}</p>`;
    const { engine, matched } = countingEngine();
    const page = start({ engine });
    await page.scanned;
    expect(matched.length).toBeGreaterThan(20);
    expect(Math.max(...matched.map((text) => text.length))).toBeLessThanOrEqual(3000);
    const { marks } = page.report();
    expect(marks).toHaveLength(repeats);
    // offsets moved back into the block: each mark's range shows its own figure
    expect(new Set(page.marks().map((m) => m.range.toString()))).toEqual(new Set(['380 billion yuan']));
    expect(new Set(page.marks().map((m) => m.annotation.start % sentence.length))).toEqual(
      new Set([sentence.indexOf('380')]),
    );
  }, 20_000);

  test('the windows of a big block are read in slices: the page gets the thread back in between', async () => {
    const sentence = 'Alibaba will invest 380 billion yuan in AI infrastructure, Wu said. ';
    document.body.innerHTML = `<p>${sentence.repeat(Math.ceil(60_000 / sentence.length))}</p>`;
    // a matcher that takes the whole slice budget for each window
    const slow: Engine = {
      ...fakeEngine,
      match(text, figures, context) {
        const until = performance.now() + 10;
        while (performance.now() < until) {
          // busy, as a real matcher on a dense window may be
        }
        return fakeEngine.match(text, figures, context);
      },
    };
    const yields = vi.spyOn(window, 'setTimeout');
    const page = start({ engine: slow });
    await page.scanned;
    // one yield per window read, at the least (scheduler.yield is missing in happy-dom)
    const zeroTimeouts = yields.mock.calls.filter(([, ms]) => !ms).length;
    expect(zeroTimeouts).toBeGreaterThan(10);
  }, 20_000);
});

describe('tickers', () => {
  test('a ticker changing every 5 ms starves no rescan: a paragraph added meanwhile is marked', async () => {
    document.body.innerHTML =
      '<div class="ticker"><span>HSI 26,000</span></div><article><p>Intro.</p></article>';
    const { engine, read } = countingEngine();
    const page = start({ engine, mutationDelayMs: 20, tickerMs: 100 });
    await page.scanned;
    const quote = document.querySelector('.ticker span')!;
    let tick = 0;
    const ticker = setInterval(() => {
      quote.textContent = `HSI ${26_000 + (tick++ % 50)}`;
    }, 5);
    try {
      await new Promise((r) => setTimeout(r, 150));
      const added = document.createElement('p');
      added.textContent = 'Alibaba will invest 380 billion yuan.';
      document.querySelector('article')!.append(added);
      await vi.waitFor(
        () => expect(page.report().marks.map((m) => m.annotation.text)).toEqual(['380 billion yuan']),
        SLOW,
      );
      // the ticker was read a few times at most before it was known for one, not at every tick
      expect(read.filter((text) => text.startsWith('HSI')).length).toBeLessThan(5);
    } finally {
      clearInterval(ticker);
    }
  }, 20_000);

  test('a ticker that stops is read once more, as it then stands', async () => {
    document.body.innerHTML = '<div class="live"><span>Waiting</span></div>';
    const page = start({ mutationDelayMs: 5, tickerMs: 60 });
    await page.scanned;
    const live = document.querySelector('.live span')!;
    for (let i = 0; i < 6; i++) {
      live.textContent = `Update ${i}`;
      await new Promise((r) => setTimeout(r, 10));
    }
    live.textContent = 'Alibaba will invest 380 billion yuan.';
    await vi.waitFor(() => expect(page.report().marks).toHaveLength(1), SLOW);
  }, 20_000);
});
