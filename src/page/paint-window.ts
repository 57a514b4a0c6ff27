/**
 * Which marked blocks are near the viewport. Chromium (and Firefox) redo every range of every
 * highlight at the next frame after any change to the highlight registry, so a page with thousands of
 * marks paid ~100 ms per changed frame (issue 12, item 9): only the marks of blocks within a screen of
 * the viewport are painted, and the rest come as the reader scrolls near them. The engine's record of
 * its marks is untouched: the popup, the card and the keyboard see every mark.
 *
 * Inside one block with very many marks (one giant paragraph) the same holds per mark: only those
 * whose line is within a screen of the viewport, found by a binary search over the marks' rectangles
 * (a block's marks are in text order, and text runs down the page).
 */

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
