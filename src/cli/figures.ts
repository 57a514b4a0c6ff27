/**
 * `claimlens figures TEXT...` prints the figures found in each TEXT as a table.
 * `claimlens figures --jsonl` reads standard input and prints exactly one JSON array of Figures per
 * input line (public contract: line N of the output belongs to line N of the input).
 * `--yen CNY|JPY` says what ¥ means when the text does not; `--lang LANG` gives the text's language,
 * which decides how numbers are written (European formats in fr, de, es, it, pt, nl).
 */
import { findFigures } from '../core/figures';
import type { Figure, FindFiguresOptions } from '../core/figures';
import type { CliIo } from './io';

const USAGE = `usage: claimlens figures [--yen CNY|JPY] [--lang LANG] TEXT...
       claimlens figures [--yen CNY|JPY] [--lang LANG] --jsonl < lines.txt   (one JSON array per input line)
  --lang LANG   the text's language (BCP 47, e.g. fr, de-DE): in fr, de, es, it, pt and nl numbers are
                read the European way (1.234,5; 12,5 %)
`;

function table(text: string, figures: Figure[]): string {
  const head = ['text', 'kind', 'value', 'max', 'unit', 'approx', 'dir', 'at'];
  const rows = figures.map((f) => [
    f.text,
    f.kind,
    String(f.value),
    f.max === undefined ? '' : String(f.max),
    f.unit ?? '',
    f.approx,
    f.direction ?? '',
    `${f.start}-${f.end}`,
  ]);
  const width = (s: string): number => {
    let w = 0;
    for (const ch of s)
      w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1;
    return w;
  };
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c + ' '.repeat(cols[i]! - width(c)))
      .join('  ')
      .trimEnd();
  const out = [`> ${text}`];
  if (rows.length === 0) out.push('  (no figures)');
  else {
    out.push(`  ${line(head)}`);
    for (const r of rows) out.push(`  ${line(r)}`);
  }
  return `${out.join('\n')}\n`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const options: FindFiguresOptions = {};
  let jsonl = false;
  const texts: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--jsonl') jsonl = true;
    else if (a === '-h' || a === '--help') {
      io.stdout(USAGE);
      return 0;
    } else if (a === '--yen' || a.startsWith('--yen=')) {
      const v = (a === '--yen' ? args[++i] : a.slice(6))?.toUpperCase();
      if (v !== 'CNY' && v !== 'JPY') {
        io.stderr(`claimlens figures: --yen takes CNY or JPY\n${USAGE}`);
        return 2;
      }
      options.yenMeans = v;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? args[++i] : a.slice(7);
      if (v === undefined || !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(v)) {
        io.stderr(`claimlens figures: --lang takes a language tag such as fr or de-DE\n${USAGE}`);
        return 2;
      }
      options.lang = v;
    } else if (a === '--') {
      texts.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('--')) {
      io.stderr(`claimlens figures: unknown option '${a}'\n${USAGE}`);
      return 2;
    } else texts.push(a);
  }
  if (jsonl) {
    if (texts.length > 0) {
      io.stderr(`claimlens figures: --jsonl reads standard input, not arguments\n${USAGE}`);
      return 2;
    }
    const input = await io.readStdin();
    if (input.length === 0) return 0;
    const lines = input.split('\n');
    // a final newline ends the last line; it does not start another one
    if (lines[lines.length - 1] === '') lines.pop();
    const out: string[] = [];
    for (const raw of lines) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      out.push(JSON.stringify(findFigures(line, options)));
    }
    io.stdout(out.length > 0 ? `${out.join('\n')}\n` : '');
    return 0;
  }
  if (texts.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  for (const t of texts) io.stdout(table(t, findFigures(t, options)));
  return 0;
}
