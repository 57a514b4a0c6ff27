/**
 * docs/PRIVACY.md as an extension page (privacy.html), so the options page can link to the policy
 * that ships with the very version installed, readable offline. It renders the small part of
 * Markdown the policy is written in (headings, paragraphs, "- " lists, tables, **bold**, `code`);
 * the text is escaped first, so nothing in it can become markup, and anything else shows as written.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** Bold and code spans of one escaped line of text. */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,:;]|$)/g, '$1<em>$2</em>');
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/** Blocks separated by blank lines; a block is a heading, a list, a table or a paragraph. */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  for (const block of markdown.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const heading = /^(#{1,3}) (.*)$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    } else if (lines[0]!.startsWith('- ')) {
      // an item's continuation lines are indented
      const items: string[] = [];
      for (const line of lines) {
        if (line.startsWith('- ')) items.push(line.slice(2));
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      out.push(`<ul>\n${items.map((item) => `<li>${inline(item)}</li>`).join('\n')}\n</ul>`);
    } else if (
      lines.every((line) => line.trim().startsWith('|')) &&
      lines.length >= 2 &&
      /^[\s|:-]+$/.test(lines[1]!)
    ) {
      const [head, , ...rows] = lines;
      out.push(
        `<table>\n<tr>${cells(head!)
          .map((c) => `<th>${inline(c)}</th>`)
          .join('')}</tr>\n${rows
          .map(
            (row) =>
              `<tr>${cells(row)
                .map((c) => `<td>${inline(c)}</td>`)
                .join('')}</tr>`,
          )
          .join('\n')}\n</table>`,
      );
    } else {
      out.push(`<p>${inline(lines.map((line) => line.trim()).join(' '))}</p>`);
    }
  }
  return out.join('\n');
}

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
      body { margin: 0 auto; padding: 24px 16px 48px; max-width: 760px; font: 15px/1.55 system-ui, sans-serif; }
      h1 { font-size: 24px; } h2 { font-size: 18px; margin-top: 28px; }
      table { border-collapse: collapse; } th, td { border: 1px solid #8888; padding: 6px 8px; text-align: left; vertical-align: top; }
      code { font-size: 0.92em; }
    </style>
  </head>
  <body>
${markdownToHtml(markdown)}
  </body>
</html>
`;
}
