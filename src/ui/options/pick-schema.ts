/**
 * The claim form's boundary: what the background put in the form's address (options.html#record=…)
 * is checked here before the form reads it, as any page may open that address with anything in it.
 */
import * as z from 'zod/mini';
import type { PagePick } from '../../core/claims/pick';
import { APPROXES, DIRECTIONS, FIGURE_KINDS } from '../../core/figures/types';

z.config({ jitless: true });

const text = (max: number) => z.string().check(z.maxLength(max));
const pickedFigureSchema = z.object({
  text: text(200),
  kind: z.enum(FIGURE_KINDS),
  value: z.number(),
  unit: z.nullable(text(10)),
  approx: z.enum(APPROXES),
  max: z.optional(z.number()),
  direction: z.optional(z.enum(DIRECTIONS)),
  start: z.number().check(z.minimum(0)),
  end: z.number().check(z.minimum(0)),
});

/** A pick as the claim form accepts it from its address (anything may be typed into an address). */
export const pagePickSchema = z.object({
  url: text(4000),
  title: text(1000),
  publisher: text(200),
  published: z.optional(text(40)),
  language: z.enum(['en', 'zh-Hans', 'zh-Hant']),
  selection: text(4000),
  quote: text(4000),
  figure: z.optional(pickedFigureSchema),
  subject: z.optional(text(200)),
  topics: z.array(text(100)).check(z.maxLength(20)),
  claimId: z.optional(text(200)),
});

export function parsePick(raw: unknown): PagePick | undefined {
  const result = z.safeParse(pagePickSchema, raw);
  return result.success ? (result.data as PagePick) : undefined;
}
