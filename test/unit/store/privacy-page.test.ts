/** privacy.html, built from docs/PRIVACY.md: the policy as written, with nothing in it read as HTML. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { privacyPageHtml } from '../../../scripts/privacy-page';

test('the page carries the whole policy, titled by its heading, in UTF-8', () => {
  const markdown = readFileSync(resolve(import.meta.dirname, '../../../docs/PRIVACY.md'), 'utf8');
  const html = privacyPageHtml(markdown);
  expect(html).toContain('<meta charset="utf-8" />');
  expect(html).toContain('<title>ClaimLens privacy policy</title>');
  expect(html).toContain('It sends nothing anywhere');
  // why: extension pages run under script-src 'self'; the page needs no script at all
  expect(html).not.toContain('<script');
});

test.each([
  ['a tag in the text', 'see <script>x</script>', 'see &lt;script&gt;x&lt;/script&gt;'],
  ['an ampersand and quotes', 'A & "B"', 'A &amp; &quot;B&quot;'],
])('%s is shown, not interpreted', (_, markdown, shown) => {
  expect(privacyPageHtml(`# T\n${markdown}`)).toContain(shown);
});
