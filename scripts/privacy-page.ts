/**
 * docs/PRIVACY.md as an extension page (privacy.html), so the options page can link to the policy
 * that ships with the very version installed, readable offline. The Markdown is shown as written
 * (preformatted, wrapped): no Markdown renderer in the build, and nothing in it is interpreted as HTML.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

export function privacyPageHtml(markdown: string): string {
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Privacy policy';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(title)}</title>
    <style>
      body { margin: 0 auto; padding: 24px 16px 48px; max-width: 760px; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; font: 15px/1.55 system-ui, sans-serif; }
    </style>
  </head>
  <body>
    <pre>${escapeHtml(markdown)}</pre>
  </body>
</html>
`;
}
