/**
 * What the page engine answers for "Record this figure as a claim…" (src/page/figure-at-selection.ts):
 * the figure the selection overlaps (across elements), its sentence, the page's publisher and date,
 * the subject guess and topic suggestions; a selection without a figure; a figure right-clicked
 * without a selection; a marked figure's claim.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Mark } from '../../../src/page/marks';
import { pickAtSelection } from '../../../src/page/figure-at-selection';
import { MarkRange } from '../../../src/page/text-index';
import { readFigures } from '../../../src/core/read-figures';

const SUBJECTS = [
  { id: 'alibaba', aliases: ['Alibaba', '阿里巴巴'] },
  { id: 'tencent', aliases: ['Tencent', '腾讯'] },
];

function page(body: string, head = '') {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  document.title = 'Test page';
}

afterEach(() => {
  getSelection()?.removeAllRanges();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** Selects `text` (its first occurrence in one text node) in the element matching `selector`. */
function select(selector: string, text: string): Range {
  const element = document.querySelector(selector)!;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range;
  }
  throw new Error(`no ${text}`);
}

const deps = (marks: Mark[] = []) => ({
  findFigures: (text: string) => readFigures(text),
  subjects: SUBJECTS,
  marks,
  subjectOfClaim: (id: string) => (id === 'capex-380' ? 'alibaba' : undefined),
});

const ARTICLE = `<h1>Alibaba doubles down on AI</h1>
<p id="p">Shares rose. Alibaba will invest <b>380</b> billion yuan in cloud and AI infrastructure over three years, Wu said. Analysts agreed.</p>
<p id="other">The weather was fine in Hangzhou.</p>`;
const HEAD = `<meta property="og:site_name" content="The Ledger"><meta property="article:published_time" content="2025-09-24T08:00:00Z">`;

describe('pickAtSelection', () => {
  it('reads the figure a selection overlaps, across elements, with its sentence and page', () => {
    page(ARTICLE, HEAD);
    select('#p b', '380');
    const pick = pickAtSelection(document, getSelection(), deps());
    expect(pick).toMatchObject({
      publisher: 'The Ledger',
      published: '2025-09-24',
      language: 'en',
      selection: '380',
      quote: 'Alibaba will invest 380 billion yuan in cloud and AI infrastructure over three years, Wu said.',
      figure: {
        text: '380 billion yuan',
        kind: 'money',
        value: 380e9,
        unit: 'CNY',
        approx: 'exact',
        start: 20,
        end: 36,
      },
      subject: 'alibaba',
    });
    expect(pick.quote.slice(pick.figure!.start, pick.figure!.end)).toBe('380 billion yuan');
    expect(pick.topics.slice(0, 2)).toEqual(['invest', 'cloud']);
    expect(pick.claimId).toBeUndefined();
  });

  it('a selection without a figure is the quote, with no figure; the publisher falls back to the host', () => {
    page(ARTICLE);
    select('#other', 'weather was fine');
    const pick = pickAtSelection(document, getSelection(), deps());
    expect(pick.figure).toBeUndefined();
    expect(pick.quote).toBe('weather was fine');
    expect(pick.publisher).toBe(new URL(location.href).hostname.replace(/^www\./, ''));
    expect(pick.published).toBeUndefined();
    // the headline names Alibaba: the guess when the paragraph names no subject
    expect(pick.subject).toBe('alibaba');
  });

  it('with nothing selected, reads the figure at the point right-clicked', () => {
    page(ARTICLE, HEAD);
    const node = document.querySelector('#p b')!.firstChild!;
    // happy-dom has no caret hit testing: the browser's answer for the point, stubbed
    const d = document as unknown as { caretPositionFromPoint?: (x: number, y: number) => unknown };
    d.caretPositionFromPoint = (x, y) => (x === 10 && y === 20 ? { offsetNode: node, offset: 1 } : null);
    try {
      const pick = pickAtSelection(document, getSelection(), deps(), { x: 10, y: 20 });
      expect(pick.figure?.text).toBe('380 billion yuan');
      expect(pick.selection).toBe('');
      // a point off any text: the form opens with nothing read
      const none = pickAtSelection(document, getSelection(), deps(), { x: 0, y: 0 });
      expect([none.figure, none.quote]).toEqual([undefined, '']);
    } finally {
      delete d.caretPositionFromPoint;
    }
  });

  it("a marked figure names its claim, and its claim's subject wins over the guess", () => {
    page(`<p id="p">Tencent said so. Alibaba will invest 380 billion yuan.</p>`, HEAD);
    const range = select('#p', '380 billion yuan');
    const block = { element: document.querySelector('#p')!, text: '', nodes: [], nodeStarts: [] };
    const mark = {
      id: 1,
      block,
      // a mark keeps its place as plain bounds (text-index.ts), not as a live Range
      range: new MarkRange(
        document,
        { node: range.startContainer as Text, offset: range.startOffset },
        { node: range.endContainer as Text, offset: range.endOffset },
      ),
      annotation: { claim: { id: 'capex-380' } },
    } as unknown as Mark;
    select('#p', 'billion');
    const pick = pickAtSelection(document, getSelection(), deps([mark]));
    expect(pick).toMatchObject({ claimId: 'capex-380', subject: 'alibaba' });
    expect(pick.topics).not.toContain('alibaba');
  });
});
