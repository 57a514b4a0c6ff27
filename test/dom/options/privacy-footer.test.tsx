/** The options page's footer links to the privacy policy the build puts in the package (privacy.html). */
import { render } from 'preact';
import { expect, test } from 'vitest';
import { translator } from '../../../src/ui/i18n';
import { PrivacyFooter } from '../../../src/ui/options/PrivacyFooter';

test.each([
  ['en', 'Privacy policy'],
  ['zh_CN', '隐私政策'],
] as const)('%s: a link to privacy.html that opens in a new tab', (locale, text) => {
  const root = document.createElement('div');
  render(<PrivacyFooter t={translator(locale)} />, root);
  const link = root.querySelector<HTMLAnchorElement>('[data-testid="privacy-link"]')!;
  expect(link.getAttribute('href')).toBe('privacy.html');
  expect(link.target).toBe('_blank');
  expect(link.textContent).toBe(text);
  render(null, root);
});
