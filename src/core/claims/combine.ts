/**
 * The bundled datasets and the reader's imported ones as one matcher. An imported dataset with the id
 * of a bundled one replaces it (that is how an editor tries a new version of a bundled dataset).
 */
import type { Figure } from '../figures/types';
import type { Matcher } from './matcher';
import type { Annotation, ClaimRecord } from './types';

export function combineMatchers(bundled: Matcher, imported: Matcher): Matcher {
  if (imported.claims.length === 0) return bundled;
  const replaced = new Set(imported.claims.map((c) => c.dataset.id));
  const fromBundled = (a: Annotation) => !replaced.has(bundled.claim(a.claim.id)?.dataset.id ?? '');
  const claims = [...bundled.claims.filter((c) => !replaced.has(c.dataset.id)), ...imported.claims];
  const byId = new Map<string, ClaimRecord>(claims.map((c) => [c.id, c]));
  return {
    claims,
    claim: (id) => byId.get(id),
    match(text: string, figures: Figure[], context?: string) {
      const found = [
        ...imported.match(text, figures, context),
        ...bundled.match(text, figures, context).filter(fromBundled),
      ];
      // one claim per figure: the imported dataset's, which comes first
      const byStart = new Map<number, Annotation>();
      for (const annotation of found)
        if (!byStart.has(annotation.start)) byStart.set(annotation.start, annotation);
      return [...byStart.values()].sort((a, b) => a.start - b.start);
    },
  };
}
