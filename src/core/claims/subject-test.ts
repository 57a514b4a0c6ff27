/**
 * Whether a text names a subject of the datasets. The matcher ties a figure to a claim only through a
 * subject named in the figure's block or in the block's context (a table's caption and headers), so a
 * block that names none cannot hold an annotation: the page engine does not read its figures at all.
 * These tests are all a page about something else costs, and they are built without the matcher's
 * tables: `subjectTest` for one block, exactly as the matcher finds subjects; `subjectHint` for the
 * whole text of a page at once, looser (any case, anywhere in a word, an alias's first word for all
 * of it), so that a page it says no to has no block that names a subject.
 */
import { type CompiledIndex, subjectAliases } from './compile';
import type { Dataset } from './schema';
import { type ScriptConverter, withScriptForms } from './script-variants';
import { PhraseFinder } from './text';

export type SubjectTest = (text: string) => boolean;

export function subjectTest(indexes: readonly CompiledIndex[]): SubjectTest {
  // built on the first block it is asked about: on a page the hint turns away, never
  let finder: PhraseFinder | undefined;
  const build = () => {
    const built = new PhraseFinder();
    // the same phrases, added the same way, as the matcher's subject hits: never narrower than it
    for (const index of indexes)
      for (const subject of index.subjects)
        for (const alias of subject.aliases) built.add({ kind: 0, ref: subject.family, text: alias });
    return built;
  };
  return (text) => {
    finder ??= build();
    return finder.has(text);
  };
}

/**
 * The words a page hint looks for: the first word of each alias, lower-cased, leaving out any that
 * contains a shorter one (the shorter one finds it too). Built at build time for the bundled
 * datasets, so the content script's bootstrap carries a short list instead of the index.
 */
export function hintWords(aliases: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const alias of aliases) {
    const first = alias.trim().replace(/\*$/, '').split(/\s+/)[0]?.toLowerCase();
    if (first) words.add(first);
  }
  return [...words]
    .sort((a, b) => a.length - b.length)
    .filter((word, i, sorted) => !sorted.slice(0, i).some((shorter) => word.includes(shorter)));
}

/** Whether `text` holds any of the hint words: a few `includes` on the lower-cased text, no regex. */
export function mayNameAny(words: readonly string[], text: string): boolean {
  if (words.length === 0) return false;
  const lower = text.toLowerCase();
  return words.some((word) => lower.includes(word));
}

/**
 * Every alias of every subject of datasets as stored (before compiling: what the content script
 * has), with their other script forms when a converter is given (as `compileDatasets` adds them).
 */
export function datasetAliases(datasets: readonly Dataset[], scripts?: ScriptConverter): string[] {
  return datasets.flatMap((d) =>
    (d.subjects ?? []).flatMap((s) => withScriptForms(subjectAliases(s), scripts)),
  );
}

/** Every alias of every subject of the indexes. */
export function aliasesOf(indexes: readonly CompiledIndex[]): string[] {
  return indexes.flatMap((index) => index.subjects.flatMap((subject) => subject.aliases));
}

/**
 * A quick test of the text a page shows (`body.innerText`: blocks on lines of their own, `<br>` as a
 * line break, no-break spaces as they are, inline elements run together): false only when no block
 * of that text can name a subject. The text is lower-cased once and searched for the hint words, so
 * no regular expression has to be compiled on each page and a page about something else costs a
 * few `includes`.
 */
export function subjectHint(indexes: readonly CompiledIndex[]): SubjectTest {
  const words = hintWords(aliasesOf(indexes));
  return (text) => mayNameAny(words, text);
}

/**
 * The block test for a page whose headline or lead names a subject: every block may then be about
 * it, because the matcher carries the article's subject into blocks that name no company ("the
 * company's shares"). Never narrower than the matcher: its article subject needs a subject named
 * there too.
 */
export function pageSubjectTest(test: SubjectTest, title?: string, lead?: string): SubjectTest {
  const aboutSubject = (title !== undefined && test(title)) || (lead !== undefined && test(lead));
  return aboutSubject ? () => true : test;
}
