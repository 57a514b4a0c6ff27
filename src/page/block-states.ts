/**
 * What a reading knows of the page's blocks: for each block element, whether its figures were read,
 * how many, and the marks made of them. A block is forgotten when it changes (or goes away), and
 * its marks with it.
 */
import type { Verdict } from '../core/claims/types';
import { VERDICTS } from '../core/claims/types';
import type { Mark } from './marks';
import { BLOCK_SELECTOR, type TextBlock } from './text-index';

export interface BlockState {
  block: TextBlock;
  /** whether its figures were read (it, or its context, names a subject) */
  read: boolean;
  figures: number;
  marks: Mark[];
}

export class BlockStates {
  private readonly byElement = new Map<Element, BlockState>();
  /** marks of a forgotten block */
  private readonly onForget: (marks: readonly Mark[]) => void;

  constructor(onForget: (marks: readonly Mark[]) => void) {
    this.onForget = onForget;
  }

  /** The block's state now, which a reading compares with its own to tell the block changed meanwhile. */
  get(element: Element): BlockState | undefined {
    return this.byElement.get(element);
  }

  /** A fresh state for a block about to be read; what was known of it before is forgotten. */
  replace(block: TextBlock, read: boolean): BlockState {
    const state: BlockState = { block, read, figures: 0, marks: [] };
    this.forgetBlock(block.element);
    this.byElement.set(block.element, state);
    return state;
  }

  /**
   * Forgets what was read of a block (and, deep, of every block inside it). The cost is that of the
   * block's subtree, not of the page.
   */
  forget(element: Element, deep: boolean): void {
    this.forgetBlock(element);
    if (!deep || !element.firstElementChild || this.byElement.size === 0) return;
    for (const inner of element.querySelectorAll(BLOCK_SELECTOR)) this.forgetBlock(inner);
  }

  /** Forgets all at once (the marks are the caller's to clear). */
  clear(): void {
    this.byElement.clear();
  }

  /** All marks in document order. */
  marks(): Mark[] {
    const all: Mark[] = [];
    for (const state of this.byElement.values()) all.push(...state.marks);
    // 0 = Range.START_TO_START (the global Range is missing where the CLI runs this over happy-dom)
    return all.sort((a, b) => a.range.compareBoundaryPoints(0, b.range));
  }

  /** The number of marks and the worst verdict among them (null: none). */
  summary(): { count: number; worst: Verdict | null } {
    // count and worst verdict need no document order (marks() sorts, which a big page pays for)
    let count = 0;
    let worst = VERDICTS.length;
    for (const state of this.byElement.values()) {
      for (const mark of state.marks) {
        count += 1;
        worst = Math.min(worst, VERDICTS.indexOf(mark.annotation.verdict));
      }
    }
    return { count, worst: count > 0 ? VERDICTS[worst]! : null };
  }

  /** Blocks known, blocks whose figures were read, and the figures found in them. */
  counts(): { blocks: number; read: number; figures: number } {
    let figures = 0;
    let read = 0;
    for (const state of this.byElement.values()) {
      figures += state.figures;
      if (state.read) read += 1;
    }
    return { blocks: this.byElement.size, read, figures };
  }

  /** `start` and then the blocks' text in page order, until it is longer than `chars`. */
  sample(start: string, chars: number): string {
    let sample = start;
    for (const state of this.byElement.values()) {
      if (sample.length > chars) break;
      sample += `\n${state.block.text}`;
    }
    return sample;
  }

  private forgetBlock(element: Element): void {
    const state = this.byElement.get(element);
    if (!state) return;
    this.byElement.delete(element);
    if (state.marks.length > 0) this.onForget(state.marks);
  }
}
