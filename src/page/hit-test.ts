/**
 * Which mark is under the pointer: caret position -> text node -> the marks over that node, confirmed
 * against the mark's own boxes (a caret position is also reported for points in the margin).
 */
import type { Mark } from './marks';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

function pointInRects(range: { getClientRects(): DOMRectList }, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/**
 * The text nodes of its block that a mark's annotation covers, found by binary search in the
 * block's node offsets: a block of ten thousand nodes with a thousand marks costs no walk per mark.
 */
export function nodesOf(mark: Mark): Text[] {
  const { nodes, nodeStarts } = mark.block;
  const { start, end } = mark.annotation;
  // the last node starting at or before `start`
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nodeStarts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  const covered: Text[] = [];
  for (let i = lo; i < nodes.length && nodeStarts[i]! < end; i++) {
    if (nodeStarts[i]! + nodes[i]!.data.length > start) covered.push(nodes[i]!);
  }
  return covered;
}

/** Marks by the text nodes they cover, for hit-testing without a walk over every mark. */
export class MarkLookup {
  private readonly byNode = new Map<Node, Mark[]>();

  add(mark: Mark): void {
    for (const node of nodesOf(mark)) {
      const list = this.byNode.get(node);
      if (list) list.push(mark);
      else this.byNode.set(node, [mark]);
    }
  }

  remove(mark: Mark): void {
    for (const node of nodesOf(mark)) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const kept = list.filter((m) => m !== mark);
      if (kept.length === 0) this.byNode.delete(node);
      else this.byNode.set(node, kept);
    }
  }

  clear(): void {
    this.byNode.clear();
  }

  get size(): number {
    return this.byNode.size;
  }

  at(doc: Document, x: number, y: number): Mark | undefined {
    // no marks, no hit test: the pointer moves over most pages without costing a layout query
    if (this.byNode.size === 0) return undefined;
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const candidates =
      this.byNode.get(caret.node) ?? this.byNode.get(caret.node.childNodes[caret.offset] ?? caret.node);
    if (!candidates) return undefined;
    for (const mark of candidates) if (pointInRects(mark.range, x, y)) return mark;
    return undefined;
  }
}
