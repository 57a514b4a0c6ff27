/**
 * The text index: each block element of the page as one string, with a map from string offsets back
 * to the text nodes they came from. Anchoring (offsets -> Range) lives here, apart from any DOM write.
 *
 * A text node belongs to its nearest block ancestor, so "<p><b>380</b> billion <a>yuan</a></p>" is one
 * string "380 billion yuan". `<br>` reads as a space, and so does a no-break space; every other
 * character maps 1:1 to the DOM, so offsets found in the string are offsets in the nodes.
 */

/** Elements whose text is read as one unit (their nested blocks are units of their own). */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Subtrees that hold no article text, or text the reader is typing. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'CLAIMLENS-ROOT',
]);

export interface TextBlock {
  element: Element;
  /** the block's text: its own text nodes in document order, `<br>` as one space */
  text: string;
  /** the text nodes, in order */
  nodes: Text[];
  /** nodeStarts[i] = offset in `text` where nodes[i] begins */
  nodeStarts: number[];
}

export interface IndexOptions {
  /** elements whose subtree is skipped in addition to the built-in list (e.g. our own UI host) */
  exclude?: (element: Element) => boolean;
  /**
   * Only the root's own text, without the blocks nested in it: what a rescan reads again when the
   * page changed a text of the root itself (its nested blocks are units of their own and unchanged).
   */
  shallow?: boolean;
}

/** The block tags as one selector, for finding the blocks inside a subtree. */
export const BLOCK_SELECTOR = [...BLOCK_TAGS].map((tag) => tag.toLowerCase()).join(',');

/** The block a node's text belongs to: its nearest block ancestor (or itself), at most `top`. */
export function blockOf(node: Node, top: Element): Element | null {
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element && element !== top && !BLOCK_TAGS.has(upperTag(element))) element = element.parentElement;
  return element;
}

/** Subtrees hidden or being edited, found by attribute: one native query per walk, not three calls per element. */
const SKIPPED_BY_ATTRIBUTE =
  '[hidden], [aria-hidden="true"], [contenteditable]:not([contenteditable="false"])';

/** Tag names of HTML documents come upper-case; SVG and XHTML ones do not. */
function upperTag(element: Element): string {
  const tag = element.tagName;
  return tag.charCodeAt(0) >= 97 ? tag.toUpperCase() : tag;
}

interface BlockBuilder {
  element: Element;
  parts: string[];
  length: number;
  nodes: Text[];
  nodeStarts: number[];
}

const NBSP = /\u00a0/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

type WalkItem = { node: Node; block: Element } | { exit: Element };

/** How many nodes to visit between two looks at the clock. */
const NODES_PER_CHECK = 64;

/**
 * Indexes the blocks under `root` (the root itself included) a slice at a time, so a page with tens
 * of thousands of elements is read in steps that each stay under the caller's time budget. A block is
 * handed out once the walk has left it (inner blocks before the block around them).
 */
export class BlockIndexer {
  private readonly stack: WalkItem[];
  private readonly builders = new Map<Element, BlockBuilder>();
  private readonly root: Element;
  private readonly options: IndexOptions;
  /** undefined where the query failed: then each element's attributes are read as it is met */
  private readonly skippedByAttribute: Set<Element> | undefined;

  constructor(root: Element, options: IndexOptions = {}) {
    this.root = root;
    this.options = options;
    try {
      this.skippedByAttribute = new Set(root.querySelectorAll(SKIPPED_BY_ATTRIBUTE));
    } catch {
      // happy-dom's selector engine recurses and overflows on very deep trees (`claimlens scan`)
      this.skippedByAttribute = undefined;
    }
    // Iterative walk: deep pages must not overflow the stack.
    this.stack = [{ exit: root }, { node: root, block: root }];
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /** Walks until the walk ends or `shouldYield()` says so; returns the blocks completed meanwhile. */
  step(shouldYield: () => boolean = () => false): TextBlock[] {
    const completed: TextBlock[] = [];
    const { stack, builders, root, options, skippedByAttribute } = this;
    let visited = 0;
    while (stack.length > 0) {
      if (++visited % NODES_PER_CHECK === 0 && shouldYield()) break;
      const item = stack.pop()!;
      if ('exit' in item) {
        const builder = builders.get(item.exit);
        if (builder) {
          builders.delete(item.exit);
          const text = builder.parts.join('');
          if (HAS_WORD.test(text)) {
            completed.push({
              element: builder.element,
              text,
              nodes: builder.nodes,
              nodeStarts: builder.nodeStarts,
            });
          }
        }
        continue;
      }
      const { node, block } = item;
      if (node.nodeType === 3) {
        const text = (node as Text).data;
        if (text.length === 0) continue;
        const builder = this.builderFor(block);
        builder.nodes.push(node as Text);
        builder.nodeStarts.push(builder.length);
        builder.parts.push(text.replace(NBSP, ' '));
        builder.length += text.length;
        continue;
      }
      if (node.nodeType !== 1) continue;
      // Each DOM property read crosses into the browser (and, in a content script, out of its
      // isolated world): read the tag once and walk siblings rather than NodeLists.
      const element = node as Element;
      const tag = upperTag(element);
      if (
        element !== root &&
        (SKIPPED_TAGS.has(tag) ||
          (skippedByAttribute ? skippedByAttribute.has(element) : element.matches(SKIPPED_BY_ATTRIBUTE)) ||
          options.exclude?.(element) === true)
      ) {
        continue;
      }
      if (tag === 'BR') {
        // A <br> separates words visually; it has no text node, so it is a gap in the node map.
        const builder = this.builderFor(block);
        builder.parts.push(' ');
        builder.length += 1;
        continue;
      }
      const startsBlock = element !== root && BLOCK_TAGS.has(tag);
      if (startsBlock && options.shallow) continue;
      if (startsBlock) stack.push({ exit: element });
      const childBlock = startsBlock ? element : block;
      for (let child = element.lastChild; child !== null; child = child.previousSibling) {
        stack.push({ node: child, block: childBlock });
      }
    }
    return completed;
  }

  private builderFor(blockElement: Element): BlockBuilder {
    let builder = this.builders.get(blockElement);
    if (!builder) {
      builder = { element: blockElement, parts: [], length: 0, nodes: [], nodeStarts: [] };
      this.builders.set(blockElement, builder);
    }
    return builder;
  }
}

interface TextPoint {
  node: Text;
  offset: number;
}

/** Maps an offset in block.text to a point in a text node (a gap from `<br>` snaps to the next node). */
function pointAt(block: TextBlock, offset: number, bias: 'start' | 'end'): TextPoint | undefined {
  const { nodes, nodeStarts } = block;
  if (nodes.length === 0) return undefined;
  // binary search: last node whose start <= offset (for 'end', strictly < offset so ends stay in their node)
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = nodeStarts[mid]!;
    if (bias === 'start' ? start <= offset : start < offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  const local = offset - nodeStarts[lo]!;
  if (local < 0) return { node, offset: 0 };
  if (local > node.data.length) {
    const next = nodes[lo + 1];
    return bias === 'start' && next ? { node: next, offset: 0 } : { node, offset: node.data.length };
  }
  return { node, offset: local };
}

/**
 * Where a mark is in the page's own text nodes. Not a live Range: the browser updates every live
 * Range of a document on each change to any text of it, so a page with six thousand marks would pay
 * six thousand updates for each text node it changes (a ticker, an in-page translation). The
 * bounds are kept as plain values; a live Range is made only when one is asked for (`live()`, for
 * the element-wrapping renderer, which moves its marks' ranges as it splits text nodes), and a
 * passing one for the few questions about the page's layout (hit-testing, the card's place).
 */
export class MarkRange {
  private liveRange: Range | undefined;

  constructor(
    private readonly doc: Document,
    private readonly start: TextPoint,
    private readonly end: TextPoint,
  ) {}

  get startContainer(): Node {
    return this.liveRange?.startContainer ?? this.start.node;
  }
  get startOffset(): number {
    return this.liveRange?.startOffset ?? this.start.offset;
  }
  get endContainer(): Node {
    return this.liveRange?.endContainer ?? this.end.node;
  }
  get endOffset(): number {
    return this.liveRange?.endOffset ?? this.end.offset;
  }

  /** The live Range, made on first call and kept from then on (it then follows the page's changes). */
  live(): Range {
    this.liveRange ??= this.passing();
    return this.liveRange;
  }

  getClientRects(): DOMRectList {
    return (this.liveRange ?? this.passing()).getClientRects();
  }

  getBoundingClientRect(): DOMRect {
    return (this.liveRange ?? this.passing()).getBoundingClientRect();
  }

  toString(): string {
    return (this.liveRange ?? this.passing()).toString();
  }

  /**
   * Range.compareBoundaryPoints for START_TO_START (0), the only comparison marks need (document
   * order), answered without making a Range: -1, 0 or 1 as this range starts before, with or after
   * `other`.
   */
  compareBoundaryPoints(how: 0, other: MarkRange): number {
    if (how !== 0) throw new RangeError('only START_TO_START');
    const [a, b] = [this.startContainer, other.startContainer];
    if (a === b) return Math.sign(this.startOffset - other.startOffset);
    // 4 = Node.DOCUMENT_POSITION_FOLLOWING (the global Node is missing where the CLI runs over happy-dom)
    return a.compareDocumentPosition(b) & 4 ? -1 : 1;
  }

  /** A Range for one question, left to the garbage collector (which takes it off the document's list). */
  passing(): Range {
    const range = this.doc.createRange();
    range.setStart(this.startContainer, this.startOffset);
    range.setEnd(this.endContainer, this.endOffset);
    return range;
  }
}

/** Where block.text.slice(start, end) is in the page's own text nodes. */
export function rangeFor(block: TextBlock, start: number, end: number): MarkRange | undefined {
  const from = pointAt(block, start, 'start');
  const to = pointAt(block, end, 'end');
  if (!from || !to) return undefined;
  return new MarkRange(block.element.ownerDocument, from, to);
}
