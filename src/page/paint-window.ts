/**
 * Which marked blocks are near the viewport. Chromium redoes every range of every
 * highlight at the next frame after any change to the highlight registry, so a page with thousands of
 * marks paid ~100 ms per changed frame (issue 12, item 9): only the marks of blocks within a screen of
 * the viewport are painted, and the rest come as the reader scrolls near them. The engine's record of
 * its marks is untouched: the popup, the card and the keyboard see every mark.
 *
 * Inside one block with very many marks (one giant paragraph) the same holds per mark: only those
 * whose line is within a screen of the viewport, found by a binary search over the marks' rectangles
 * (a block's marks are in text order, and text runs down the page).
 */

import type { Mark } from './marks';

/** what is near: this far above and below the viewport (the share of its height) */
const NEAR_SCREENS = 1;
/** a block with more marks than this has them windowed one by one (see nearInBlock) */
export const MARKS_PAINTED_WHOLE = 64;

export interface PaintWindow {
  /** starts following an element; it is not near until the browser first says where it is */
  watch(element: Element): void;
  /** stops following it (its marks are gone) */
  unwatch(element: Element): void;
  /** whether the element is near the viewport, as last seen */
  isNear(element: Element): boolean;
  /**
   * Of a near block's marks (in text order), the range [from, to) of those near the viewport; a block
   * with many marks is looked at again as the view scrolls (WindowChanged).
   */
  nearInBlock(
    element: Element,
    count: number,
    rectOf: (index: number) => DOMRect | undefined,
  ): [number, number];
  dispose(): void;
}

/** What the window tells the renderer: these elements' near state changed, or the view moved within them. */
export type WindowChanged = (elements: readonly Element[]) => void;

/** Everything is near: where there is no IntersectionObserver (and in tests that paint all). */
export function everythingNear(): PaintWindow {
  return {
    watch() {},
    unwatch() {},
    isNear: () => true,
    nearInBlock: (_element, count) => [0, count],
    dispose() {},
  };
}

/**
 * The viewport window: an IntersectionObserver with a screen's margin above and below tells which
 * blocks are near; while a block with many marks is near, scrolling (throttled to one look per frame)
 * tells the renderer to window its marks again.
 */
export function viewportWindow(win: Window, changed: WindowChanged): PaintWindow {
  const Observer = (win as Window & typeof globalThis).IntersectionObserver;
  if (typeof Observer !== 'function') return everythingNear();
  const near = new Set<Element>();
  /** near blocks whose marks are windowed one by one: scrolling moves their window */
  const scrolled = new Set<Element>();
  const observer = new Observer(
    (entries) => {
      const moved: Element[] = [];
      for (const entry of entries) {
        const was = near.has(entry.target);
        if (entry.isIntersecting) near.add(entry.target);
        else near.delete(entry.target);
        if (was !== entry.isIntersecting) moved.push(entry.target);
      }
      if (moved.length > 0) changed(moved);
    },
    { rootMargin: `${NEAR_SCREENS * 100}% 0px` },
  );
  let frame: number | undefined;
  const onScroll = () => {
    if (frame !== undefined || scrolled.size === 0) return;
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      const inView = [...scrolled].filter((element) => near.has(element));
      if (inView.length > 0) changed(inView);
    });
  };
  // capture: a scroll inside any scrolling box of the page moves its text too; passive: never delays it
  const listening = { capture: true, passive: true } as const;
  win.addEventListener('scroll', onScroll, listening);
  win.addEventListener('resize', onScroll, listening);
  return {
    watch: (element) => observer.observe(element),
    unwatch(element) {
      observer.unobserve(element);
      near.delete(element);
      scrolled.delete(element);
    },
    isNear: (element) => near.has(element),
    nearInBlock(element, count, rectOf) {
      if (count <= MARKS_PAINTED_WHOLE) {
        scrolled.delete(element);
        return [0, count];
      }
      scrolled.add(element);
      const height = win.innerHeight;
      const top = -NEAR_SCREENS * height;
      const bottom = (1 + NEAR_SCREENS) * height;
      // the first mark whose bottom is below the window's top, then the first whose top is below its bottom
      const first = firstIndex(count, (i) => (rectOf(i)?.bottom ?? Number.POSITIVE_INFINITY) >= top);
      const end = firstIndex(count, (i) => (rectOf(i)?.top ?? Number.POSITIVE_INFINITY) > bottom, first);
      return [first, end];
    },
    dispose() {
      observer.disconnect();
      win.removeEventListener('scroll', onScroll, listening);
      win.removeEventListener('resize', onScroll, listening);
      if (frame !== undefined) win.cancelAnimationFrame(frame);
      near.clear();
      scrolled.clear();
    },
  };
}

/** The first index in [from, count) where `test` holds, for a test that stays true once it is (binary search). */
export function firstIndex(count: number, test: (index: number) => boolean, from = 0): number {
  let low = from;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** How the drawn marks reach the screen: the renderer's paint and unpaint of one mark. */
export interface Painter {
  paint(mark: Mark): void;
  unpaint(mark: Mark): void;
}

/** A block's drawn marks (the engine's record, in text order) and which of them are painted now. */
interface BlockMarks {
  marks: Mark[];
  painted: Set<Mark>;
}

/**
 * The drawn marks by block, of which those near the view are painted (see PaintWindow): what a
 * renderer hands it is drawn, what the window says is near is painted, and both change apart.
 */
export class WindowedMarks {
  private readonly win: Window;
  private readonly painter: Painter;
  private readonly near: PaintWindow;
  private readonly blocks = new Map<Element, BlockMarks>();
  /** blocks of many marks to window in the next frame (see repaintSoon) */
  private readonly inNextFrame = new Set<Element>();
  private frame: number | undefined;

  constructor(
    win: Window,
    paintWindow: (win: Window, changed: WindowChanged) => PaintWindow,
    painter: Painter,
  ) {
    this.win = win;
    this.painter = painter;
    this.near = paintWindow(win, (elements) => {
      for (const element of elements) this.repaint(element);
    });
  }

  /** Draws these marks: each is painted while its block (or, in a block of many, its line) is near. */
  add(marks: readonly Mark[]): void {
    const touched = new Set<Element>();
    for (const mark of marks) {
      const { element } = mark.block;
      let block = this.blocks.get(element);
      if (!block) {
        block = { marks: [], painted: new Set() };
        this.blocks.set(element, block);
        this.near.watch(element);
      }
      block.marks.push(mark);
      touched.add(element);
    }
    for (const element of touched) {
      this.blocks.get(element)!.marks.sort((a, b) => a.annotation.start - b.annotation.start);
      this.repaintSoon(element);
    }
  }

  /** Undraws these marks (unpainting those painted). */
  remove(marks: readonly Mark[]): void {
    const gone = new Map<Element, Set<Mark>>();
    for (const mark of marks) {
      const { element } = mark.block;
      if (!this.blocks.has(element)) continue;
      const set = gone.get(element) ?? new Set<Mark>();
      gone.set(element, set);
      set.add(mark);
    }
    for (const [element, set] of gone) {
      const block = this.blocks.get(element)!;
      block.marks = block.marks.filter((mark) => !set.has(mark));
      for (const mark of set) {
        if (block.painted.delete(mark)) this.painter.unpaint(mark);
      }
      // a block read again keeps its place in the window (its new marks are painted at once);
      // one taken out of the page is followed no more
      if (block.marks.length === 0 && !element.isConnected) {
        this.blocks.delete(element);
        this.near.unwatch(element);
      }
    }
  }

  /** Forgets every mark (the renderer empties its layers itself). */
  clear(): void {
    for (const element of this.blocks.keys()) this.near.unwatch(element);
    this.blocks.clear();
    this.inNextFrame.clear();
  }

  dispose(): void {
    if (this.frame !== undefined) this.win.cancelAnimationFrame(this.frame);
    this.near.dispose();
    this.blocks.clear();
    this.inNextFrame.clear();
  }

  /** Paints a block's marks that are near the view and unpaints the others. */
  private repaint(element: Element): void {
    const block = this.blocks.get(element);
    if (!block) return;
    const { marks, painted } = block;
    const [from, to] = this.near.isNear(element)
      ? this.near.nearInBlock(element, marks.length, (i) => marks[i]!.range.passing().getBoundingClientRect())
      : [0, 0];
    const wanted = from === 0 && to === marks.length ? undefined : new Set(marks.slice(from, to));
    for (const mark of painted) {
      if (!wanted || wanted.has(mark)) continue;
      painted.delete(mark);
      this.painter.unpaint(mark);
    }
    for (let i = from; i < to; i++) {
      const mark = marks[i]!;
      if (painted.has(mark)) continue;
      painted.add(mark);
      this.painter.paint(mark);
    }
  }

  /**
   * Blocks with too many marks to paint whole are windowed in the next frame: their marks' places
   * are read where the browser lays the page out anyway, never in the middle of a reading.
   */
  private repaintSoon(element: Element): void {
    const block = this.blocks.get(element);
    if (!block || block.marks.length <= MARKS_PAINTED_WHOLE || !this.near.isNear(element)) {
      this.repaint(element);
      return;
    }
    this.inNextFrame.add(element);
    this.frame ??= this.win.requestAnimationFrame(() => {
      this.frame = undefined;
      const due = [...this.inNextFrame];
      this.inNextFrame.clear();
      for (const each of due) this.repaint(each);
    });
  }
}
