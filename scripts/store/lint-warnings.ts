/**
 * The `web-ext lint` warnings that store/amo-reviewer-notes.md explains, as data: `npm run check:amo`
 * fails on a warning that is not here (write its note first) and on a note whose warning is gone
 * (remove it from the notes), so the notes stay the lint's own list.
 */

export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

export interface ExplainedWarning {
  code: string;
  /** the built file it is in (hashed chunk names vary between builds) */
  file: RegExp;
  message: RegExp;
  /** its item in store/amo-reviewer-notes.md */
  note: number;
}

export const EXPLAINED_WARNINGS: readonly ExplainedWarning[] = [
  // the content script imports the engine from its own package: import(runtime.getURL('engine.js'))
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^content\.js$/, message: /call to import/, note: 1 },
  // Preact's dangerouslySetInnerHTML branch, never used
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^engine\.js$/, message: /innerHTML/, note: 2 },
  // a shared chunk of the extension pages: Rollup names it after one of its modules, which moves as
  // modules come and go, so the chunk is matched as a chunk and the warning by its message
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/[\w-]+\.js$/, message: /innerHTML/, note: 3 },
  // zod's allowsEval probe, skipped under jitless
  { code: 'DANGEROUS_EVAL', file: /^chunks\/[\w-]+\.js$/, message: /Function constructor/, note: 4 },
];

const matches = (warning: LintMessage, explained: ExplainedWarning) =>
  warning.code === explained.code &&
  explained.file.test(warning.file ?? '') &&
  explained.message.test(warning.message);

/** Warnings without a note, and notes without a warning. */
export function compareWithNotes(
  warnings: readonly LintMessage[],
  explained: readonly ExplainedWarning[] = EXPLAINED_WARNINGS,
): { unexplained: LintMessage[]; stale: ExplainedWarning[] } {
  return {
    unexplained: warnings.filter((w) => !explained.some((e) => matches(w, e))),
    stale: explained.filter((e) => !warnings.some((w) => matches(w, e))),
  };
}
