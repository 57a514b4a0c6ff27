import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileDatasets } from '../../../src/core/claims/compile';
import { openccConverter } from '../../../src/platform/opencc-converter';
import { type Dataset, validateDataset } from '../../../src/core/claims/schema';
import type { Figure } from '../../../src/core/figures/types';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DATASET_FILE = resolve(ROOT, 'data/claims/alibaba-ai-2025.json');

export function loadRaw(): Record<string, unknown> {
  return JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as Record<string, unknown>;
}

export function bundled(): Dataset {
  const r = validateDataset(loadRaw(), 'alibaba-ai-2025.json');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.dataset;
}

/** The bundled dataset compiled as the build compiles it (aliases and topic words in both scripts). */
export function bundledIndex() {
  return compileDatasets([bundled()], openccConverter());
}

/**
 * A hand-built Figure for `text` inside `block` (the nth occurrence), as the recognizer would
 * return it.
 */
export function fig(
  block: string,
  text: string,
  props: Partial<Omit<Figure, 'text' | 'start' | 'end'>> & Pick<Figure, 'kind' | 'value'>,
  nth = 0,
): Figure {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = block.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" not in block`);
  return { text, start, end: start + text.length, unit: null, approx: 'exact', ...props };
}
