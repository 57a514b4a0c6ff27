/**
 * The marks on screen: picks the renderer (the Custom Highlight API, or wrapping elements where it is
 * missing), keeps the marks a reading found until the reading says to draw them, finds the mark
 * under the pointer, and checks what was drawn against its own record. Every DOM write of ours goes
 * through `quiet`, which drops the mutation records it caused (the page watcher sees only the page's).
 */
import { createHighlightRenderer, supportsHighlights } from './highlight-renderer';
import { MarkLookup } from './hit-test';
import type { HighlightStyle } from '../contracts/settings';
import type { Mark, Renderer } from './marks';
import type { MarkSink } from './scanner';
import { createWrapRenderer } from './wrap-renderer';

export interface MarkLayerOptions {
  highlightStyle: HighlightStyle;
  /** whether marks that agree with the dataset are drawn */
  showConsistent: boolean;
  /** force the element-wrapping renderer (tests; browsers without CSS.highlights get it anyway) */
  renderer?: 'highlight' | 'wrap';
  /** runs a DOM write of ours and drops the mutation records it caused */
  quiet(write: () => void): void;
  /** marks are gone from the page (their block changed): a card open on one closes */
  onRemoved(marks: readonly Mark[]): void;
}

export class MarkLayer implements MarkSink {
  private readonly doc: Document;
  private readonly options: MarkLayerOptions;
  private readonly renderer: Renderer;
  private readonly lookup = new MarkLookup();
  /** marks found but not drawn yet, and marks forgotten but not undrawn yet (see draw) */
  private toDraw: Mark[] = [];
  private toUndraw: Mark[] = [];

  constructor(doc: Document, options: MarkLayerOptions) {
    this.doc = doc;
    this.options = options;
    const useWrap = options.renderer === 'wrap' || !supportsHighlights(doc.defaultView!);
    this.renderer = useWrap
      ? createWrapRenderer(doc, options.highlightStyle)
      : createHighlightRenderer(doc, options.highlightStyle);
  }

  /** whether any mark is on the page (the pointer's hit test and the checks cost nothing without) */
  get empty(): boolean {
    return this.lookup.size === 0;
  }

  add(marks: readonly Mark[]): void {
    for (const mark of marks) this.lookup.add(mark);
    for (const mark of marks) {
      if (this.options.showConsistent || mark.annotation.verdict !== 'consistent') this.toDraw.push(mark);
    }
  }

  remove(marks: readonly Mark[]): void {
    for (const mark of marks) this.lookup.remove(mark);
    this.options.onRemoved(marks);
    // the element-wrapping renderer splits the page's text nodes: undone at once, before the block
    // is indexed again; highlights are undrawn with the next draw
    if (this.renderer.kind === 'wrap') this.options.quiet(() => this.renderer.remove(marks));
    else this.toUndraw.push(...marks);
  }

  /** Marks waiting to be drawn, and marks of forgotten blocks waiting to be undrawn, drawn now. */
  draw(): void {
    if (this.toUndraw.length === 0 && this.toDraw.length === 0) return;
    const undraw = this.toUndraw;
    // a mark forgotten before it was drawn is not drawn at all
    const gone = new Set(undraw);
    const draw = gone.size > 0 ? this.toDraw.filter((mark) => !gone.has(mark)) : this.toDraw;
    this.toUndraw = [];
    this.toDraw = [];
    this.options.quiet(() => {
      this.renderer.remove(undraw);
      this.renderer.add(draw);
    });
  }

  clear(): void {
    this.options.quiet(() => this.renderer.clear());
    this.toDraw = [];
    this.toUndraw = [];
    this.lookup.clear();
  }

  /** The mark under the pointer, if any. */
  at(event: PointerEvent): Mark | undefined {
    if (this.renderer.kind === 'wrap') {
      // our own wrappers only, looked up in the renderer's record: a page's look-alike is no mark
      const target = event.target as Element | null;
      return target?.closest ? this.renderer.markOf?.(target) : undefined;
    }
    return this.lookup.at(this.doc, event.clientX, event.clientY);
  }

  setActive(mark: Mark | undefined): void {
    this.renderer.setActive(mark);
  }

  flash(mark: Mark): void {
    this.renderer.flash(mark);
  }

  setStyle(style: HighlightStyle): void {
    this.renderer.setStyle(style);
  }

  /** Restores what the page took away, added or changed of what we drew (see Renderer.verify). */
  verify(thorough: boolean): void {
    this.options.quiet(() => this.renderer.verify(thorough));
  }

  dispose(): void {
    this.options.quiet(() => this.renderer.dispose());
    this.toDraw = [];
    this.toUndraw = [];
    this.lookup.clear();
  }
}
