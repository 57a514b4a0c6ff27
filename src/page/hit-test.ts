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

function pointInRects(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** Marks by the text nodes they cover, for hit-testing without a walk over every mark. */
export class MarkLookup {
  private readonly byNode = new Map<Node, Mark[]>();

  add(mark: Mark): void {
    for (const node of mark.block.nodes) {
      if (!mark.range.intersectsNode(node)) continue;
      const list = this.byNode.get(node);
      if (list) list.push(mark);
      else this.byNode.set(node, [mark]);
    }
  }

  remove(mark: Mark): void {
    for (const [node, list] of this.byNode) {
      const kept = list.filter((m) => m !== mark);
      if (kept.length === 0) this.byNode.delete(node);
      else if (kept.length !== list.length) this.byNode.set(node, kept);
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
