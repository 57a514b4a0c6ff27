/**
 * The claims dataset schema (design.md "Claims dataset", issue 4 rules) and its validator.
 * Full zod: used at build time, in the CLI and in the options page — never in the content script
 * (compile.ts and matcher.ts import only the types from here).
 */
import * as z from 'zod';
import { crossCheck, describeIssue, formatPath } from './dataset-issues';
import { APPROXES, DIRECTIONS, FIGURE_KINDS } from '../figures/types';
import { RATINGS, SOURCE_KINDS } from './types';

export { crossCheck, formatPath };

// Extension pages forbid eval (CSP), and so may a page: validate without zod's compiled fast path.
z.config({ jitless: true });

export { FIGURE_KINDS };
/** `date` claims ("highest since October 2021") are recorded but never matched against page figures. */
export const CLAIM_FIGURE_KINDS = [...FIGURE_KINDS, 'date'] as const;

/** Active ISO 4217 codes (including funds and precious metals), for money units. */
export const ISO_4217 = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
    'GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW ' +
    'KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN ' +
    'NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL ' +
    'SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES ' +
    'VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG ZWL'
  ).split(' '),
);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO 8601 calendar date, full (2025-09-24) or reduced precision (2025-09, 2025). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const year = Number(m[1]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= max;
}

export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAS_LATIN = /[A-Za-z]/;

const text = () => z.string().trim().min(1, { error: 'must not be empty' });
const slug = () =>
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: 'must be a lowercase id of letters, digits and dashes (e.g. "capex-380")',
  });
const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
      error: 'must be an ISO date: YYYY-MM-DD (or YYYY-MM, YYYY)',
      abort: true,
    })
    .refine(isIsoDate, { error: 'is not a real calendar date' });
const httpUrl = () =>
  z
    .string()
    .regex(/^https?:\/\/\S+$/i, { error: 'must be a link starting with https:// or http://', abort: true })
    .refine(isHttpUrl, { error: 'is not a valid https:// or http:// link' });

const localized = (what: string) =>
  z
    .strictObject({
      en: text().refine((s) => HAS_LATIN.test(s), { error: 'must be written in English' }),
      zh: text().refine((s) => HAS_CJK.test(s), { error: 'must be written in Chinese' }),
    })
    .meta({ description: `${what}, in English (en) and Chinese (zh)` });

const figureFields = {
  kind: z.enum(FIGURE_KINDS).meta({
    description:
      'money | percent | percentage_points | basis_points | multiple ("tenfold") | number (a count: "100,000 models")',
  }),
  value: z.number().meta({ description: 'in base units: 380 billion yuan -> 380000000000; 9.2% -> 9.2' }),
  unit: z
    .string()
    .nullable()
    .optional()
    .meta({ description: 'ISO 4217 currency code for money (CNY, USD, HKD); null or absent otherwise' }),
  approx: z
    .enum(APPROXES)
    .optional()
    .meta({ description: 'how the sources word it: "more than" -> over, "nearly" -> under; default exact' }),
  max: z.number().optional().meta({ description: 'upper bound, for a recorded range' }),
  direction: z.enum(DIRECTIONS).optional().meta({ description: 'for changes: rose -> up, fell -> down' }),
  tolerance: z
    .number()
    .min(0, { error: 'must be 0 or more' })
    .max(0.5, { error: 'must be at most 0.5 (a relative tolerance: 0.01 = 1%)' })
    .optional()
    .meta({ description: 'relative tolerance for agreement (0.01 = 1%); default 0.005' }),
  text: z.string().optional().meta({ description: 'the figure as the sources write it' }),
};

type FigureInput = {
  kind: string;
  value: unknown;
  unit?: string | null | undefined;
  max?: number | undefined;
};

function checkFigure(fig: FigureInput, ctx: z.RefinementCtx): void {
  if (fig.kind === 'date') {
    if (typeof fig.value !== 'string' || !isIsoDate(fig.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a date figure needs an ISO date as value (e.g. "2021-10")',
      });
    }
    if (fig.unit != null) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a date has no unit' });
    return;
  }
  if (typeof fig.value !== 'number' || !Number.isFinite(fig.value)) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `a ${fig.kind} figure needs a number as value`,
    });
    return;
  }
  if (fig.kind === 'money') {
    if (fig.unit == null) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: 'money needs an ISO 4217 currency code (e.g. "CNY")',
      });
    } else if (!ISO_4217.has(fig.unit)) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `"${fig.unit}" is not an ISO 4217 currency code (use e.g. CNY, USD, HKD — not RMB, US$, 元)`,
      });
    }
  } else if (fig.unit != null) {
    ctx.addIssue({ code: 'custom', path: ['unit'], message: `a ${fig.kind} figure has no unit; use null` });
  }
  if (fig.max !== undefined && fig.max < fig.value) {
    ctx.addIssue({ code: 'custom', path: ['max'], message: 'the upper bound must not be below value' });
  }
}

export const numericFigureSchema = z.strictObject(figureFields).superRefine(checkFigure);

export const claimFigureSchema = z
  .strictObject({
    ...figureFields,
    kind: z.enum(CLAIM_FIGURE_KINDS).meta({
      description: 'as for a page figure, plus "date" (value "2021-10"), which is recorded but never matched',
    }),
    value: z.union([z.number(), z.string()]).meta({ description: 'a number in base units, or an ISO date' }),
  })
  .superRefine(checkFigure);

export const sourceSchema = z
  .strictObject({
    publisher: text().meta({
      description:
        'the original outlet (Reuters, not the site that copied it); for a kind "copy", the site that rewrote it',
    }),
    kind: z.enum(SOURCE_KINDS as ['primary', 'report', 'copy']).meta({
      description:
        'primary: the company, a regulator or an exchange; report: an original news report (also when read through a copy in via); copy: a mirror, rewrite or summary, with copyOf',
    }),
    copyOf: text().optional().meta({
      description:
        'for a kind "copy": the outlet it copies ("Reuters", "Yicai Global"); absent only when the original was not identified',
    }),
    title: text().optional(),
    url: httpUrl().optional().meta({ description: "the original outlet's own URL, when known" }),
    via: z
      .array(
        z.strictObject({
          publisher: text(),
          url: httpUrl(),
        }),
      )
      .optional()
      .meta({ description: 'copies or mirrors of the article: extra links only' }),
    published: isoDate()
      .optional()
      .meta({ description: 'publication date; absent when the page is undated' }),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
      error: 'must be a BCP 47 language tag (e.g. "en", "zh-Hans", "zh-Hant")',
    }),
    quote: z.string().optional().meta({ description: 'a short quote stating the figure' }),
    note: z.string().optional(),
  })
  .superRefine((source, ctx) => {
    if (source.kind !== 'copy' && source.copyOf !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['copyOf'],
        message: `only a kind "copy" has copyOf; a ${source.kind} is the original`,
      });
    }
    if (!source.url && !source.via?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'a source needs a link: its own url, or at least one copy in via',
      });
    }
  });

const ratingSchema = z.enum(RATINGS as ['accurate', 'needs-context', 'outdated', 'unverified']).meta({
  description: 'accurate | needs-context | outdated | unverified',
});

const isoDay = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like "2025-09-24"' });
const wordLists = (what: string) =>
  z.strictObject({ en: z.array(text()), zh: z.array(text()) }).meta({ description: what });

/** What a claim's figure measures, as the words a page uses to attach a figure to it. */
export const measureSchema = z.strictObject({
  words: wordLists(
    'words that attach a page figure to this measure ("shares", "close", "股价"); one must stand in the figure\'s own clause',
  ),
  defining: wordLists(
    'words that state this exact measure ("closed", "收市"); "differs" needs one in the figure\'s clause',
  ).optional(),
  not: wordLists(
    'words of competing measures ("index", "revenue"); one nearer the figure than every word of `words` makes it another measure',
  ).optional(),
  excludes: wordLists(
    'words that, anywhere in the figure\'s clause, make it another thing measured (another market: "ADR", "New York")',
  ).optional(),
});

/** The event a claim describes: one day, or a window (a quarter). */
export const eventSchema = z
  .strictObject({
    from: isoDay().meta({ description: 'the day of the event, or the first day of its window' }),
    to: isoDay().optional().meta({ description: 'the last day of the window (a quarter: its last day)' }),
    moment: z
      .enum(['close'])
      .optional()
      .meta({ description: 'close: a move at the close; intraday words make a figure another moment' }),
  })
  .refine((e) => e.to === undefined || e.to >= e.from, { error: '`to` must not be before `from`' });

export const claimSchema = z.strictObject({
  id: slug(),
  subject: slug().meta({ description: 'id of an entry in subjects' }),
  topics: z
    .strictObject({ en: z.array(text()), zh: z.array(text()) })
    .refine((t) => t.en.length + t.zh.length > 0, { error: 'needs at least one topic word' })
    .meta({
      description:
        'words that say what the claim is about ("invest", "基础设施"); English words match at a word start, a trailing * allows any ending',
    }),
  measure: measureSchema.optional().meta({
    description:
      'what the figure measures; without it, topic words anywhere in the block are enough to agree (the older, looser rule)',
  }),
  event: eventSchema.optional().meta({
    description:
      'the event the claim describes; a page figure is compared only when the page places it there',
  }),
  statement: localized('the claim'),
  figure: claimFigureSchema.optional().meta({ description: 'absent for claims without a figure' }),
  equivalents: z
    .array(
      z.strictObject({
        figure: numericFigureSchema,
        note: localized('where the equivalent comes from'),
        sources: z.array(sourceSchema).optional(),
      }),
    )
    .optional()
    .meta({ description: 'the same quantity in other units, as reported ("$53 billion" for RMB 380bn)' }),
  variants: z
    .array(
      z.strictObject({
        figure: claimFigureSchema,
        rating: ratingSchema,
        note: localized('what the variant is (intraday, outdated, other metric)'),
        sources: z.array(sourceSchema).optional(),
      }),
    )
    .optional()
    .meta({ description: 'other figures given for the claim; a page that uses one needs context' }),
  asOf: isoDate(),
  rating: ratingSchema,
  note: localized('a note for readers').optional(),
  sources: z.array(sourceSchema).min(1, { error: 'every claim needs at least one source' }),
  review: z.strictObject({ by: text(), date: isoDate() }),
});

export const subjectSchema = z.strictObject({
  id: slug(),
  name: localized('display name'),
  aliases: z
    .strictObject({ en: z.array(text()), zh: z.array(text()) })
    .refine((a) => a.en.length + a.zh.length > 0, { error: 'needs at least one alias' })
    .meta({
      description:
        'names that identify the subject in a page; English aliases match as whole words (all-caps ones case-sensitively), Chinese ones anywhere',
    }),
  partOf: slug()
    .optional()
    .meta({ description: 'id of the parent subject (Alibaba Cloud is part of Alibaba)' }),
});

export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  id: slug(),
  name: text(),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, {
    error: 'must be a semantic version like "1.0.0"',
  }),
  license: text(),
  maintainer: z.strictObject({ name: text(), url: httpUrl().optional(), email: z.string().optional() }),
  homepage: httpUrl().optional().meta({ description: 'where the reviews are published (ClaimReview url)' }),
  description: localized('what the dataset covers').optional(),
  subjects: z.array(subjectSchema).min(1, { error: 'needs at least one subject' }),
  claims: z.array(claimSchema).min(1, { error: 'needs at least one claim' }),
});

export type Dataset = z.output<typeof datasetSchema>;
export type DatasetClaim = Dataset['claims'][number];
export type DatasetSource = DatasetClaim['sources'][number];
export type DatasetSubject = Dataset['subjects'][number];
export type DatasetFigure = NonNullable<DatasetClaim['figure']>;

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** Validates one parsed dataset file; each error reads `FILE: JSON.PATH: reason`. */
export function validateDataset(raw: unknown, file: string): ValidationResult {
  const result = datasetSchema.safeParse(raw);
  const cross = crossCheck(raw);
  if (result.success && cross.length === 0) return { ok: true, dataset: result.data };
  const errors = (result.success ? [] : result.error.issues).map((issue) => {
    // an unknown key is reported on its parent; name the key itself
    const single = issue.code === 'unrecognized_keys' && issue.keys.length === 1;
    const path = single ? [...issue.path, issue.keys[0]!] : issue.path;
    const reason = single ? 'unknown field (check the spelling)' : describeIssue(issue, raw);
    return `${file}: ${formatPath(raw, path)}: ${reason}`;
  });
  for (const issue of cross) errors.push(`${file}: ${formatPath(raw, issue.path)}: ${issue.message}`);
  return { ok: false, errors: [...new Set(errors)] };
}

/** The JSON Schema editors point their `$schema` at (data/claims/schema.json). */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'ClaimLens claims dataset',
    description:
      'Generated from src/core/claims/schema.ts by `claimlens dataset build`; do not edit. Cross-field rules (unique ids, subject references, ISO 4217 money units, real dates) are checked by `claimlens dataset check`.',
  };
}
