/**
 * The page report (what the popup lists and `claimlens scan` prints) made from the marks of a
 * reading: each mark with the text around it, the claims they belong to, and the reading's stats.
 */
import type { ContentLanguage } from '../core/claims/page-language';
import type { ClaimRecord } from '../core/claims/types';
import type { PageReport } from '../contracts/report';
import type { Mark } from './marks';
import { textWindows, WINDOWED_OVER } from './scan';
import type { TextBlock } from './text-index';

export interface ReportInput {
  url: string;
  enabled: boolean;
  language: ContentLanguage;
  /** in document order */
  marks: readonly Mark[];
  claim(id: string): ClaimRecord | undefined;
  /** times in ms, unrounded */
  stats: PageReport['stats'] & { longestTaskMs: number };
}

const tenths = (ms: number) => Math.round(ms * 10) / 10;

export function pageReport({ url, enabled, language, marks, claim, stats }: ReportInput): PageReport {
  const windows = new Map<TextBlock, [number, number][]>();
  const windowsOf = (block: TextBlock) => {
    let found = windows.get(block);
    if (!found) {
      found = textWindows(block.text);
      windows.set(block, found);
    }
    return found;
  };
  const claims = new Map<string, ClaimRecord>();
  for (const mark of marks) {
    const record = claim(mark.annotation.claim.id);
    if (record) claims.set(record.id, record);
  }
  return {
    url,
    enabled,
    language,
    marks: marks.map((mark) => reportedMark(mark, windowsOf)),
    claims: [...claims.values()],
    stats: { ...stats, ms: tenths(stats.ms), longestTaskMs: tenths(stats.longestTaskMs) },
  };
}

/**
 * A mark as the report gives it: with its block's text, or, for a block read in windows, with the
 * window that holds it and the offsets moved into that window. A page of one 240,000-character
 * paragraph with two thousand marks would otherwise send the paragraph two thousand times.
 */
function reportedMark(
  mark: Mark,
  windowsOf: (block: TextBlock) => [number, number][],
): PageReport['marks'][number] {
  const { text } = mark.block;
  const { annotation } = mark;
  if (text.length <= WINDOWED_OVER) return { markId: mark.id, annotation, block: text };
  const [from, to] = windowsOf(mark.block).find(([, end]) => annotation.start < end) ?? [0, text.length];
  const figure = {
    ...annotation.figure,
    start: annotation.figure.start - from,
    end: annotation.figure.end - from,
  };
  return {
    markId: mark.id,
    annotation: { ...annotation, start: annotation.start - from, end: annotation.end - from, figure },
    block: text.slice(from, to),
  };
}
