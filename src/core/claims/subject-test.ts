/**
 * Whether a text names a subject of the datasets. The matcher ties a figure to a claim only through a
 * subject named in the figure's block or in the block's context (a table's caption and headers), so a
 * block that names none cannot hold an annotation: the page engine does not read its figures at all.
 * These tests are all a page about something else costs, and they are built without the matcher's
 * tables: `subjectTest` for one block, exactly as the matcher finds subjects; `subjectHint` for a
 * whole page's raw text at once, looser (any case, anywhere in a word, spaces as any run of white
 * space or none), so that a page it says no to has no block that names a subject.
 */
import type { CompiledIndex } from './compile';
import { PhraseFinder } from './text';

export type SubjectTest = (text: string) => boolean;

export function subjectTest(indexes: readonly CompiledIndex[]): SubjectTest {
  const finder = new PhraseFinder();
  // the same phrases, added the same way, as the matcher's subject hits: never narrower than it
  for (const index of indexes)
    for (const subject of index.subjects)
      for (const alias of subject.aliases) finder.add({ kind: 0, ref: subject.family, text: alias });
  return (text) => finder.has(text);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A quick test of a page's raw text (`body.textContent`: no spaces for `<br>`, no-break spaces as
 * they are, text nodes joined as they come): false only when no block of the page can name a subject.
 * One regular expression, run by the browser's regex engine, instead of a walk over the page's blocks.
 */
export function subjectHint(indexes: readonly CompiledIndex[]): SubjectTest {
  const patterns = new Set<string>();
  for (const index of indexes)
    for (const subject of index.subjects)
      for (const alias of subject.aliases) {
        const words = alias.trim().replace(/\*$/, '').split(/\s+/).filter(Boolean).map(escapeRegExp);
        if (words.length > 0) patterns.add(words.join('\\s*'));
      }
  if (patterns.size === 0) return () => false;
  const hint = new RegExp([...patterns].join('|'), 'i');
  return (text) => hint.test(text);
}
