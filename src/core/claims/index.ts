/** Claims: compiled index and matcher (content-script safe). The zod schema lives in ./schema. */
export type { CompiledClaim, CompiledFigure, CompiledIndex, CompiledSubject } from './compile';
export { compileDatasets, INDEX_FORMAT } from './compile';
export type { Matcher, MatcherOptions } from './matcher';
export { createMatcher } from './matcher';
export type { Dataset } from './schema';
export { type SubjectTest, subjectHint, subjectTest } from './subject-test';
export * from './types';
