import type { HighlightStyle } from '../contracts/settings';
import type { Annotation } from '../core/claims/types';
import type { MarkRange, TextBlock } from './text-index';

/** A figure on the page tied to a claim: what the renderers draw and the card shows. */
export interface Mark {
  id: number;
  annotation: Annotation;
  block: TextBlock;
  /** where it is in the page's own text nodes (no live Range: see MarkRange) */
  range: MarkRange;
}

/** The renderer seam: the Custom Highlight API by default, element wrapping where it is missing. */
export interface Renderer {
  readonly kind: 'highlight' | 'wrap';
  /** draws these marks (in addition to those already drawn) */
  add(marks: readonly Mark[]): void;
  remove(marks: readonly Mark[]): void;
  clear(): void;
  /** the mark the keyboard is on, drawn stronger; undefined for none */
  setActive(mark: Mark | undefined): void;
  /** a short flash that draws the eye to a mark ("show in page") */
  flash(mark: Mark): void;
  setStyle(style: HighlightStyle): void;
  /**
   * Checks what is drawn against the engine's own record and restores what the page removed,
   * added or changed; true when something had to be restored. `thorough` also looks at every mark
   * (a slow timer does); without it the check is a few reads (every pointer move may do it).
   */
  verify(thorough: boolean): boolean;
  /** the element-wrapping renderer: the mark of one of its own wrappers (never read from the DOM) */
  markOf?(element: Element): Mark | undefined;
  dispose(): void;
}
