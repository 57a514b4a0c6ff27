/**
 * Whole-block reading for tests: what the page engine's scanner does to a block over its slices
 * (gate, then each window's figures and annotations), in one go, from the same functions.
 */
import type { Annotation } from '../../../src/core/claims/types';
import type { Figure, FindFiguresOptions } from '../../../src/core/figures/types';
import {
  type Engine,
  gateBlock,
  type TableVerdicts,
  textWindows,
  windowAnnotations,
  windowFigures,
} from '../../../src/page/scan';
import { BlockIndexer, type TextBlock } from '../../../src/page/text-index';

/** Every block under `root`, indexed in one step. */
export function indexBlocks(
  root: Element,
  options: ConstructorParameters<typeof BlockIndexer>[1] = {},
): TextBlock[] {
  return new BlockIndexer(root, options).step();
}

export interface BlockResult {
  /** whether the block's figures were read (false: it names no subject, nor does its context) */
  read: boolean;
  /** in the block's offsets */
  figures: Figure[];
  annotations: Annotation[];
}

/** A block gated and, when its gate says so, read a window at a time (an engine without `load`). */
export function scanBlock(
  block: TextBlock,
  engine: Engine,
  options: FindFiguresOptions = {},
  tables: TableVerdicts = new WeakMap(),
): BlockResult {
  const gate = gateBlock(block, engine, tables);
  if (!gate.read) return { read: false, figures: [], annotations: [] };
  const figures: Figure[] = [];
  const annotations: Annotation[] = [];
  for (const window of textWindows(block.text)) {
    const found = windowFigures(block, window, engine, options);
    const from = window[0];
    figures.push(...found.figures.map((f) => ({ ...f, start: f.start + from, end: f.end + from })));
    annotations.push(...windowAnnotations(block, gate, found, found.figures, engine));
  }
  return { read: true, figures, annotations };
}
