/**
 * The Custom Highlight renderer, in happy-dom with a stand-in for the browser's highlight registry
 * (happy-dom has none): marks become ranges in highlights with names no page can guess, the page's
 * DOM is never touched, and what a page does to the registry is undone from the engine's own record.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PageApp } from '../../../src/page/app';
import { createHighlightRenderer, supportsHighlights } from '../../../src/page/highlight-renderer';
import { rangeFor } from '../../../src/page/text-index';
import { indexBlocks } from './read-block';
import { fakeAppOptions } from './fake-engine';
import { FakeHighlight, highlightNamesIn, installFakeHighlights, recordSheetTexts } from './fake-highlights';

let fake: ReturnType<typeof installFakeHighlights>;
/** every css text our renderer gave its style sheet */
let sheets: string[];

beforeEach(() => {
  fake = installFakeHighlights();
  sheets = recordSheetTexts();
});

afterEach(() => {
  vi.restoreAllMocks();
  fake.uninstall();
  document.body.innerHTML = '';
});

const ARTICLE =
  '<p>Alibaba will invest <b>380</b> billion yuan.</p><p>Alibaba said 200 billion yuan was wrong.</p>';

async function started() {
  document.body.innerHTML = ARTICLE;
  const app = new PageApp(fakeAppOptions());
  app.start();
  await app.scanned;
  const names = highlightNamesIn(sheets.at(-1)!);
  const texts = (key: string) => [...(fake.registry.get(names[key]!) ?? [])].map((r) => r.toString());
  return { app, names, texts };
}

describe('highlight renderer', () => {
  test('is chosen where the registry exists', () => {
    expect(supportsHighlights(window)).toBe(true);
  });

  test('draws marks as ranges per verdict and leaves the DOM exactly as it was', async () => {
    const { app, names, texts } = await started();
    expect(texts('consistent')).toEqual(['380 billion yuan']);
    expect(texts('differs')).toEqual(['200 billion yuan']);
    expect(document.body.innerHTML).toBe(ARTICLE);

    // the keyboard's active mark and the flash are layers of their own, above the verdicts
    app.moveMark(1);
    expect(texts('active')).toEqual(['380 billion yuan']);
    expect(fake.registry.get(names.active!)!.priority).toBeGreaterThan(
      fake.registry.get(names.consistent!)!.priority,
    );

    app.stop();
    expect([...fake.registry.keys()]).toEqual([]);
    expect(document.body.innerHTML).toBe(ARTICLE);
  });

  test('names say nothing of the verdict and differ from one page load to the next', async () => {
    const first = await started();
    const firstNames = Object.values(first.names);
    first.app.stop();
    const second = await started();
    const secondNames = Object.values(second.names);
    second.app.stop();
    for (const name of [...firstNames, ...secondNames]) {
      expect(name).toMatch(/^h[0-9a-f]{18}$/);
      expect(name).not.toMatch(/claimlens|consistent|differs|context|active|flash/);
    }
    expect(new Set([...firstNames, ...secondNames]).size).toBe(10);
  });

  test('the painted ranges are copies no script can move; the live ranges stay with the engine', async () => {
    const { app, names } = await started();
    const [painted] = fake.registry.get(names.consistent!)!;
    expect(painted).not.toBeInstanceOf(Range);
    expect(() => {
      (painted as unknown as { startOffset: number }).startOffset = 0;
    }).toThrow();
    expect(app.marks().map((m) => m.range)).not.toContain(painted);
  });

  // each a forgery of the issue, done to the registry as a page script could
  test.each([
    [
      'deleting our highlight',
      (r: Map<string, FakeHighlight>, n: Record<string, string>) => r.delete(n.consistent!),
    ],
    [
      'putting its own highlight under our name',
      (r: Map<string, FakeHighlight>, n: Record<string, string>) => r.set(n.consistent!, new FakeHighlight()),
    ],
    [
      'emptying our highlight',
      (r: Map<string, FakeHighlight>, n: Record<string, string>) => r.get(n.consistent!)!.clear(),
    ],
    [
      'moving the agreeing figure into the red layer',
      (r: Map<string, FakeHighlight>, n: Record<string, string>) => {
        const [range] = r.get(n.consistent!)!;
        r.get(n.consistent!)!.delete(range!);
        r.get(n.differs!)!.add(range!);
      },
    ],
    [
      'painting a rival figure red in our layer',
      (r: Map<string, FakeHighlight>, n: Record<string, string>) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelectorAll('p')[1]!);
        r.get(n.differs!)!.add(range);
      },
    ],
    [
      'swapping a range for another of the same count',
      (r: Map<string, FakeHighlight>, n: Record<string, string>) => {
        const layer = r.get(n.differs!)!;
        const [range] = layer;
        layer.delete(range!);
        const rival = document.createRange();
        rival.selectNodeContents(document.querySelector('b')!);
        layer.add(rival);
      },
    ],
    [
      'lowering the priority of the active layer',
      (r: Map<string, FakeHighlight>, n: Record<string, string>) => {
        r.get(n.active!)!.priority = -1;
      },
    ],
  ])('%s is undone by the check against the engine state', async (_forgery, forge) => {
    const { app, names, texts } = await started();
    const drawn = () => ({
      consistent: texts('consistent'),
      differs: texts('differs'),
      priority: fake.registry.get(names.active!)?.priority,
    });
    const before = drawn();
    forge(fake.registry, names);
    expect(drawn()).not.toEqual(before);
    // the quick check runs on every pointer move, the thorough one on a slow timer
    app.verify(true);
    expect(drawn()).toEqual(before);
  });

  test('our style sheet taken out or rewritten by the page is put back', async () => {
    const { app } = await started();
    const ours = document.adoptedStyleSheets.at(-1)!;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== ours);
    app.verify(false);
    expect(document.adoptedStyleSheets).toContain(ours);
    const css = sheets.at(-1)!;
    ours.replaceSync('* { color: red }');
    app.verify(true);
    expect(sheets.at(-1)).toBe(css);
  });

  test('styles live in an adopted sheet, not in the page, put in with the first mark', () => {
    document.body.innerHTML = '<p>Alibaba will invest 380 billion yuan.</p>';
    const before = document.adoptedStyleSheets.length;
    const renderer = createHighlightRenderer(document, 'background');
    // nothing of ours in the page, not even a registered highlight, until there is a mark
    expect(document.adoptedStyleSheets.length).toBe(before);
    expect([...fake.registry.keys()]).toEqual([]);
    const [block] = indexBlocks(document.body);
    const range = rangeFor(block!, 0, block!.text.length)!;
    const mark = { id: 1, range, block: block!, annotation: { verdict: 'consistent' } as never };
    renderer.add([mark]);
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    expect(document.querySelector('style')).toBeNull();
    expect(fake.registry.get(highlightNamesIn(sheets.at(-1)!).consistent!)?.size).toBe(1);
    renderer.dispose();
    expect(document.adoptedStyleSheets.length).toBe(before);
    expect([...fake.registry.keys()]).toEqual([]);
  });
});
