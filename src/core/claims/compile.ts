/**
 * Validated datasets -> a compact, JSON-serializable index that the build bundles into the content
 * script. No zod at runtime here (type-only imports), no DOM, no Node APIs.
 */
import type { FigureKind } from '../figures/types';
import type { Dataset, DatasetFigure, DatasetSource } from './schema';
import { stepOf } from './precision';
import { compiledText, type ScriptConverter, withScriptForms } from './script-variants';
import type { ClaimRecord, LocalizedText, RecordedFigure, SourceRecord } from './types';

/** a word list of both languages, its Chinese in both scripts, lower-cased as the matcher compares */
const bothLanguages = (w: { en: string[]; zh: string[] }, scripts?: ScriptConverter) =>
  withScriptForms([...w.en, ...w.zh], scripts).map((t) => t.toLowerCase());

/** The claim's measure and event as the matcher reads them (absent: the older, topic-word rule). */
function matchingFields(
  c: Dataset['claims'][number],
  scripts?: ScriptConverter,
): Pick<CompiledClaim, 'measure' | 'event'> {
  const out: Pick<CompiledClaim, 'measure' | 'event'> = {};
  if (c.measure) {
    out.measure = { words: bothLanguages(c.measure.words, scripts) };
    if (c.measure.defining) out.measure.defining = bothLanguages(c.measure.defining, scripts);
    if (c.measure.not) out.measure.not = bothLanguages(c.measure.not, scripts);
    if (c.measure.excludes) out.measure.excludes = bothLanguages(c.measure.excludes, scripts);
  }
  if (c.event) {
    out.event = { from: c.event.from, to: c.event.to ?? c.event.from };
    if (c.event.moment) out.event.moment = c.event.moment;
  }
  return out;
}

export const INDEX_FORMAT = 1;
export const DEFAULT_TOLERANCE = 0.005;

/** One comparable figure of a claim: its main figure, an equivalent or a variant. */
export interface CompiledFigure {
  /** m: the claim's figure; e: an equivalent (as reported); v: a variant (needs context) */
  role: 'm' | 'e' | 'v';
  /** index into record.equivalents / record.variants */
  i?: number;
  kind: FigureKind;
  unit: string | null;
  value: number;
  max?: number;
  direction?: 'up' | 'down';
  /** relative tolerance */
  tol: number;
  /** how the dataset words it (over, under, about), and the step of its digits as written in `text` */
  approx?: 'over' | 'under' | 'about';
  step?: number;
}

/** What a claim measures, as words (both languages, lowercased like topics). */
export interface CompiledMeasure {
  words: string[];
  defining?: string[];
  not?: string[];
  excludes?: string[];
}

/** The event a claim describes: ISO days, `to` = `from` for one day. */
export interface CompiledEvent {
  from: string;
  to: string;
  moment?: 'close';
}

export interface CompiledClaim {
  /** index into CompiledIndex.subjects */
  subject: number;
  /** topic words, lowercased; English ones ending in * match any word ending */
  topics: string[];
  figures: CompiledFigure[];
  measure?: CompiledMeasure;
  event?: CompiledEvent;
  /** the record the UI shows, its dataset given as an index into CompiledIndex.datasets */
  record: Omit<ClaimRecord, 'dataset'>;
  dataset: number;
}

export interface CompiledSubject {
  id: string;
  name: LocalizedText;
  /** index of the subject at the top of its partOf chain: subjects of one family share claims' context */
  family: number;
  /** in both Chinese scripts when compiled with a script converter: what the matcher and the hints find */
  aliases: string[];
}

export interface CompiledIndex {
  format: typeof INDEX_FORMAT;
  datasets: { id: string; name: string; version: string; imported?: boolean }[];
  subjects: CompiledSubject[];
  claims: CompiledClaim[];
}

function recorded(fig: DatasetFigure & { value: number }): RecordedFigure {
  const out: RecordedFigure = {
    kind: fig.kind as FigureKind,
    value: fig.value,
    unit: fig.unit ?? null,
    approx: fig.approx ?? 'exact',
  };
  if (fig.max !== undefined) out.max = fig.max;
  if (fig.direction !== undefined) out.direction = fig.direction;
  return out;
}

function isNumeric(fig: DatasetFigure | undefined): fig is DatasetFigure & { value: number } {
  return fig !== undefined && fig.kind !== 'date' && typeof fig.value === 'number';
}

function compiledFigure(
  fig: DatasetFigure & { value: number },
  role: CompiledFigure['role'],
  i?: number,
): CompiledFigure {
  const r = recorded(fig);
  const out: CompiledFigure = {
    role,
    kind: r.kind,
    unit: r.unit,
    value: r.value,
    tol: fig.tolerance ?? DEFAULT_TOLERANCE,
  };
  if (i !== undefined) out.i = i;
  if (r.approx !== 'exact') out.approx = r.approx;
  const step = fig.text ? stepOf(fig.text, fig.value) : 0;
  if (step > 0) out.step = step;
  if (r.max !== undefined) out.max = r.max;
  if (r.direction !== undefined) out.direction = r.direction;
  return out;
}

function host(url: string): string {
  const m = /^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(url);
  return m ? m[1]! : url;
}

/**
 * The source as the card shows it. `title` is the link text, never empty: the article's title when
 * the dataset has it, else the quote, else the site; a copy's site is named ("copy at anewz.tv").
 * The quote itself stays in the dataset (dataset check, ClaimReview): the engine's index does not
 * carry it, since no view shows it beside a title.
 */
export function sourceRecord(s: DatasetSource): SourceRecord {
  const firstCopy = s.via?.[0];
  const url = s.url ?? firstCopy?.url ?? '';
  const named = s.title ?? (s.quote ? `\u201c${s.quote}\u201d` : undefined);
  let title = named ?? host(url);
  if (!s.url && firstCopy) title = named ? `${named} (copy at ${host(url)})` : `Copy at ${host(url)}`;
  const out: SourceRecord = {
    publisher: s.publisher,
    kind: s.kind,
    title,
    url,
    published: s.published ?? '',
    language: s.language,
  };
  if (s.copyOf !== undefined) out.copyOf = s.copyOf;
  if (s.via?.length) out.via = s.via.map((v) => ({ publisher: v.publisher, url: v.url }));
  if (!s.url) out.urlIsCopy = true;
  return out;
}

/** A subject's aliases in both languages: what the matcher, and the page hints, look for. */
export function subjectAliases(subject: Dataset['subjects'][number]): string[] {
  return [...subject.aliases.en, ...subject.aliases.zh];
}

/**
 * Compiles datasets into one index. With `scripts`, every alias and topic word with Chinese
 * characters also matches in its other forms (traditional, Hong Kong, Taiwan; simplified for one
 * written traditional), and each shown Chinese text carries its other script (script-variants.ts).
 * Subjects with the same id in several datasets are one subject
 * (aliases merged). Claims without a numeric figure (a date, a partnership) are left out: the
 * matcher cannot tie a page figure to them. Datasets must have been validated (and claim ids be
 * unique across them: readDatasets checks that).
 */
export function compileDatasets(datasets: Dataset[], scripts?: ScriptConverter): CompiledIndex {
  const index: CompiledIndex = { format: INDEX_FORMAT, datasets: [], subjects: [], claims: [] };
  const subjectIdx = new Map<string, number>();
  const parents = new Map<number, string>();

  for (const ds of datasets) {
    for (const s of ds.subjects) {
      const aliases = withScriptForms(subjectAliases(s), scripts);
      let idx = subjectIdx.get(s.id);
      if (idx === undefined) {
        idx = index.subjects.length;
        subjectIdx.set(s.id, idx);
        index.subjects.push({ id: s.id, name: compiledText(s.name, scripts), family: idx, aliases: [] });
      }
      const subject = index.subjects[idx]!;
      for (const a of aliases) if (!subject.aliases.includes(a)) subject.aliases.push(a);
      if (s.partOf !== undefined && !parents.has(idx)) parents.set(idx, s.partOf);
    }
  }
  // family = top of the partOf chain (cycles were refused at validation; guard anyway)
  index.subjects.forEach((subject, idx) => {
    let cur = idx;
    const seen = new Set<number>();
    while (!seen.has(cur)) {
      seen.add(cur);
      const parent = parents.get(cur);
      const pIdx = parent === undefined ? undefined : subjectIdx.get(parent);
      if (pIdx === undefined) break;
      cur = pIdx;
    }
    subject.family = cur;
  });

  datasets.forEach((ds, dsIdx) => {
    const entry: CompiledIndex['datasets'][number] = { id: ds.id, name: ds.name, version: ds.version };
    // set by platform/imported-datasets.ts on what it reads from storage; the card says so
    if ((ds as Dataset & { imported?: unknown }).imported === true) entry.imported = true;
    index.datasets.push(entry);
    for (const c of ds.claims) {
      if (!isNumeric(c.figure)) continue;
      const figures: CompiledFigure[] = [compiledFigure(c.figure, 'm')];
      const record: Omit<ClaimRecord, 'dataset'> = {
        id: c.id,
        subject: { ...index.subjects[subjectIdx.get(c.subject)!]!.name },
        statement: compiledText(c.statement, scripts),
        figure: recorded(c.figure),
        asOf: c.asOf,
        rating: c.rating,
        sources: c.sources.map(sourceRecord),
      };
      if (c.note) record.note = compiledText(c.note, scripts);
      if (c.equivalents?.length) {
        record.equivalents = c.equivalents.map((e, i) => {
          figures.push(compiledFigure(e.figure, 'e', i));
          return { figure: recorded(e.figure), note: compiledText(e.note, scripts) };
        });
      }
      const variants = (c.variants ?? []).filter((v) => isNumeric(v.figure));
      if (variants.length) {
        record.variants = variants.map((v, i) => {
          const fig = v.figure as DatasetFigure & { value: number };
          figures.push(compiledFigure(fig, 'v', i));
          const out: NonNullable<ClaimRecord['variants']>[number] = {
            figure: recorded(fig),
            rating: v.rating,
            note: compiledText(v.note, scripts),
          };
          if (v.sources?.length) out.sources = v.sources.map(sourceRecord);
          return out;
        });
      }
      index.claims.push({
        subject: subjectIdx.get(c.subject)!,
        topics: withScriptForms([...c.topics.en, ...c.topics.zh], scripts).map((t) => t.toLowerCase()),
        figures,
        ...matchingFields(c, scripts),
        record,
        dataset: dsIdx,
      });
    }
  });
  return index;
}
