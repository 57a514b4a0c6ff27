/**
 * The page report: what a content script answers to `get-report` (the popup's list of claims), and the
 * claim records in it. Apart from messages.ts so the content script, which only sends reports, does
 * not build these schemas at start-up (each zod schema costs time when it is made).
 * The value lists are core's (the matcher and the dataset schema use them too); the claim schema is
 * checked below to describe core's ClaimRecord, so a field added to one and not the other fails tsc.
 */
import * as z from 'zod/mini';
import type { ContentLanguage } from '../core/claims/page-language';
import { type Annotation, type ClaimRecord, RATINGS, SOURCE_KINDS, VERDICTS } from '../core/claims/types';
import { APPROXES, DIRECTIONS, FIGURE_KINDS } from '../core/figures/types';

z.config({ jitless: true });

const verdict = z.enum(VERDICTS);
const figureKind = z.enum(FIGURE_KINDS);
const approx = z.enum(APPROXES);
const direction = z.enum(DIRECTIONS);
const contentLanguage = z.enum(['en', 'zh-Hans', 'zh-Hant'] as const satisfies readonly ContentLanguage[]);
const localized = z.object({
  en: z.string(),
  zh: z.string(),
  zhHans: z.optional(z.string()),
  zhHant: z.optional(z.string()),
});

/** A quantity as a dataset records it; a page's figure adds its place in the block's text. */
const recordedFigure = z.object({
  kind: figureKind,
  value: z.number(),
  unit: z.nullable(z.string()),
  approx,
  max: z.optional(z.number()),
  direction: z.optional(direction),
});

const figure = z.extend(recordedFigure, { text: z.string(), start: z.number(), end: z.number() });

const annotation = z.object({
  text: z.string(),
  start: z.number(),
  end: z.number(),
  figure,
  claim: z.object({
    id: z.string(),
    subject: z.string(),
    statement: z.string(),
    kind: figureKind,
    value: z.number(),
    unit: z.nullable(z.string()),
  }),
  verdict,
  note: z.optional(z.string()),
});

const source = z.object({
  publisher: z.string(),
  kind: z.enum(SOURCE_KINDS),
  copyOf: z.optional(z.string()),
  title: z.string(),
  url: z.string(),
  published: z.string(),
  language: z.string(),
  quote: z.optional(z.string()),
  via: z.optional(z.array(z.object({ publisher: z.string(), url: z.string() }))),
  urlIsCopy: z.optional(z.boolean()),
});

const rating = z.enum(RATINGS);

export const claimRecordSchema = z.object({
  id: z.string(),
  subject: localized,
  statement: localized,
  figure: recordedFigure,
  asOf: z.string(),
  rating,
  note: z.optional(localized),
  sources: z.array(source),
  dataset: z.object({
    id: z.string(),
    name: z.string(),
    version: z.string(),
    imported: z.optional(z.boolean()),
  }),
  equivalents: z.optional(z.array(z.object({ figure: recordedFigure, note: localized }))),
  variants: z.optional(
    z.array(
      z.object({ figure: recordedFigure, rating, note: localized, sources: z.optional(z.array(source)) }),
    ),
  ),
});

/** One marked figure on the page, as the popup shows it. */
export const pageMarkSchema = z.object({
  /** stable within one page report; `show-in-page` refers to it */
  markId: z.number(),
  annotation,
  /** text of the block element holding the figure */
  block: z.string(),
});

export const pageReportSchema = z.object({
  url: z.string(),
  enabled: z.boolean(),
  /** the page's language and script: what the popup shows the dataset's texts in (absent: the reader's) */
  language: z.optional(contentLanguage),
  marks: z.array(pageMarkSchema),
  claims: z.array(claimRecordSchema),
  stats: z.object({
    /** figures read: those of the blocks that name a subject of the datasets (or every block's, in `claimlens scan`) */
    figures: z.number(),
    blocks: z.number(),
    /** blocks whose figures were read */
    read: z.optional(z.number()),
    /**
     * main-thread time of the page engine's scanning, ms: its synchronous slices of work, the engine's
     * load (the recognizer's and matcher's modules, the matcher's tables) included, the page's time
     * while we yield or wait not
     */
    ms: z.number(),
    /** the longest of those slices, ms */
    longestTaskMs: z.optional(z.number()),
    /** main-thread time of the content script's start before scanning (its modules, settings, datasets), ms */
    startupMs: z.optional(z.number()),
    /** errors the engine caught (and reported) on this page */
    errors: z.optional(z.number()),
  }),
});

export type PageMark = z.infer<typeof pageMarkSchema>;
export type PageReport = z.infer<typeof pageReportSchema>;

/** True when A and B are assignable both ways (the schema and core's type name the same fields). */
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// compile-time only: tsc fails here when core's ClaimRecord or Annotation and these schemas drift
// (flags are core's own: the popup never shows them, so the report leaves them out)
const claimRecordMatchesCore: SameShape<z.infer<typeof claimRecordSchema>, ClaimRecord> = true;
const annotationMatchesCore: SameShape<z.infer<typeof annotation>, Omit<Annotation, 'flags'>> = true;
void claimRecordMatchesCore;
void annotationMatchesCore;
