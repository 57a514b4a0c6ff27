import { afterEach, expect, test, vi } from 'vitest';
import { MarkLookup } from '../../../src/page/hit-test';
import type { Mark } from '../../../src/page/marks';
import { rangeFor } from '../../../src/page/text-index';
import { indexBlocks } from './read-block';

afterEach(() => {
  document.body.innerHTML = '';
});

function markOver(text: string): Mark {
  const [block] = indexBlocks(document.body);
  const start = block!.text.indexOf(text);
  const range = rangeFor(block!, start, start + text.length)!;
  return {
    id: 1,
    block: block!,
    range,
    annotation: { start, end: start + text.length } as Mark['annotation'],
  };
}

test('without marks, the pointer costs no hit test', () => {
  const caret = vi.fn(() => null);
  (document as unknown as { caretPositionFromPoint: typeof caret }).caretPositionFromPoint = caret;
  const lookup = new MarkLookup();
  expect(lookup.at(document, 10, 10)).toBeUndefined();
  expect(caret).not.toHaveBeenCalled();
  document.body.innerHTML = '<p>Alibaba will invest 380 billion yuan.</p>';
  const mark = markOver('380 billion yuan');
  lookup.add(mark);
  expect(lookup.size).toBe(1);
  lookup.at(document, 10, 10);
  expect(caret).toHaveBeenCalledTimes(1);
  lookup.remove(mark);
  expect(lookup.size).toBe(0);
  delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});
