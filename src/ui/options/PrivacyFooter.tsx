/** The options page's footer: a link to the privacy policy that ships in the package (privacy.html, from docs/PRIVACY.md). */
import type { Translate } from '../i18n';

export function PrivacyFooter({ t }: { t: Translate }) {
  return (
    <footer class="hint">
      <a href="privacy.html" target="_blank" rel="noopener" data-testid="privacy-link">
        {t('optionsPrivacyPolicy')}
      </a>
    </footer>
  );
}
