/**
 * Whether a text names a subject of the datasets. The matcher ties a figure to a claim only through a
 * subject named in the figure's block or in the block's context (a table's caption and headers), so a
 * block that names none cannot hold an annotation: the page engine does not read its figures at all.
 * This test is all a page about something else costs, and it is built without the matcher's tables.
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
