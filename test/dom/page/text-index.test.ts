import { describe, expect, test } from 'vitest';
import { BlockIndexer, rangeFor } from '../../../src/page/text-index';
import { indexBlocks } from './read-block';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function texts(html: string): string[] {
  return indexBlocks(body(html)).map((b) => b.text);
}

describe('indexBlocks', () => {
  test.each([
    [
      'inline elements join one block',
      '<p><b>380</b> billion <a href="#">yuan</a></p>',
      ['380 billion yuan'],
    ],
    ['each block is its own string', '<p>one 1</p><p>two 2</p>', ['one 1', 'two 2']],
    [
      // a block is complete once the walk leaves it: inner blocks come before the block around them
      'nested blocks are separate units',
      '<div>lead 1<p>inner 2</p>tail 3</div>',
      ['inner 2', 'lead 1tail 3'],
    ],
    ['<br> reads as a space', '<p>380<br>billion</p>', ['380 billion']],
    ['nbsp reads as a space', '<p>380\u00a0billion</p>', ['380 billion']],
    ['script and style are skipped', '<p>a 1<script>var x = 2</script><style>p{}</style></p>', ['a 1']],
    [
      'form fields are skipped',
      '<p>a 1<textarea>typed 2</textarea><select><option>3</option></select></p>',
      ['a 1'],
    ],
    ['contenteditable is skipped', '<p>a 1</p><div contenteditable="true"><p>draft 2</p></div>', ['a 1']],
    ['hidden subtrees are skipped', '<p>a 1</p><p hidden>b 2</p><p aria-hidden="true">c 3</p>', ['a 1']],
    ['svg text is skipped', '<p>a 1<svg><text>9%</text></svg></p>', ['a 1']],
    ['our own UI host is skipped', '<p>a 1</p><claimlens-root><p>card 2</p></claimlens-root>', ['a 1']],
    [
      'table cells are blocks',
      '<table><tr><td>RMB 380 billion</td><td>+9.2%</td></tr></table>',
      ['RMB 380 billion', '+9.2%'],
    ],
    ['blocks with no letter or digit are dropped', '<p> — </p><p>x</p>', ['x']],
  ])('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  test('offsets map back to the nodes, across element boundaries', () => {
    const [block] = indexBlocks(body('<p>Alibaba will invest <b>380</b> billion <a>yuan</a>.</p>'));
    const start = block!.text.indexOf('380');
    const end = start + '380 billion yuan'.length;
    const range = rangeFor(block!, start, end)!;
    expect(range.toString()).toBe('380 billion yuan');
    expect(range.startContainer.parentElement!.tagName).toBe('B');
    expect(range.endContainer.parentElement!.tagName).toBe('A');
  });

  test('a range ending at a node boundary stays in its node', () => {
    const [block] = indexBlocks(body('<p><b>9.2%</b> higher</p>'));
    const range = rangeFor(block!, 0, 4)!;
    expect(range.toString()).toBe('9.2%');
    expect(range.endContainer).toBe(range.startContainer);
  });

  test('offsets after a <br> gap land in the next node', () => {
    const [block] = indexBlocks(body('<p>ab<br>cd</p>'));
    expect(block!.text).toBe('ab cd');
    const point = rangeFor(block!, 3, 5)!;
    expect((point.startContainer as Text).data).toBe('cd');
    expect(point.startOffset).toBe(0);
    expect(rangeFor(block!, 2, 5)!.toString()).toBe('cd');
  });

  test('a deep page does not overflow the stack', () => {
    const depth = 5000;
    body(`${'<span>'.repeat(depth)}1% deep${'</span>'.repeat(depth)}`);
    expect(indexBlocks(document.body).map((b) => b.text)).toEqual(['1% deep']);
  });

  test('indexing in small steps finds exactly what one pass finds', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<li>item <b>${i}</b> rose ${i}%</li>`).join('');
    body(`<main><h1>Title 1</h1><ul>${rows}</ul></main><footer><p>end 2</p></footer>`);
    const whole = indexBlocks(document.body).map((b) => b.text);
    const indexer = new BlockIndexer(document.body);
    const stepped: string[] = [];
    let steps = 0;
    while (!indexer.done) {
      stepped.push(...indexer.step(() => true).map((b) => b.text));
      steps += 1;
    }
    expect(steps).toBeGreaterThan(10);
    expect(stepped).toEqual(whole);
    expect(whole).toHaveLength(302);
  });

  test('indexing reads the page without changing it', () => {
    const html = '<p>Alibaba <b>380</b> billion yuan<br>and 9.2%</p><ul><li>3,800亿元</li></ul>';
    body(html);
    indexBlocks(document.body);
    expect(document.body.innerHTML).toBe(html);
  });
});
