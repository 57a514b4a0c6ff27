/**
 * One block's figures and annotations: the pure core applied to the text index. Shared by the
 * content script and `claimlens scan`, so the command line sees exactly what the extension sees.
 */
import type { Annotation } from '../core/claims/types';
import type { Figure, FindFiguresOptions } from '../core/figures/types';
import type { TextBlock } from './text-index';

export interface Engine {
  findFigures(text: string, options?: FindFiguresOptions): Figure[];
  /** `context`: what the block is about when it does not say (see blockContext) */
  match(blockText: string, figures: Figure[], context?: string): Annotation[];
  /**
   * Whether a text names a subject of the datasets (see core/claims/subject-test). When given, a block
   * is read only if it or its context does: no other block can hold an annotation, so the marks are the
   * same and a page about something else costs little. Without it every block is read (`claimlens
   * scan`, which counts every figure on the page).
   */
  namesSubject?(text: string): boolean;
  /**
   * A quick test of the text the whole page shows (`body.innerText`), given with namesSubject: false
   * only when no block of that text can name a subject, and then the page's blocks are not even indexed.
   */
  mayNameSubject?(pageText: string): boolean;
  /**
   * Makes findFigures and match ready; awaited once, before the first block is read. The content
   * script evaluates the recognizer and the matcher here, so pages that name no subject never do.
   */
  load?(): Promise<void>;
}

export interface BlockResult {
  block: TextBlock;
  /** whether the block's figures were read (false: it names no subject, nor does its context) */
  read: boolean;
  figures: Figure[];
  annotations: Annotation[];
}

/** Per scan: whether each table names a subject anywhere, so that cells of other tables are passed over at once. */
export type TableVerdicts = WeakMap<Element, boolean>;

/** Whether a block's figures are to be read; with the block's context when finding out needed it. */
export type Gate = { read: false } | { read: true; context?: string; contextKnown: boolean };

export function gateBlock(block: TextBlock, engine: Engine, tables: TableVerdicts = new WeakMap()): Gate {
  if (!engine.namesSubject || engine.namesSubject(block.text)) return { read: true, contextKnown: false };
  // a table cell can take its subject from its table's caption and headers, and from nowhere else
  const table = isTableCell(block.element) ? block.element.closest('table') : null;
  if (!table) return { read: false };
  let tableNames = tables.get(table);
  if (tableNames === undefined) {
    tableNames = engine.namesSubject(table.textContent ?? '');
    tables.set(table, tableNames);
  }
  if (!tableNames) return { read: false };
  const context = blockContext(block.element);
  return context !== undefined && engine.namesSubject(context)
    ? { read: true, context, contextKnown: true }
    : { read: false };
}

/** A block's figures and annotations, once its gate says it is read (a ready engine: see Engine.load). */
export function readBlock(
  block: TextBlock,
  gate: Gate,
  engine: Engine,
  options: FindFiguresOptions = {},
): BlockResult {
  if (!gate.read) return { block, read: false, figures: [], annotations: [] };
  const figures = engine.findFigures(block.text, options);
  if (figures.length === 0) return { block, read: true, figures, annotations: [] };
  const context = gate.contextKnown ? gate.context : blockContext(block.element);
  return { block, read: true, figures, annotations: engine.match(block.text, figures, context) };
}

/** gateBlock, then readBlock (for engines without `load`, or after it). */
export function scanBlock(
  block: TextBlock,
  engine: Engine,
  options: FindFiguresOptions = {},
  tables: TableVerdicts = new WeakMap(),
): BlockResult {
  return readBlock(block, gateBlock(block, engine, tables), engine, options);
}

const isTableCell = (element: Element) => {
  const tag = element.tagName.toUpperCase();
  return tag === 'TD' || tag === 'TH';
};

const MAX_CONTEXT = 300;

/**
 * A table cell rarely names what its figure is about: its table's caption, its row's first cell and
 * its column's header do ("Key figures (Alibaba)" / "AI infrastructure budget" / "RMB 380 billion").
 * Undefined for every other block, whose own text is its context.
 */
export function blockContext(element: Element): string | undefined {
  if (!isTableCell(element)) return undefined;
  const parts: string[] = [];
  const table = element.closest('table');
  const caption = table?.querySelector(':scope > caption')?.textContent;
  if (caption) parts.push(caption);
  const row = element.parentElement;
  const rowHeader = row?.firstElementChild;
  if (rowHeader && rowHeader !== element) parts.push(rowHeader.textContent ?? '');
  const column = (element as HTMLTableCellElement).cellIndex;
  const headerRow = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  const columnHeader = headerRow && headerRow !== row ? headerRow.children[column] : undefined;
  if (columnHeader?.tagName.toUpperCase() === 'TH') parts.push(columnHeader.textContent ?? '');
  const context = parts.join(' \n ').slice(0, MAX_CONTEXT).trim();
  return context || undefined;
}

const CHINA_HINT =
  /[\u4e00-\u9fff]|\b(?:China|Chinese|yuan|RMB|renminbi|Shanghai|Shenzhen|Beijing|Alibaba|Tencent)\b/;
const JAPAN_HINT = /\b(?:yen|Japan|Japanese|Tokyo|Nikkei)\b|\u5186|\u65e5\u672c/;

/**
 * What `¥` means on this page: yen where the page talks of Japan and not China, yuan otherwise
 * (Chinese pages and China stories, which is what ClaimLens's datasets are about).
 */
export function yenMeansFor(pageText: string, lang: string): 'CNY' | 'JPY' {
  if (lang.toLowerCase().startsWith('ja')) return 'JPY';
  if (lang.toLowerCase().startsWith('zh')) return 'CNY';
  const sample = pageText.slice(0, 20_000);
  return JAPAN_HINT.test(sample) && !CHINA_HINT.test(sample) ? 'JPY' : 'CNY';
}

/** The article's main region, when the page marks one: scanned first. */
export function mainRegion(doc: Document): Element | null {
  return doc.querySelector('article, main, [role="main"], [itemprop="articleBody"]');
}
