/**
 * The Custom Highlight renderer, in happy-dom with a stand-in for the browser's highlight registry
 * (happy-dom has none): marks become ranges in named highlights, and the page's DOM is never touched.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PageApp } from '../../../src/page/app';
import { createHighlightRenderer, supportsHighlights } from '../../../src/page/highlight-renderer';
import { fakeAppOptions } from './fake-engine';

class FakeHighlight extends Set<Range> {
  priority = 0;
}

type HighlightWindow = { CSS: { highlights?: Map<string, FakeHighlight> }; Highlight?: unknown };
const win = window as unknown as HighlightWindow;
const realCss = Object.getOwnPropertyDescriptor(window, 'CSS');

beforeEach(() => {
  Object.defineProperty(window, 'CSS', {
    value: { highlights: new Map() },
    configurable: true,
    writable: true,
  });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
});

afterEach(() => {
  if (realCss) Object.defineProperty(window, 'CSS', realCss);
  else delete (window as { CSS?: unknown }).CSS;
  delete win.Highlight;
  document.body.innerHTML = '';
});

describe('highlight renderer', () => {
  test('is chosen where the registry exists', () => {
    expect(supportsHighlights(window)).toBe(true);
  });

  test('draws marks as ranges per verdict and leaves the DOM exactly as it was', async () => {
    document.body.innerHTML =
      '<p>Alibaba will invest <b>380</b> billion yuan.</p><p>Alibaba said 200 billion yuan was wrong.</p>';
    const before = document.body.innerHTML;
    const app = new PageApp(fakeAppOptions());
    app.start();
    await app.scanned;
    const registry = win.CSS.highlights!;
    const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.toString());
    expect(texts('claimlens-consistent')).toEqual(['380 billion yuan']);
    expect(texts('claimlens-differs')).toEqual(['200 billion yuan']);
    expect(document.body.innerHTML).toBe(before);

    // the keyboard's active mark and the flash are layers of their own, above the verdicts
    app.moveMark(1);
    expect(texts('claimlens-active')).toEqual(['380 billion yuan']);
    expect(registry.get('claimlens-active')!.priority).toBeGreaterThan(
      registry.get('claimlens-consistent')!.priority,
    );

    app.stop();
    expect([...registry.keys()]).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });

  test('styles live in an adopted sheet, not in the page, put in with the first mark', () => {
    document.body.innerHTML = '<p>Alibaba will invest 380 billion yuan.</p>';
    const before = document.adoptedStyleSheets.length;
    const renderer = createHighlightRenderer(document, 'background');
    // nothing of ours in the page, not even a registered highlight, until there is a mark
    expect(document.adoptedStyleSheets.length).toBe(before);
    expect([...win.CSS.highlights!.keys()]).toEqual([]);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    const mark = { id: 1, range, block: {} as never, annotation: { verdict: 'consistent' } as never };
    renderer.add([mark]);
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    expect(document.querySelector('style')).toBeNull();
    expect(win.CSS.highlights!.get('claimlens-consistent')?.size).toBe(1);
    renderer.dispose();
    expect(document.adoptedStyleSheets.length).toBe(before);
    expect([...win.CSS.highlights!.keys()]).toEqual([]);
  });
});
