import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/ui/i18n';
import { csvField, escapeMarkdown, exportFilename, toCsv, toMarkdown } from '../../../src/ui/popup/export';
import { claim, mark, report } from './fixtures';

const t = translator('en');

/** A small RFC 4180 reader, to check the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('has a header and one row per claim and verdict, differs first', () => {
    const rows = parseCsv(toCsv(report(), 'en', t));
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Differs', 'Needs context', 'Agrees']);
    const differs = rows[1]!;
    expect(differs[1]).toBe('Alibaba');
    expect(differs[2]).toBe('300 billion yuan');
    expect(differs[5]).toBe('2025-02-24');
    expect(differs[6]).toBe('Accurate');
    expect(differs[9]).toBe('Alibaba AI 2025');
    expect(differs[11]).toBe(
      'Reuters, 2025-02-24: Alibaba to spend $53 billion on AI | Evil, 2025-02-25: Script link',
    );
    // only http(s) URLs are exported as links
    expect(differs[12]).toBe('https://www.reuters.com/technology/alibaba-ai ');
    expect(rows[2]![8]).toBe('the February figure, before the raise');
  });

  it('quotes commas, quotes and newlines, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe(`"'+1"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('-cmd')).toBe(`"'-cmd"`);
  });

  // OWASP (CSV injection): a field starting = + - @, tab or CR is prefixed with ' whatever follows,
  // because a spreadsheet evaluates "-2+3+cmd|…" as a formula although it starts like a number
  it.each([
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", 'minus then digits, then a formula'],
    ['-3.9%', "'-3.9%", 'a negative figure: defused too (OWASP names no exception)'],
    ['+1', "'+1", 'a leading plus'],
    ['=1+1', "'=1+1", 'a leading equals'],
    ['@SUM(A1)', "'@SUM(A1)", 'a leading at'],
    ['\t=1+1', "'\t=1+1", 'a leading tab'],
    ['\r=1+1', "'\r=1+1", 'a leading carriage return'],
    ['3.9%', '3.9%', 'a figure that starts with a digit is left alone'],
  ])('defuses %j (%s)', (value, defused) => {
    expect(parseCsv(`${csvField(value)}\r\n`)[0]![0]).toBe(defused);
  });

  it('round-trips hostile dataset text', () => {
    const hostile = claim('c-differs', {
      statement: { en: '=cmd|" /C calc"!A0, "quoted"\nnext line', zh: '中文' },
    });
    const rows = parseCsv(
      toCsv(report({ claims: [hostile], marks: [mark(1, 'c-differs', 'differs')] }), 'en', t),
    );
    expect(rows[1]![4]).toBe(`'=cmd|" /C calc"!A0, "quoted"\nnext line`);
  });

  it('uses the reader language for statements', () => {
    const rows = parseCsv(toCsv(report(), 'zh_CN', translator('zh_CN')));
    expect(rows[1]![0]).toBe(translator('zh_CN')('verdictDiffers'));
    expect(rows[1]![1]).toBe('阿里巴巴');
    expect(rows[1]![4]).toContain('3800亿元');
  });
});

describe('Markdown export', () => {
  it('has a title, the stats, groups by verdict and lists sources as links', () => {
    const md = toMarkdown(report(), 'en', t);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# ClaimLens: claims on https://news\\.example\\.com/alibaba\\-ai');
    expect(md).toContain("5 of 17 blocks name a dataset's subject; 42 figures there, 3\\.1 ms");
    expect(md).toContain('Datasets: Alibaba AI 2025 1\\.2\\.0');
    const headings = lines.filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Differs \\(1\\)', '## Needs context \\(1\\)', '## Agrees \\(1\\)']);
    expect(md).toContain('### Alibaba: 300 billion yuan');
    expect(md).toContain('- On this page: 300 billion yuan');
    expect(md).toContain(
      '  - Reuters, 2025\\-02\\-24: Alibaba to spend $53 billion on AI <https://www.reuters.com/technology/alibaba-ai>',
    );
    // a javascript: source stays text, never a link
    expect(md).toContain('  - Evil, 2025\\-02\\-25: Script link\n');
    expect(md).not.toContain('javascript:');
  });

  it('escapes Markdown in dataset and page text', () => {
    expect(escapeMarkdown('[click](http://evil) <img src=x> *bold* # h')).toBe(
      '\\[click\\]\\(http://evil\\) \\<img src=x\\> \\*bold\\* \\# h',
    );
  });
});

describe('export file names', () => {
  it('names the file after the site', () => {
    expect(exportFilename(report(), 'md')).toBe('claimlens-news.example.com.md');
    expect(exportFilename(report({ url: 'not a url' }), 'csv')).toBe('claimlens-page.csv');
  });
});
