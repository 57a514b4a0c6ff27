/**
 * A check, without zod, of a dataset read back from storage: does it have every field, of the
 * right type, that compiling it, matching with it and showing it in a card read? The options page
 * validated it with the full schema before storing it, but storage can hold anything (an older
 * build, another extension's tooling, a hand edit, a sync bug), and one broken entry must not stop
 * the bundled claims from being marked. Kept small: the content script carries it on every page.
 */

type Check = (value: unknown, path: string) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const string: Check = (v, path) => (typeof v === 'string' ? undefined : `${path}: must be text`);
const number: Check = (v, path) =>
  typeof v === 'number' && Number.isFinite(v) ? undefined : `${path}: must be a number`;
const optional =
  (check: Check): Check =>
  (v, path) =>
    v === undefined ? undefined : check(v, path);
const nullable =
  (check: Check): Check =>
  (v, path) =>
    v === null ? undefined : check(v, path);
const oneOf =
  (...checks: Check[]): Check =>
  (v, path) =>
    checks.some((check) => check(v, path) === undefined) ? undefined : checks[0]!(v, path);

function list(item: Check): Check {
  return (v, path) => {
    if (!Array.isArray(v)) return `${path}: must be a list`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

function object(fields: Record<string, Check>): Check {
  return (v, path) => {
    if (!isObject(v)) return `${path || 'the dataset'}: must be an object`;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(v[key], path ? `${path}.${key}` : key);
      if (problem) return problem;
    }
    return undefined;
  };
}

const localized = object({ en: string, zh: string });
const words = object({ en: list(string), zh: list(string) });
const figure = object({
  kind: string,
  value: oneOf(number, string),
  unit: optional(nullable(string)),
  max: optional(number),
  direction: optional(string),
  tolerance: optional(number),
  approx: optional(string),
});
const numericFigure = object({ ...{ kind: string, value: number }, unit: optional(nullable(string)) });
const source = object({
  publisher: string,
  title: optional(string),
  url: optional(string),
  via: optional(list(object({ publisher: string, url: string }))),
  published: optional(string),
  language: string,
  quote: optional(string),
});
const claim = object({
  id: string,
  subject: string,
  topics: words,
  statement: localized,
  figure: optional(figure),
  equivalents: optional(list(object({ figure: numericFigure, note: localized }))),
  variants: optional(
    list(object({ figure, rating: string, note: localized, sources: optional(list(source)) })),
  ),
  asOf: string,
  rating: string,
  note: optional(localized),
  sources: list(source),
});
const subject = object({ id: string, name: localized, aliases: words, partOf: optional(string) });
const dataset = object({
  id: string,
  name: string,
  version: string,
  subjects: list(subject),
  claims: list(claim),
});

/**
 * The first problem of a stored dataset ("claims[2].statement.zh: must be text"), or undefined when
 * it can be compiled and shown. Also checks that every claim's subject is one of the dataset's.
 */
export function storedDatasetProblem(data: unknown): string | undefined {
  const problem = dataset(data, '');
  if (problem) return problem;
  const { subjects, claims } = data as { subjects: { id: string }[]; claims: { subject: string }[] };
  const ids = new Set(subjects.map((s) => s.id));
  const orphan = claims.findIndex((c) => !ids.has(c.subject));
  return orphan >= 0
    ? `claims[${orphan}].subject: "${claims[orphan]!.subject}" is not one of its subjects`
    : undefined;
}
