/** privacy.html, built from docs/PRIVACY.md: the policy as written, with nothing in it read as HTML. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { markdownToHtml, privacyPageHtml } from '../../../scripts/privacy-page';

test('the page carries the whole policy, titled by its heading, in UTF-8', () => {
  const markdown = readFileSync(resolve(import.meta.dirname, '../../../docs/PRIVACY.md'), 'utf8');
  const html = privacyPageHtml(markdown);
  expect(html).toContain('<meta charset="utf-8" />');
  expect(html).toContain('<title>ClaimLens privacy policy</title>');
  expect(html).toContain('<strong>It sends nothing anywhere</strong>');
  // every section of the policy is there
  for (const [, heading] of markdown.matchAll(/^## (.+)$/gm)) expect(html).toContain(`<h2>${heading}</h2>`);
  // why: extension pages run under script-src 'self'; the page needs no script at all
  expect(html).not.toContain('<script');
});

test.each([
  ['a heading', '## What it reads', '<h2>What it reads</h2>'],
  ['a paragraph over two lines', 'one\ntwo', '<p>one two</p>'],
  [
    'a list item with its continuation',
    '- **a**: b\n  c\n- `d`',
    '<ul>\n<li><strong>a</strong>: b c</li>\n<li><code>d</code></li>\n</ul>',
  ],
  [
    'a table',
    '| a | b |\n| --- | --- |\n| 1 | 2 |',
    '<table>\n<tr><th>a</th><th>b</th></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>',
  ],
  ['emphasis', 'a *later* release', '<p>a <em>later</em> release</p>'],
  // why: the policy is text; nothing in it may become markup
  ['a tag in the text', 'see <script>x</script>', '<p>see &lt;script&gt;x&lt;/script&gt;</p>'],
  ['an ampersand and quotes', 'A & "B"', '<p>A &amp; &quot;B&quot;</p>'],
  ['a tag inside code', '`<b>`', '<p><code>&lt;b&gt;</code></p>'],
])('%s', (_, markdown, html) => {
  expect(markdownToHtml(markdown)).toBe(html);
});
