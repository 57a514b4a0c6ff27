import { afterEach, expect, test } from 'vitest';
import { blockContext } from '../../../src/page/scan';

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
