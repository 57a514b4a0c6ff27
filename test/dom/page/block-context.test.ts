import { afterEach, describe, expect, test, vi } from 'vitest';
import { blockContext, type Engine } from '../../../src/page/scan';
import { scanBlock } from './read-block';
import type { TextBlock } from '../../../src/page/text-index';
import { fakeEngine } from './fake-engine';

afterEach(() => {
  document.body.innerHTML = '';
});

test('a table cell is about its caption, its row header and its column header', () => {
  document.body.innerHTML = `<table>
    <caption>Key figures (Alibaba)</caption>
    <thead><tr><th>Item</th><th>Figure</th></tr></thead>
    <tbody><tr><td>AI infrastructure budget</td><td id="cell">RMB 380 billion</td></tr></tbody>
  </table>`;
  expect(blockContext(document.getElementById('cell')!)).toBe(
    'Key figures (Alibaba) \n AI infrastructure budget \n Figure',
  );
});

test('the row header itself gets the caption and its column header only', () => {
  document.body.innerHTML = '<table><tr><th>Item</th></tr><tr><td id="first">Alibaba 9.2%</td></tr></table>';
  expect(blockContext(document.getElementById('first')!)).toBe('Item');
});

test('other blocks have no context but their own text', () => {
  document.body.innerHTML = '<p id="p">RMB 380 billion</p>';
  expect(blockContext(document.getElementById('p')!)).toBeUndefined();
});

describe('scanBlock with a subject test: only blocks that name a subject, or whose table does, are read', () => {
  const findFigures = vi.fn((text: string) => fakeEngine.findFigures(text));
  const namesSubject = vi.fn((text: string) => text.includes('Alibaba'));
  // the fake matcher looks for "Alibaba" in the text it is given: give it the context too
  const match: Engine['match'] = (text, figures, context) =>
    fakeEngine.match(`${text} ${context ?? ''}`, figures);
  const engine: Engine = { findFigures, match, namesSubject };
  const block = (id: string): TextBlock => {
    const element = document.getElementById(id)!;
    return { element, text: element.textContent ?? '', nodes: [], nodeStarts: [] };
  };

  afterEach(() => {
    findFigures.mockClear();
    namesSubject.mockClear();
  });

  test('a paragraph about something else is not read', () => {
    document.body.innerHTML =
      '<p id="a">Tencent: 380 billion yuan</p><p id="b">Alibaba: 380 billion yuan</p>';
    const other = scanBlock(block('a'), engine);
    expect(other).toMatchObject({ read: false, figures: [], annotations: [] });
    expect(findFigures).not.toHaveBeenCalled();
    const about = scanBlock(block('b'), engine);
    expect(about.read).toBe(true);
    expect(about.annotations.map((a) => a.text)).toEqual(['380 billion yuan']);
  });

  test('a cell is read when its caption or headers name the subject; other tables are judged once', () => {
    document.body.innerHTML = `<table id="t1"><caption>Key figures (Alibaba)</caption>
      <tr><th>Item</th><th>Figure</th></tr><tr><td>AI budget</td><td id="c1">380 billion yuan</td></tr></table>
      <table id="t2"><tr><th>Item</th><th>Figure</th></tr>
      <tr><td>Budget</td><td id="c2">380 billion yuan</td></tr><tr><td>Other</td><td id="c3">5 billion yuan</td></tr></table>`;
    const tables = new WeakMap<Element, boolean>();
    const cell = scanBlock(block('c1'), engine, {}, tables);
    expect(cell.read).toBe(true);
    expect(cell.annotations.map((a) => a.text)).toEqual(['380 billion yuan']);
    expect(scanBlock(block('c2'), engine, {}, tables).read).toBe(false);
    expect(scanBlock(block('c3'), engine, {}, tables).read).toBe(false);
    expect(tables.get(document.getElementById('t2')!)).toBe(false);
    // c2 and c3: their own text once each, their table's text once between them
    expect(namesSubject.mock.calls.filter(([text]) => text.includes('Other')).length).toBe(1);
  });

  test('without a subject test every block is read (claimlens scan counts every figure)', () => {
    document.body.innerHTML = '<p id="a">Tencent: 380 billion yuan</p>';
    expect(scanBlock(block('a'), fakeEngine)).toMatchObject({ read: true, annotations: [] });
    expect(scanBlock(block('a'), fakeEngine).figures).toHaveLength(1);
  });
});
