/**
 * "Record this figure as a claim…": what the page engine answers when the background asks for the
 * figure at the reader's selection. The selection's block is read as text, the recognizer finds its
 * figures, and the one the selection overlaps is picked with its sentence, the page's publisher,
 * date and language, a guess at its subject and words that may say what it measures. Reads the page
 * only; never changes it.
 */
import type { CompiledIndex } from '../core/claims/compile';
import { pageLanguage } from '../core/claims/page-language';
import {
  guessSubject,
  type PagePick,
  type PickedFigure,
  type SubjectNames,
  sentenceAround,
  topicSuggestions,
} from '../core/claims/pick';
import type { Figure } from '../core/figures/types';
import { caretAt } from './hit-test';
import type { Mark } from './marks';
import { publishedDate } from './page-date';
import type { Reading } from './reading';
import { blockOf } from './text-index';

/** Longer selections are cut: a quote is a sentence, not an article. */
const MAX_SELECTION_CHARS = 2000;
/** How much of the page's text tells its language when `<html lang>` does not. */
const LANGUAGE_SAMPLE_CHARS = 4000;

export interface PickDeps {
  findFigures(text: string): Figure[];
  subjects: readonly SubjectNames[];
  /** the engine's marks (none when it is off on this site) */
  marks: readonly Mark[];
  /** the subject id of a claim, for a marked figure */
  subjectOfClaim(claimId: string): string | undefined;
}

/** The publisher the page names for itself (og:site_name, application-name), else its host. */
export function publisherOf(doc: Document, url: string): string {
  for (const selector of ['meta[property="og:site_name"]', 'meta[name="application-name"]']) {
    const name = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (name) return name;
  }
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function titleOf(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  return og || doc.querySelector('h1')?.textContent?.trim() || doc.title.trim();
}

/** The text of `block` up to a boundary point, as Range.toString reads it (the block's text nodes). */
function offsetIn(doc: Document, block: Element, node: Node, offset: number): number {
  const range = doc.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

const overlaps = (a: Range, b: Range) =>
  // 0 START_TO_START, 1 START_TO_END, 3 END_TO_START (the global Range may be missing in tests)
  a.compareBoundaryPoints(3, b) < 0 && a.compareBoundaryPoints(1, b) > 0;

/** Where the reader right-clicked (viewport coordinates), for a figure picked without a selection. */
export interface Point {
  x: number;
  y: number;
}

/** The selection's range, else a collapsed range at the right-clicked point (a figure right-clicked as it is). */
function pickedRange(
  doc: Document,
  selection: Selection | null,
  point: Point | undefined,
): Range | undefined {
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) return selection.getRangeAt(0);
  const caret = point && caretAt(doc, point.x, point.y);
  if (!caret) return undefined;
  const range = doc.createRange();
  range.setStart(caret.node, caret.offset);
  range.collapse(true);
  return range;
}

/**
 * The figure under the reader's selection (or, with nothing selected, at the point right-clicked),
 * its sentence and its page; never throws on odd selections.
 */
export function pickAtSelection(
  doc: Document,
  selection: Selection | null,
  deps: PickDeps,
  point?: Point,
): PagePick {
  const url = doc.location?.href ?? doc.URL;
  const selected = (selection?.toString() ?? '').trim().slice(0, MAX_SELECTION_CHARS);
  const title = titleOf(doc);
  const base = {
    url,
    title,
    publisher: publisherOf(doc, url),
    language: pageLanguage(doc.documentElement.getAttribute('lang'), () =>
      `${doc.title}\n${doc.body?.textContent ?? ''}`.slice(0, LANGUAGE_SAMPLE_CHARS),
    ),
    selection: selected,
    ...(publishedDate(doc) ? { published: publishedDate(doc) } : {}),
  };
  const range = pickedRange(doc, selection, point);
  const block = range && doc.body ? blockOf(range.startContainer, doc.body) : null;
  if (!range || !block) return { ...base, quote: selected, topics: [] };

  const text = block.textContent ?? '';
  const from = offsetIn(doc, block, range.startContainer, range.startOffset);
  const to = block.contains(range.endContainer)
    ? offsetIn(doc, block, range.endContainer, range.endOffset)
    : text.length;
  const figure = deps.findFigures(text).find((f) => f.start < Math.max(to, from + 1) && f.end > from);
  if (!figure) {
    // nothing selected: the sentence right-clicked is the quote
    const [qStart, qEnd] = selected ? [0, 0] : sentenceAround(text, from, from);
    const quote = selected || text.slice(qStart, qEnd);
    const subject = guessSubject(deps.subjects, quote, 0, text, title);
    return { ...base, quote, topics: [], ...(subject ? { subject } : {}) };
  }

  const [sStart, sEnd] = sentenceAround(text, figure.start, figure.end);
  const quote = text.slice(sStart, sEnd);
  const picked: PickedFigure = {
    text: figure.text,
    kind: figure.kind,
    value: figure.value,
    unit: figure.unit,
    approx: figure.approx,
    ...(figure.max !== undefined ? { max: figure.max } : {}),
    ...(figure.direction ? { direction: figure.direction } : {}),
    start: figure.start - sStart,
    end: figure.end - sStart,
  };
  const mark = deps.marks.find(
    (m) => m.block.element === block && overlaps(m.range.passing(), range),
  )?.annotation;
  const subject =
    (mark && deps.subjectOfClaim(mark.claim.id)) ??
    guessSubject(deps.subjects, quote, picked.start, text, title);
  const names = deps.subjects.find((s) => s.id === subject)?.aliases ?? [];
  return {
    ...base,
    quote,
    figure: picked,
    topics: topicSuggestions(quote, picked.start, picked.end, names),
    ...(subject ? { subject } : {}),
    ...(mark ? { claimId: mark.claim.id } : {}),
  };
}

/** The pick in this document, with the subjects and claims of the datasets in use (the engine's wiring). */
export function pickWithIndexes(
  reading: Reading,
  indexes: readonly CompiledIndex[],
  marks: readonly Mark[],
  point: Point | undefined,
): PagePick {
  const deps: PickDeps = {
    findFigures: (text) => reading.findFigures(text),
    subjects: indexes.flatMap((index) => index.subjects.map(({ id, aliases }) => ({ id, aliases }))),
    marks,
    subjectOfClaim(id) {
      for (const index of indexes) {
        const claim = index.claims.find((c) => c.record.id === id);
        if (claim) return index.subjects[claim.subject]?.id;
      }
      return undefined;
    },
  };
  return pickAtSelection(document, window.getSelection(), deps, point);
}
