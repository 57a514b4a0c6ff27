/**
 * A stand-in for the browser's highlight registry (happy-dom has none): `CSS.highlights` as a Map and
 * `Highlight` as a Set with a priority, as the Custom Highlight API defines them.
 */
import { vi } from 'vitest';

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** happy-dom has no StaticRange either: the same four read-only boundary fields. */
export class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
    Object.freeze(this);
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
  /** the text it covers (what a live Range's toString() gives) */
  toString(): string {
    const range = this.startContainer.ownerDocument!.createRange();
    range.setStart(this.startContainer, this.startOffset);
    range.setEnd(this.endContainer, this.endOffset);
    return range.toString();
  }
}

/**
 * The highlight names of the latest style sheet given to the renderer, by what they paint: the
 * sheet's rules come in the order of markCss (the three verdicts, then active and flash). A page can
 * read the same from our sheet: the names are secret only until our sheet is read.
 */
export function highlightNamesIn(css: string): Record<string, string> {
  const names = [...css.matchAll(/^::highlight\((\w+)\)/gm)].map((m) => m[1]!);
  const keys = ['consistent', 'needs-context', 'differs', 'active', 'flash'];
  return Object.fromEntries(keys.map((key, i) => [key, names[i]!]));
}

/** Installs the stand-in on the window; returns what takes it away again. */
export function installFakeHighlights(): { registry: Map<string, FakeHighlight>; uninstall(): void } {
  const realCss = Object.getOwnPropertyDescriptor(window, 'CSS');
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(window, 'CSS', {
    value: { highlights: registry },
    configurable: true,
    writable: true,
  });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  const hadStaticRange = typeof (window as { StaticRange?: unknown }).StaticRange === 'function';
  if (!hadStaticRange)
    Object.defineProperty(window, 'StaticRange', {
      value: FakeStaticRange,
      configurable: true,
      writable: true,
    });
  // happy-dom's IntersectionObserver never calls back (it lays nothing out): without one, the renderer
  // paints every drawn mark, which is what these tests look at (paint-window.test.ts fakes a viewport)
  const realObserver = Object.getOwnPropertyDescriptor(window, 'IntersectionObserver');
  Object.defineProperty(window, 'IntersectionObserver', {
    value: undefined,
    configurable: true,
    writable: true,
  });
  return {
    registry,
    uninstall() {
      if (realObserver) Object.defineProperty(window, 'IntersectionObserver', realObserver);
      else delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
      if (realCss) Object.defineProperty(window, 'CSS', realCss);
      else delete (window as { CSS?: unknown }).CSS;
      delete (window as { Highlight?: unknown }).Highlight;
      if (!hadStaticRange) delete (window as { StaticRange?: unknown }).StaticRange;
    },
  };
}

/**
 * Every css text the renderers give their style sheets from now on, latest last (a spy on
 * replaceSync; vi.restoreAllMocks() ends it).
 */
export function recordSheetTexts(): string[] {
  const texts: string[] = [];
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, css) {
    texts.push(css);
    return replaceSync.call(this, css);
  });
  return texts;
}
