/**
 * `tsx scripts/figure-lines.ts [DIR...]` prints the visible text of every HTML page in the given folders
 * (default: ../shared/corpus/pages and ../shared/real-articles), one block per line, each page's lines
 * after a line naming it. Piped into `npx claimlens figures --jsonl`, it gives a snapshot of what the
 * recognizer reads in real pages, to diff before and after a change that should not alter behaviour:
 *
 *   npx tsx scripts/figure-lines.ts > /tmp/lines.txt
 *   npx claimlens figures --jsonl < /tmp/lines.txt > /tmp/after.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visibleText } from '../bench/figures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dirs = process.argv.slice(2);
if (dirs.length === 0)
  dirs.push(resolve(root, '../shared/corpus/pages'), resolve(root, '../shared/real-articles'));
const out: string[] = [];
for (const dir of dirs) {
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.html')) continue;
    out.push(`== ${name}`);
    for (const line of visibleText(readFileSync(join(dir, name), 'utf8')).split('\n'))
      if (line.trim() !== '') out.push(line);
  }
}
process.stdout.write(`${out.join('\n')}\n`);
