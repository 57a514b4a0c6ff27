/**
 * Figure recognizer: finds money, percentages, percentage points, basis points, multiples and scaled
 * counts in English and Chinese text, with UTF-16 offsets into the input. Pure: no DOM, no Node APIs.
 */
import { recognize } from './recognize';
import type { Figure, FindFiguresOptions } from './types';

export type { Approx, Direction, Figure, FigureKind, FindFiguresOptions } from './types';

/**
 * The figures in `text`, sorted by start and never overlapping. Never throws: a string that is not
 * one, or an internal failure, yields an empty list.
 */
export function findFigures(text: string, options: FindFiguresOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return recognize(text, options ?? {});
  } catch {
    return [];
  }
}
