/**
 * Painting only near the viewport (issue 12, item 9): every change to the highlight registry costs
 * the browser a redo of all its ranges, so the renderer paints the marks of blocks near the viewport
 * and keeps the rest in its own record. happy-dom lays nothing out: a stand-in IntersectionObserver
 * says which blocks are near, and a stand-in Range geometry puts each character on a line.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Verdict } from '../../../src/core/claims/types';
import { createHighlightRenderer } from '../../../src/page/highlight-renderer';
import type { Mark } from '../../../src/page/marks';
import {
  everythingNear,
  firstIndex,
  MARKS_PAINTED_WHOLE,
  viewportWindow,
} from '../../../src/page/paint-window';
import { rangeFor } from '../../../src/page/text-index';
import { highlightNamesIn, installFakeHighlights, recordSheetTexts } from './fake-highlights';
import { indexBlocks } from './read-block';

/** The browser's IntersectionObserver as a test drives it: `show` says which targets are near. */
class FakeIntersectionObserver {
  static latest: FakeIntersectionObserver | undefined;
  readonly targets = new Set<Element>();
  readonly options: IntersectionObserverInit | undefined;
  private readonly callback: IntersectionObserverCallback;
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    this.callback = callback;
    this.options = options;
    FakeIntersectionObserver.latest = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  /** reports these targets as near and the others (observed) as not, as one batch of entries */
  show(near: readonly Element[]) {
    const entries = [...this.targets].map(
      (target) => ({ target, isIntersecting: near.includes(target) }) as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

let fake: ReturnType<typeof installFakeHighlights>;
let sheets: string[];

beforeEach(() => {
  fake = installFakeHighlights();
  // after the fake registry, which hides happy-dom's observer (one that never calls back)
  Object.defineProperty(window, 'IntersectionObserver', {
    value: FakeIntersectionObserver,
    configurable: true,
    writable: true,
  });
  sheets = recordSheetTexts();
});

afterEach(() => {
  vi.restoreAllMocks();
  fake.uninstall();
  document.body.innerHTML = '';
  FakeIntersectionObserver.latest = undefined;
});

/** One mark per paragraph over its first word, all of one verdict. */
function marksOf(paragraphs: number, verdict: Verdict = 'differs'): Mark[] {
  document.body.innerHTML = Array.from({ length: paragraphs }, (_, i) => `<p>figure ${i}</p>`).join('');
  return indexBlocks(document.body).map((block, i) => ({
    id: i + 1,
    block,
    range: rangeFor(block, 0, 6)!,
    annotation: { verdict, start: 0, end: 6 } as never,
  }));
}

const painted = (verdict: Verdict) => {
  const name = highlightNamesIn(sheets.at(-1)!)[verdict]!;
  return [...(fake.registry.get(name) ?? [])].map((range) => range.startContainer.parentElement);
};

describe('the viewport window', () => {
  test('paints only the marks of blocks near the viewport, and follows the view', () => {
    const marks = marksOf(200);
    const renderer = createHighlightRenderer(document, 'underline');
    renderer.add(marks);
    const observer = FakeIntersectionObserver.latest!;
    // a screen above and below the viewport counts as near
    expect(observer.options?.rootMargin).toBe('100% 0px');
    expect(observer.targets.size).toBe(200);
    // nothing is painted before the browser first says where the blocks are
    expect(painted('differs')).toEqual([]);

    const paragraphs = [...document.querySelectorAll('p')];
    observer.show(paragraphs.slice(0, 3));
    expect(painted('differs')).toEqual(paragraphs.slice(0, 3));
    // the reader scrolls down: the first two leave, two come
    observer.show(paragraphs.slice(2, 5));
    expect(painted('differs')).toEqual(paragraphs.slice(2, 5));
    renderer.dispose();
  });

  test('a block read again keeps its place: its new marks are painted at once', () => {
    const marks = marksOf(3);
    const renderer = createHighlightRenderer(document, 'underline');
    renderer.add(marks);
    const paragraphs = [...document.querySelectorAll('p')];
    FakeIntersectionObserver.latest!.show(paragraphs);
    renderer.remove([marks[1]!]);
    expect(painted('differs')).toEqual([paragraphs[0], paragraphs[2]]);
    const again = { ...marks[1]!, id: 99 };
    renderer.add([again]);
    expect(painted('differs')).toEqual([paragraphs[0], paragraphs[2], paragraphs[1]]);
    renderer.dispose();
  });

  test('a block taken out of the page is followed no more', () => {
    const marks = marksOf(3);
    const renderer = createHighlightRenderer(document, 'underline');
    renderer.add(marks);
    const observer = FakeIntersectionObserver.latest!;
    const gone = document.querySelectorAll('p')[1]!;
    gone.remove();
    renderer.remove([marks[1]!]);
    expect(observer.targets.has(gone)).toBe(false);
    expect(observer.targets.size).toBe(2);
    renderer.clear();
    expect(observer.targets.size).toBe(0);
    renderer.dispose();
  });

  test('what a page takes away is restored as painted; what is far stays unpainted', () => {
    const marks = marksOf(10);
    const renderer = createHighlightRenderer(document, 'underline');
    renderer.add(marks);
    const paragraphs = [...document.querySelectorAll('p')];
    FakeIntersectionObserver.latest!.show(paragraphs.slice(0, 2));
    const name = highlightNamesIn(sheets.at(-1)!).differs!;
    fake.registry.get(name)!.clear();
    expect(renderer.verify(false)).toBe(true);
    expect(painted('differs')).toEqual(paragraphs.slice(0, 2));
    renderer.dispose();
  });

  test('without an IntersectionObserver everything drawn is painted', () => {
    Object.defineProperty(window, 'IntersectionObserver', { value: undefined, configurable: true });
    const marks = marksOf(5);
    const renderer = createHighlightRenderer(document, 'underline');
    renderer.add(marks);
    expect(painted('differs')).toHaveLength(5);
    renderer.dispose();
  });
});

describe('one block with very many marks', () => {
  /** characters per line and pixels per line of the stand-in layout */
  const LINE_CHARS = 100;
  const LINE_PX = 20;
  let scrollY = 0;

  beforeEach(() => {
    scrollY = 0;
    // a whole number of lines per screen
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(40 * LINE_PX);
    // a character's line is its offset in the text node over the line length, less what is scrolled
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const top = Math.floor(this.startOffset / LINE_CHARS) * LINE_PX - scrollY;
      return { top, bottom: top + LINE_PX, left: 0, right: 10, width: 10, height: LINE_PX } as DOMRect;
    });
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      callback(performance.now());
      return 1;
    });
  });

  /** a paragraph of `lines` lines with a mark at the start of each */
  function giantParagraph(lines: number): Mark[] {
    document.body.innerHTML = `<p>${'x'.repeat(lines * LINE_CHARS)}</p>`;
    const [block] = indexBlocks(document.body);
    return Array.from({ length: lines }, (_, line) => ({
      id: line + 1,
      block: block!,
      range: rangeFor(block!, line * LINE_CHARS, line * LINE_CHARS + 3)!,
      annotation: { verdict: 'needs-context', start: line * LINE_CHARS, end: line * LINE_CHARS + 3 } as never,
    }));
  }

  const paintedLines = () => {
    const name = highlightNamesIn(sheets.at(-1)!)['needs-context']!;
    return [...fake.registry.get(name)!].map((range) => range.startOffset / LINE_CHARS).sort((a, b) => a - b);
  };

  test('paints the marks within a screen of the viewport, and moves them as the view scrolls', () => {
    const height = window.innerHeight;
    const screenLines = height / LINE_PX;
    const marks = giantParagraph(20 * screenLines);
    expect(marks.length).toBeGreaterThan(MARKS_PAINTED_WHOLE);
    const renderer = createHighlightRenderer(document, 'underline');
    // given in a shuffled order: the renderer keeps a block's marks in text order
    renderer.add([...marks].reverse());
    FakeIntersectionObserver.latest!.show([document.querySelector('p')!]);
    // at the top: the viewport and a screen below it
    expect(paintedLines()).toEqual(Array.from({ length: 2 * screenLines + 1 }, (_, i) => i));

    scrollY = 10 * height;
    window.dispatchEvent(new Event('scroll'));
    const first = 9 * screenLines - 1;
    expect(paintedLines()).toEqual(Array.from({ length: 3 * screenLines + 2 }, (_, i) => first + i));
    renderer.dispose();
  });

  test('a block with few marks is painted whole, without measuring them', () => {
    const marks = giantParagraph(MARKS_PAINTED_WHOLE);
    const renderer = createHighlightRenderer(document, 'underline');
    renderer.add(marks);
    FakeIntersectionObserver.latest!.show([document.querySelector('p')!]);
    expect(paintedLines()).toHaveLength(MARKS_PAINTED_WHOLE);
    expect(Range.prototype.getBoundingClientRect).not.toHaveBeenCalled();
    renderer.dispose();
  });
});

describe('firstIndex', () => {
  test.each([
    // count, first index where it holds, from
    [0, 0, 0],
    [10, 0, 0],
    [10, 7, 0],
    [10, 10, 0],
    [10, 7, 5],
    [10, 3, 5], // already true at `from`
  ])('of %i items, true from %i (looking from %i)', (count, trueFrom, from) => {
    expect(firstIndex(count, (i) => i >= trueFrom, from)).toBe(Math.max(trueFrom, from));
  });

  test('everythingNear paints every mark of every block', () => {
    const near = everythingNear();
    expect(near.isNear(document.body)).toBe(true);
    expect(near.nearInBlock(document.body, 5000, () => undefined)).toEqual([0, 5000]);
  });

  test('viewportWindow stops listening when disposed', () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    const near = viewportWindow(window, () => {});
    near.dispose();
    expect(removed.mock.calls.map(([type]) => type).sort()).toEqual(['resize', 'scroll']);
  });
});
