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
}

export interface BlockResult {
  block: TextBlock;
  figures: Figure[];
  annotations: Annotation[];
}

export function scanBlock(block: TextBlock, engine: Engine, options: FindFiguresOptions = {}): BlockResult {
  const figures = engine.findFigures(block.text, options);
  const annotations =
    figures.length > 0 ? engine.match(block.text, figures, blockContext(block.element)) : [];
  return { block, figures, annotations };
}

const MAX_CONTEXT = 300;

/**
 * A table cell rarely names what its figure is about: its table's caption, its row's first cell and
 * its column's header do ("Key figures (Alibaba)" / "AI infrastructure budget" / "RMB 380 billion").
 * Undefined for every other block, whose own text is its context.
 */
export function blockContext(element: Element): string | undefined {
  const tag = element.tagName.toUpperCase();
  if (tag !== 'TD' && tag !== 'TH') return undefined;
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
