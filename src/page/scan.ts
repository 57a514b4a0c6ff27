/**
 * One block's figures and annotations: the pure core applied to the text index. Shared by the
 * content script and `claimlens scan`, so the command line sees exactly what the extension sees.
 */
import type { Annotation } from '../core/claims/types';
import type { Figure, FindFiguresOptions } from '../core/figures/types';
import type { Account } from './scheduler';
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
   * The load yields to the page between its slices of work and tells `account` each slice's time:
   * the scanner counts those, not the wait (see Slices.wait).
   */
  load?(account: Account): Promise<void>;
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

/**
 * Blocks longer than this are read a window of sentences at a time: a page that puts a whole
 * article (or 240,000 characters of it) into one `<p>` is then read in slices the page engine can
 * spread over several tasks, and the matcher, whose work per figure grows with the sentences and
 * companies of the text it is given, is never given more than a window. Real paragraphs are far
 * shorter and are read whole.
 */
export const WINDOWED_OVER = 4000;
/** A window ends at the first sentence end after this many characters... */
const WINDOW_MIN = 1000;
/** ...and, in text without one, at the last space (or anywhere) before this many. */
const WINDOW_MAX = 2000;

/** Characters that end a sentence; the Western ones only when a space follows ("3.5" is not an end). */
const CJK_STOPS = new Set(['\u3002', '\uff01', '\uff1f', '\uff1b', '\n']); // 。！？；and a line break
const LATIN_STOPS = new Set(['.', '!', '?', ';']);
const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';

/**
 * The windows [start, end) that a block's text is read in: the whole text when it is short, else
 * runs of whole sentences of WINDOW_MIN to WINDOW_MAX characters (a sentence longer than that is cut
 * at a space). Windows cover the text without gaps, so a figure is in exactly one of them unless it
 * straddles a cut in sentence-less text.
 */
export function textWindows(text: string): [number, number][] {
  if (text.length <= WINDOWED_OVER) return [[0, text.length]];
  const windows: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= WINDOW_MAX) {
      windows.push([start, text.length]);
      break;
    }
    let end = -1;
    for (let i = start + WINDOW_MIN; i < start + WINDOW_MAX; i++) {
      const c = text[i]!;
      if (CJK_STOPS.has(c) || (LATIN_STOPS.has(c) && isSpace(text[i + 1]))) {
        end = i + 1;
        break;
      }
    }
    if (end === -1) {
      end = start + WINDOW_MAX;
      for (let i = end; i > start + WINDOW_MIN; i--) {
        if (isSpace(text[i])) {
          end = i;
          break;
        }
      }
      // never between the two halves of a surrogate pair
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end += 1;
    }
    windows.push([start, end]);
    start = end;
  }
  return windows;
}

/**
 * Figures are matched this many at a time: the matcher's work grows with each figure it ties to a
 * claim (about a millisecond apiece on dense text), and it treats each figure on its own, so a
 * window with many figures is matched in a few steps the page engine can spread over its slices.
 */
export const FIGURES_PER_STEP = 6;

/** What one window of a block holds: its text and its figures, in the window's own offsets. */
export interface WindowFigures {
  window: readonly [number, number];
  text: string;
  figures: Figure[];
}

/** The recognizer over one window of a read block (see textWindows). */
export function windowFigures(
  block: TextBlock,
  window: readonly [number, number],
  engine: Engine,
  options: FindFiguresOptions = {},
): WindowFigures {
  const [from, to] = window;
  const text = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
  // the block's own language or the page's: it decides how a French or German page writes numbers
  const lang = options.lang ?? block.element.closest('[lang]')?.getAttribute('lang') ?? undefined;
  return { window, text, figures: engine.findFigures(text, lang ? { ...options, lang } : options) };
}

/**
 * The matcher over some of a window's figures, the annotations moved to the block's offsets. A
 * window that names no company takes none from the rest of the block: a figure is tied to a claim
 * only by what stands near it (or by a table cell's context).
 */
export function windowAnnotations(
  block: TextBlock,
  gate: Gate & { read: true },
  read: WindowFigures,
  figures: Figure[] = read.figures,
  engine: Engine,
): Annotation[] {
  if (figures.length === 0) return [];
  const context = gate.contextKnown ? gate.context : blockContext(block.element);
  const annotations = engine.match(read.text, figures, context);
  const from = read.window[0];
  if (from === 0) return annotations;
  const moved = (figure: Figure): Figure => ({
    ...figure,
    start: figure.start + from,
    end: figure.end + from,
  });
  return annotations.map((a) => ({
    ...a,
    start: a.start + from,
    end: a.end + from,
    figure: moved(a.figure),
  }));
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
