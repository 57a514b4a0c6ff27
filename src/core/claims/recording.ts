/**
 * Recording claims in the browser (the options page's claim form): a pick read from a page becomes a
 * prefilled form; a saved form becomes a claim in the reader's own dataset, "My claims", or a source
 * added to a claim already in use. Every result is the whole next "My claims" dataset, checked with
 * the same schema as any dataset file (validateDataset) before it is stored. Pure; it uses the
 * dataset schema (full zod), so only the options page and tests load it, never the content script.
 *
 * A source added to a claim of another dataset (bundled, imported or subscribed) cannot change that
 * dataset: "My claims" gets a copy of the claim, under the id `<id>-mine`, with its subject (and the
 * subjects it is part of), its rules and sources and the new one. Claim ids stay unique across the
 * datasets in use, and where both tie a page figure, the reader's copy is the one shown (an imported
 * dataset's claim comes first: combine.ts), so the card lists the added source.
 */
import type { Figure } from '../figures/types';
import { compileDatasets } from './compile';
import type { Lang } from './format';
import { createMatcher, type MatcherOptions } from './matcher';
import type { PagePick } from './pick';
import {
  CLAIM_FIGURE_KINDS,
  type Dataset,
  type DatasetClaim,
  type DatasetSource,
  type DatasetSubject,
  type ValidationResult,
  validateDataset,
} from './schema';
import type { Verdict } from './types';

export const MY_CLAIMS_ID = 'my-claims';
export const MY_CLAIMS_NAME = 'My claims';
/** How a copy of another dataset's claim is named in "My claims". */
export const COPY_SUFFIX = '-mine';
/** The subject choice that opens the fields of a new subject. */
export const NEW_SUBJECT = '';

/** The claim form's fields, as typed (text inputs): lists are comma-separated. */
export interface ClaimForm {
  claimId: string;
  /** an id of a subject in use, or NEW_SUBJECT */
  subject: string;
  newSubjectId: string;
  newSubjectEn: string;
  newSubjectZh: string;
  aliasesEn: string;
  aliasesZh: string;
  statementEn: string;
  statementZh: string;
  kind: string;
  value: string;
  unit: string;
  approx: string;
  direction: string;
  figureText: string;
  topicsEn: string;
  topicsZh: string;
  asOf: string;
  rating: string;
  publisher: string;
  sourceTitle: string;
  url: string;
  published: string;
  language: string;
  quote: string;
  reviewBy: string;
  reviewDate: string;
}

const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** "a, b，c" -> ["a", "b", "c"] */
export const splitList = (text: string) =>
  text
    .split(/[,，、;；\n]/)
    .map((w) => w.trim())
    .filter(Boolean);

/** A claim or subject id made of the words given: "Chip consortium 380bn" -> "chip-consortium-380bn". */
export function slugOf(...words: string[]): string {
  return words
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // the accents NFKD took apart: "ü" -> "u"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The short id of a figure for a claim id: 380000000000 CNY -> "380b-cny", 9.2 percent -> "9-2pct". */
function figureSlug(figure: PagePick['figure']): string {
  if (!figure) return 'claim';
  const scales: [number, string][] = [
    [1e12, 't'],
    [1e9, 'b'],
    [1e6, 'm'],
    [1e3, 'k'],
  ];
  const abs = Math.abs(figure.value);
  const [scale, letter] = scales.find(([s]) => abs >= s) ?? [1, ''];
  const number = `${Math.round((abs / scale) * 100) / 100}${letter}`.replace('.', '-');
  const suffix =
    figure.kind === 'money'
      ? `-${(figure.unit ?? '').toLowerCase()}`
      : figure.kind === 'percent'
        ? 'pct'
        : '';
  return slugOf(number + suffix);
}

/** The form prefilled from a pick; `subjects` are those of the datasets in use (to name the guess). */
export function formFromPick(pick: PagePick, today: string): ClaimForm {
  const chinese = pick.language !== 'en';
  const figure = pick.figure;
  const [topicsZh, topicsEn] = [
    pick.topics.filter((w) => HAS_CJK.test(w)),
    pick.topics.filter((w) => !HAS_CJK.test(w)),
  ];
  const subject = pick.subject ?? NEW_SUBJECT;
  return {
    claimId: slugOf(subject || 'claim', figureSlug(figure)),
    subject,
    newSubjectId: '',
    newSubjectEn: '',
    newSubjectZh: '',
    aliasesEn: '',
    aliasesZh: '',
    statementEn: chinese ? '' : pick.quote,
    statementZh: chinese ? pick.quote : '',
    kind: figure?.kind ?? 'money',
    value: figure ? String(figure.value) : '',
    unit: figure?.unit ?? '',
    approx: figure?.approx ?? 'exact',
    direction: figure?.direction ?? '',
    figureText: figure?.text ?? '',
    topicsEn: topicsEn.join(', '),
    topicsZh: topicsZh.join('，'),
    asOf: pick.published ?? today,
    // one page is one report: a claim recorded from it is unverified until the editor checks it
    rating: 'unverified',
    publisher: pick.publisher,
    sourceTitle: pick.title,
    url: pick.url,
    published: pick.published ?? '',
    language: pick.language,
    quote: pick.quote,
    reviewBy: '',
    reviewDate: today,
  };
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** The source the form describes: the page, as an original report. */
export function sourceFromForm(form: ClaimForm): DatasetSource {
  const source: Record<string, unknown> = {
    publisher: form.publisher.trim(),
    kind: 'report',
    title: optional(form.sourceTitle),
    url: optional(form.url),
    published: optional(form.published),
    language: form.language.trim(),
    quote: optional(form.quote),
  };
  for (const key of Object.keys(source)) if (source[key] === undefined) delete source[key];
  return source as unknown as DatasetSource;
}

/** The form's figure; a value that is not a number stays text, so the schema names the field. */
function figureFromForm(form: ClaimForm): Record<string, unknown> {
  const number = Number(form.value.trim().replace(/,/g, ''));
  const value = form.value.trim() !== '' && Number.isFinite(number) ? number : form.value;
  const figure: Record<string, unknown> = {
    kind: form.kind,
    value,
    unit: form.kind === 'money' ? form.unit.trim().toUpperCase() || null : null,
    approx: form.approx || 'exact',
  };
  if (form.direction === 'up' || form.direction === 'down') figure.direction = form.direction;
  if (form.figureText.trim()) figure.text = form.figureText.trim();
  return figure;
}

/** The new subject the form describes (when it names none in use). */
export function subjectFromForm(form: ClaimForm): DatasetSubject {
  return {
    id: form.newSubjectId.trim() || slugOf(form.newSubjectEn),
    name: { en: form.newSubjectEn.trim(), zh: form.newSubjectZh.trim() },
    aliases: { en: splitList(form.aliasesEn), zh: splitList(form.aliasesZh) },
  } as DatasetSubject;
}

export function claimFromForm(form: ClaimForm): DatasetClaim {
  const subject = form.subject === NEW_SUBJECT ? subjectFromForm(form).id : form.subject;
  return {
    id: form.claimId.trim(),
    subject,
    topics: { en: splitList(form.topicsEn), zh: splitList(form.topicsZh) },
    statement: { en: form.statementEn.trim(), zh: form.statementZh.trim() },
    figure: figureFromForm(form),
    asOf: form.asOf.trim(),
    rating: form.rating,
    sources: [sourceFromForm(form)],
    review: { by: form.reviewBy.trim(), date: form.reviewDate.trim() },
  } as unknown as DatasetClaim;
}

/** 1.0.4 -> 1.0.5: each save is a new version of "My claims" (a build suffix is dropped). */
export function nextVersion(version: string | undefined): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version ?? '');
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : '1.0.0';
}

/** "My claims" before its first claim: its metadata (the claims and subjects come with the first save). */
function myClaimsBase(maintainer: string): Omit<Dataset, 'subjects' | 'claims'> {
  return {
    id: MY_CLAIMS_ID,
    name: MY_CLAIMS_NAME,
    // no version yet: the first save makes it 1.0.0
    version: '',
    // the editor's own records: licensed as they choose when they publish the export
    license: 'All rights reserved (recorded in ClaimLens; choose a license before publishing)',
    maintainer: { name: maintainer || 'ClaimLens user' },
    description: {
      en: 'Claims recorded in the browser with ClaimLens',
      zh: '在浏览器中用 ClaimLens 记录的说法',
    },
  };
}

/** A subject and the subjects it is part of, from the datasets in use (a copy needs its family). */
function subjectFamily(subjects: readonly DatasetSubject[], id: string): DatasetSubject[] {
  const out: DatasetSubject[] = [];
  let next: string | undefined = id;
  while (next !== undefined && !out.some((s) => s.id === next)) {
    const subject = subjects.find((s) => s.id === next);
    if (!subject) break;
    out.push(subject);
    next = subject.partOf;
  }
  return out;
}

function withSubjects(mine: readonly DatasetSubject[], added: readonly DatasetSubject[]): DatasetSubject[] {
  const out = [...mine];
  for (const subject of added) if (!out.some((s) => s.id === subject.id)) out.push(subject);
  return out;
}

/**
 * "My claims" with the form's claim added (or replacing its id's): its subject comes along, a new
 * one from the form, or one in use copied from its dataset (claims name subjects of their own
 * dataset). Unchecked: validate the result before storing it.
 */
export function withRecordedClaim(
  mine: Dataset | undefined,
  form: ClaimForm,
  subjectsInUse: readonly DatasetSubject[],
): Record<string, unknown> {
  const claim = claimFromForm(form);
  const subjects =
    form.subject === NEW_SUBJECT ? [subjectFromForm(form)] : subjectFamily(subjectsInUse, form.subject);
  const base = mine ?? { ...myClaimsBase(form.reviewBy.trim()), subjects: [], claims: [] };
  return {
    ...base,
    version: nextVersion(base.version),
    subjects: withSubjects(base.subjects, subjects),
    claims: [...base.claims.filter((c) => c.id !== claim.id), claim],
  };
}

/** Where a source is added: a claim and the dataset it is in. */
export interface ClaimInUse {
  dataset: Dataset;
  claim: DatasetClaim;
}

/**
 * "My claims" with `source` added to a claim: to the claim itself when it is in "My claims", else to
 * the reader's copy of it (made on the first addition). A source with the URL of one the claim has
 * replaces it. Unchecked: validate the result before storing it.
 */
export function withAddedSource(
  mine: Dataset | undefined,
  target: ClaimInUse,
  source: DatasetSource,
  maintainer: string,
): Record<string, unknown> {
  const base = mine ?? { ...myClaimsBase(maintainer), subjects: [], claims: [] };
  const own = target.dataset.id === MY_CLAIMS_ID;
  const id =
    own || target.claim.id.endsWith(COPY_SUFFIX) ? target.claim.id : `${target.claim.id}${COPY_SUFFIX}`;
  const existing = base.claims.find((c) => c.id === id);
  const claim = existing ?? { ...structuredClone(target.claim), id };
  const sources = claim.sources.filter((s) => !source.url || s.url !== source.url);
  const next = { ...claim, sources: [...sources, source] };
  const subjects = own
    ? base.subjects
    : withSubjects(base.subjects, subjectFamily(target.dataset.subjects, claim.subject));
  const claims = existing ? base.claims.map((c) => (c.id === id ? next : c)) : [...base.claims, next];
  return { ...base, version: nextVersion(base.version), subjects, claims };
}

/** The next "My claims", checked by the dataset schema: errors read "My claims: claims[0] (id).field: reason". */
export const validateMyClaims = (raw: unknown): ValidationResult => validateDataset(raw, MY_CLAIMS_NAME);

/** What the matcher says of the page's figure against one claim, for the add-a-source form. */
export type SourceCheck =
  | { kind: 'verdict'; verdict: Verdict; note?: string }
  /** the quote does not tie the figure to the claim by the dataset's rules (subject, measure, event) */
  | { kind: 'not-tied' }
  /** the pick has no figure, or the claim none the matcher compares */
  | { kind: 'no-figure' };

/**
 * The matcher's verdict on the pick's figure, in its quote, against `target` alone (its dataset
 * compiled with just that claim): the same rules that mark pages, so the form says what a page
 * with this sentence would show.
 */
export function checkSource(target: ClaimInUse, pick: PagePick, lang: Lang = 'en'): SourceCheck {
  const figure = pick.figure;
  const kind = target.claim.figure?.kind;
  if (!figure || kind === undefined || kind === 'date') return { kind: 'no-figure' };
  const dataset: Dataset = { ...target.dataset, claims: [target.claim] };
  const options: MatcherOptions = { lang };
  if (pick.title) options.title = pick.title;
  if (pick.published) options.pageDate = pick.published;
  const matcher = createMatcher(compileDatasets([dataset]), options);
  const pageFigure: Figure = { ...figure, unit: figure.unit };
  const found = matcher.match(pick.quote, [pageFigure]).find((a) => a.claim.id === target.claim.id);
  if (!found) return { kind: 'not-tied' };
  return { kind: 'verdict', verdict: found.verdict, ...(found.note ? { note: found.note } : {}) };
}

/** The kinds the form's figure select offers (a date claim is recorded by editing the export). */
export const FORM_FIGURE_KINDS = CLAIM_FIGURE_KINDS.filter((k) => k !== 'date');
