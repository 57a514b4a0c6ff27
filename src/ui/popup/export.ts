/** The page's claims as Markdown (for notes and editors) or CSV (for spreadsheets). Pure functions. */
import { datasetText, languageOf, shownNote } from '../content-language';
import type { Locale, Translate } from '../i18n';
import { ratingLabel, verdictLabel } from '../labels';
import type { PageReport } from '../../contracts/report';
import { formatFigure, safeHref } from '../format';
import { datasetsOf, groupReport } from './model';

/** Scan time for the stats line: one decimal under 10 ms. */
export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
}

/** "3 of 154 blocks name a dataset's subject; 12 figures there, 4.1 ms" */
export function statsLine(stats: PageReport['stats'], t: Translate): string {
  const { figures, blocks, ms } = stats;
  const read = stats.read ?? blocks;
  if (read === 0) return t('popupStatsNone', [formatMs(ms)]);
  return t('popupStats', [String(figures), String(blocks), formatMs(ms), String(read)]);
}

/** What each item says, in the reader's language, shared by both formats. */
interface ExportRow {
  verdict: string;
  subject: string;
  pageFigure: string;
  recorded: string;
  statement: string;
  asOf: string;
  rating: string;
  note: string;
  why: string;
  datasetName: string;
  datasetVersion: string;
  sources: { publisher: string; published: string; title: string; url: string }[];
}

function rows(report: PageReport, locale: Locale, t: Translate): ExportRow[] {
  // the dataset's texts as the popup shows them: in the page's language
  const language = languageOf(report, locale);
  return groupReport(report).flatMap((group) =>
    group.items.map((item) => {
      const summary = item.marks[0]!.annotation.claim;
      const claim = item.claim;
      return {
        verdict: verdictLabel(t, item.verdict),
        subject: claim ? datasetText(claim.subject, language) : summary.subject,
        pageFigure: item.pageTexts.join('; '),
        recorded: formatFigure(claim ? claim.figure : summary, locale, t),
        statement: claim ? datasetText(claim.statement, language) : summary.statement,
        asOf: claim?.asOf ?? '',
        rating: claim ? ratingLabel(t, claim.rating) : '',
        note: datasetText(claim?.note, language),
        why: item.notes.map((n) => shownNote(n, claim, locale, language)).join('; '),
        datasetName: claim?.dataset.name ?? '',
        datasetVersion: claim?.dataset.version ?? '',
        sources: (claim?.sources ?? []).map((source) => ({
          publisher: source.publisher,
          published: source.published,
          title: source.title,
          url: source.url,
        })),
      };
    }),
  );
}

/** "Reuters, 2025-02-24: Title" without empty parts (title and date are optional in datasets). */
function sourceLabel(source: { publisher: string; published: string; title: string }): string {
  const head = [source.publisher, source.published].filter(Boolean).join(', ');
  return source.title ? `${head}: ${source.title}` : head;
}

/** Escapes text so Markdown renders it literally (no links, emphasis, HTML or headings sneak in). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

export function toMarkdown(report: PageReport, locale: Locale, t: Translate): string {
  const lines: string[] = [`# ${escapeMarkdown(t('exportTitle', [report.url]))}`, ''];
  lines.push(escapeMarkdown(statsLine(report.stats, t)));
  const datasets = datasetsOf(report);
  if (datasets.length > 0) {
    const list = datasets.map((d) => `${d.name} ${d.version}`).join(', ');
    lines.push('', escapeMarkdown(t('popupDatasets', [list])));
  }
  for (const group of groupReport(report)) {
    lines.push(
      '',
      `## ${escapeMarkdown(t('popupGroup', [verdictLabel(t, group.verdict), String(group.items.length)]))}`,
    );
    for (const row of rows({ ...report, marks: group.items.flatMap((item) => item.marks) }, locale, t)) {
      lines.push('', `### ${escapeMarkdown(row.subject)}: ${escapeMarkdown(row.pageFigure)}`, '');
      lines.push(`- ${escapeMarkdown(t('cardOnPage'))}: ${escapeMarkdown(row.pageFigure)}`);
      lines.push(`- ${escapeMarkdown(t('cardRecorded'))}: ${escapeMarkdown(row.recorded)}`);
      lines.push(`- ${escapeMarkdown(t('exportStatement'))}: ${escapeMarkdown(row.statement)}`);
      if (row.asOf) lines.push(`- ${escapeMarkdown(t('cardAsOf', [row.asOf]))}`);
      if (row.rating) lines.push(`- ${escapeMarkdown(t('popupRating', [row.rating]))}`);
      if (row.why) lines.push(`- ${escapeMarkdown(t('popupMatchNote'))}: ${escapeMarkdown(row.why)}`);
      if (row.note) lines.push(`- ${escapeMarkdown(t('popupNote'))}: ${escapeMarkdown(row.note)}`);
      if (row.sources.length > 0) {
        lines.push(`- ${escapeMarkdown(t('exportSources'))}:`);
        for (const source of row.sources) {
          const label = escapeMarkdown(sourceLabel(source));
          const href = safeHref(source.url);
          // <url> form: parentheses and spaces in the URL cannot break the link
          lines.push(href ? `  - ${label} <${href.replace(/[<>\s]/g, encodeURIComponent)}>` : `  - ${label}`);
        }
      }
    }
  }
  return lines.join('\n') + '\n';
}

export const CSV_COLUMNS = [
  'verdict',
  'subject',
  'page_figure',
  'recorded',
  'statement',
  'as_of',
  'rating',
  'note',
  'why',
  'dataset',
  'dataset_version',
  'sources',
  'source_urls',
] as const;

/**
 * One CSV field: quoted when needed. OWASP's rule against CSV injection: a field that starts with
 * = + - @, a tab or a carriage return gets a leading ' whatever follows ("-2+3+cmd|…" starts like a
 * number and is still a formula), so a negative figure is defused too.
 */
export function csvField(value: string): string {
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends and a header row; one row per claim and verdict. */
export function toCsv(report: PageReport, locale: Locale, t: Translate): string {
  const out = [CSV_COLUMNS.join(',')];
  for (const row of rows(report, locale, t)) {
    out.push(
      [
        row.verdict,
        row.subject,
        row.pageFigure,
        row.recorded,
        row.statement,
        row.asOf,
        row.rating,
        row.note,
        row.why,
        row.datasetName,
        row.datasetVersion,
        row.sources.map(sourceLabel).join(' | '),
        row.sources.map((s) => safeHref(s.url) ?? '').join(' '),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return out.join('\r\n') + '\r\n';
}

export function exportFilename(report: PageReport, extension: 'md' | 'csv'): string {
  let host = 'page';
  try {
    host = new URL(report.url).hostname.replace(/[^a-z0-9.-]/gi, '') || 'page';
  } catch {
    // keep 'page'
  }
  return `claimlens-${host}.${extension}`;
}
