/** Pure view model of the popup: the page report grouped by verdict, one item per claim and verdict. */
import type { ClaimRecord, Verdict } from '../../core/claims/types';
import { VERDICTS } from '../../core/claims/types';
import type { PageMark, PageReport } from '../../contracts/report';

export interface ClaimItem {
  key: string;
  verdict: Verdict;
  claimId: string;
  /** full record when the report carries it (it should); the annotation's summary otherwise */
  claim: ClaimRecord | undefined;
  marks: PageMark[];
  /** distinct figure texts as the page writes them */
  pageTexts: string[];
  /** matcher notes for these marks (e.g. which variant it agrees with) */
  notes: string[];
}

export interface VerdictGroup {
  verdict: Verdict;
  items: ClaimItem[];
}

/** Groups in VERDICTS order (differs, needs-context, consistent); items in page order. */
export function groupReport(report: PageReport): VerdictGroup[] {
  const claims = new Map(report.claims.map((claim) => [claim.id, claim as ClaimRecord]));
  const items = new Map<string, ClaimItem>();
  const marks = [...report.marks].sort((a, b) => a.markId - b.markId);
  for (const mark of marks) {
    const { verdict, claim } = mark.annotation;
    const key = `${verdict}\u0000${claim.id}`;
    let item = items.get(key);
    if (!item) {
      item = {
        key,
        verdict,
        claimId: claim.id,
        claim: claims.get(claim.id),
        marks: [],
        pageTexts: [],
        notes: [],
      };
      items.set(key, item);
    }
    item.marks.push(mark);
    if (!item.pageTexts.includes(mark.annotation.text)) item.pageTexts.push(mark.annotation.text);
    const note = mark.annotation.note;
    if (note && !item.notes.includes(note)) item.notes.push(note);
  }
  return VERDICTS.map((verdict) => ({
    verdict,
    items: [...items.values()].filter((item) => item.verdict === verdict),
  })).filter((group) => group.items.length > 0);
}

/** Distinct datasets behind the page's claims, as "name version". */
export function datasetsOf(report: PageReport): { name: string; version: string }[] {
  const seen = new Map<string, { name: string; version: string }>();
  for (const claim of report.claims) {
    seen.set(`${claim.dataset.id}@${claim.dataset.version}`, {
      name: claim.dataset.name,
      version: claim.dataset.version,
    });
  }
  return [...seen.values()];
}
