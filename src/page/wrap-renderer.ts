/**
 * Fallback renderer for browsers without the Custom Highlight API: wraps each marked stretch of text
 * in <claimlens-mark> elements. Removal puts every text node back as it was: split nodes are joined
 * again, so frameworks holding references to the page's text nodes keep working.
 */
import { lazyDocumentStyle } from './highlight-renderer';
import { nodesOf } from './hit-test';
import { markCss } from './mark-styles';
import type { HighlightStyle } from '../contracts/settings';
import type { Mark, Renderer } from './marks';

const MARK_TAG = 'claimlens-mark';
const FLASH_MS = 1600;

interface Wrapped {
  wrappers: HTMLElement[];
  /** text nodes split off page nodes, to be joined back: [original, piece] in the order made */
  splits: [Text, Text][];
}

function textNodesIn(range: Range, mark: Mark): Text[] {
  return nodesOf(mark).filter((node) => range.intersectsNode(node));
}

/** Takes a mark's wrappers out and joins the text nodes its wrapping split, as the page had them. */
function restoreText(record: Wrapped): void {
  for (const wrapper of record.wrappers) wrapper.replaceWith(...wrapper.childNodes);
  // join in reverse order of splitting, so each piece goes back onto the node it came from
  for (let i = record.splits.length - 1; i >= 0; i--) {
    const [original, piece] = record.splits[i]!;
    if (piece.parentNode && original.parentNode === piece.parentNode) {
      original.appendData(piece.data);
      piece.remove();
    }
  }
}

export function createWrapRenderer(doc: Document, initialStyle: HighlightStyle): Renderer {
  // the style sheet comes with the first mark, as in the highlight renderer
  const style = lazyDocumentStyle(doc, 'claimlens-wrap-style');
  const applyStyle = (s: HighlightStyle) =>
    style.update(
      `${MARK_TAG} { all: unset; display: inline; }\n${markCss((name) => `${MARK_TAG}[data-claimlens="${name}"]`, s)}`,
    );
  applyStyle(initialStyle);
  const wrapped = new Map<Mark, Wrapped>();
  let active: Mark | undefined;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** our wrappers and their marks: a page's own <claimlens-mark> elements are in no such record */
  const owners = new WeakMap<Element, Mark>();
  /** what each mark's wrappers should say (its verdict, or active / flash) */
  const shown = new Map<Mark, string>();
  const setState = (mark: Mark, state: string) => {
    shown.set(mark, state);
    for (const wrapper of wrapped.get(mark)?.wrappers ?? []) wrapper.dataset.claimlens = state;
  };

  function wrap(mark: Mark): void {
    // a live Range from here on: it is moved onto the wrappers, and follows the splits of the text
    const range = mark.range.live();
    const record: Wrapped = { wrappers: [], splits: [] };
    for (let node of textNodesIn(range, mark)) {
      let from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      if (to <= from) continue;
      if (to < node.data.length) record.splits.push([node, node.splitText(to)]);
      if (from > 0) {
        const piece = node.splitText(from);
        record.splits.push([node, piece]);
        node = piece;
        from = 0;
      }
      const wrapper = doc.createElement(MARK_TAG);
      wrapper.dataset.claimlens = mark.annotation.verdict;
      owners.set(wrapper, mark);
      node.replaceWith(wrapper);
      wrapper.append(node);
      record.wrappers.push(wrapper);
    }
    if (record.wrappers.length > 0) {
      range.setStartBefore(record.wrappers[0]!);
      range.setEndAfter(record.wrappers.at(-1)!);
    }
    wrapped.set(mark, record);
    shown.set(mark, mark.annotation.verdict);
  }

  function unwrap(mark: Mark): void {
    const record = wrapped.get(mark);
    if (!record) return;
    restoreText(record);
    wrapped.delete(mark);
    shown.delete(mark);
  }

  return {
    kind: 'wrap',
    add(marks) {
      if (marks.length > 0) style.install();
      // last first: splitting a text node after a mark leaves the marks before it where they were,
      // so several marks in one text node each find their text
      const lastFirst = [...marks].sort((a, b) => b.annotation.start - a.annotation.start);
      for (const mark of lastFirst) if (!wrapped.has(mark)) wrap(mark);
    },
    remove(marks) {
      for (const mark of marks) {
        if (active === mark) active = undefined;
        unwrap(mark);
      }
    },
    clear() {
      for (const mark of [...wrapped.keys()].reverse()) unwrap(mark);
      active = undefined;
    },
    setActive(mark) {
      if (active) setState(active, active.annotation.verdict);
      active = mark;
      if (mark) setState(mark, 'active');
    },
    flash(mark) {
      setState(mark, 'flash');
      clearTimeout(flashTimer);
      flashTimer = setTimeout(
        () => setState(mark, mark === active ? 'active' : mark.annotation.verdict),
        FLASH_MS,
      );
    },
    markOf(element) {
      const wrapper = element.closest(MARK_TAG);
      return wrapper ? owners.get(wrapper) : undefined;
    },
    verify(thorough) {
      let repaired = style.verify(thorough);
      if (!thorough) return repaired;
      for (const [mark, record] of wrapped) {
        const state = shown.get(mark) ?? mark.annotation.verdict;
        for (const wrapper of record.wrappers) {
          if (wrapper.dataset.claimlens === state) continue;
          wrapper.dataset.claimlens = state;
          repaired = true;
        }
      }
      return repaired;
    },
    setStyle: applyStyle,
    dispose() {
      clearTimeout(flashTimer);
      this.clear();
      style.remove();
    },
  };
}
