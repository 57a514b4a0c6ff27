/**
 * Mark colours per verdict. Translucent backgrounds and saturated underlines read on light and dark
 * pages alike; forced-colors mode gets the system's Mark colours.
 */
import type { HighlightStyle } from '../contracts/settings';

const COLOURS = {
  consistent: { line: '#1a7f37', fill: 'rgba(46, 160, 67, 0.18)' },
  'needs-context': { line: '#b26b00', fill: 'rgba(212, 140, 0, 0.22)' },
  differs: { line: '#cf222e', fill: 'rgba(207, 34, 46, 0.20)' },
} as const;

function decoration(style: HighlightStyle, line: string, fill: string): string {
  switch (style) {
    case 'background':
      return `background-color: ${fill}; text-decoration: none;`;
    case 'outline':
      // ::highlight() cannot draw borders; a double underline with a faint fill stands in for an outline.
      return `background-color: ${fill}; text-decoration: underline double ${line}; text-decoration-thickness: 1px; text-underline-offset: 3px;`;
    default:
      return `text-decoration: underline solid ${line}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
  }
}

/** CSS for a selector template, e.g. `::highlight(claimlens-%s)` or `claimlens-mark[data-verdict="%s"]`. */
export function markCss(selectorFor: (name: string) => string, style: HighlightStyle): string {
  const rules: string[] = [];
  for (const [verdict, { line, fill }] of Object.entries(COLOURS)) {
    rules.push(`${selectorFor(verdict)} { ${decoration(style, line, fill)} }`);
  }
  rules.push(
    `${selectorFor('active')} { background-color: rgba(9, 105, 218, 0.30); text-decoration: underline solid #0969da; text-decoration-thickness: 3px; text-underline-offset: 3px; }`,
    `${selectorFor('flash')} { background-color: rgba(255, 212, 59, 0.85); color: #1f2328; }`,
    `@media (forced-colors: active) { ${['consistent', 'needs-context', 'differs', 'active', 'flash']
      .map(
        (name) =>
          `${selectorFor(name)} { background-color: Mark; color: MarkText; text-decoration: underline; }`,
      )
      .join(' ')} }`,
  );
  return rules.join('\n');
}
