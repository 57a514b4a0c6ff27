/**
 * How a claims dataset's mistakes are found across entries and told to its editor: the rules between
 * entries that a field schema cannot see (unique ids, references, partOf cycles), and zod's issues
 * rewritten as `claims[3] (capex-380).sources[0].url: must be text, not a list`. No schema here, so
 * schema.ts composes both without a cycle.
 */
import type * as z from 'zod';

export type Issue = { path: (string | number)[]; message: string };

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const idOf = (v: unknown): unknown =>
  v !== null && typeof v === 'object' ? (v as { id?: unknown }).id : undefined;
const field = (v: unknown, key: string): unknown =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;

/**
 * Rules across entries (unique ids, references between subjects and claims). Runs on the raw input,
 * defensively, so these mistakes are reported together with the field errors, not after them.
 */
export function crossCheck(raw: unknown): Issue[] {
  const issues: Issue[] = [];
  const subjects = list(field(raw, 'subjects'));
  const claims = list(field(raw, 'claims'));
  const subjectIds = new Map<string, number>();
  subjects.forEach((s, i) => {
    const id = idOf(s);
    if (typeof id !== 'string') return;
    const first = subjectIds.get(id);
    if (first !== undefined) {
      issues.push({
        path: ['subjects', i, 'id'],
        message: `duplicate subject id "${id}" (also subjects[${first}])`,
      });
    } else subjectIds.set(id, i);
  });
  subjects.forEach((s, i) => {
    const partOf = field(s, 'partOf');
    if (typeof partOf !== 'string') return;
    if (!subjectIds.has(partOf)) {
      issues.push({ path: ['subjects', i, 'partOf'], message: `no subject with id "${partOf}"` });
      return;
    }
    const seen = new Set([idOf(s)]);
    let cur: unknown = partOf;
    while (typeof cur === 'string') {
      if (seen.has(cur)) {
        issues.push({ path: ['subjects', i, 'partOf'], message: 'partOf makes a cycle' });
        return;
      }
      seen.add(cur);
      const idx = subjectIds.get(cur);
      cur = idx === undefined ? undefined : field(subjects[idx], 'partOf');
    }
  });
  const claimIds = new Map<string, number>();
  claims.forEach((c, i) => {
    const id = idOf(c);
    if (typeof id === 'string') {
      const first = claimIds.get(id);
      if (first !== undefined) {
        issues.push({
          path: ['claims', i, 'id'],
          message: `duplicate claim id "${id}" (also claims[${first}])`,
        });
      } else claimIds.set(id, i);
    }
    const subject = field(c, 'subject');
    if (typeof subject === 'string' && !subjectIds.has(subject)) {
      issues.push({ path: ['claims', i, 'subject'], message: `no subject with id "${subject}" in subjects` });
    }
  });
  return issues;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** `claims[3] (capex-380).sources[0].url`: the JSON path, with the id of each list entry that has one. */
export function formatPath(root: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (typeof key === 'number') {
      out += `[${key}]`;
      const id = (at(root, path.slice(0, i + 1)) as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && id) out += ` (${id})`;
    } else out += (out ? '.' : '') + String(key);
  }
  return out;
}

/** An editor's reading of one zod issue: what was expected, and what the file has instead. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const value = at(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined) return `is missing (expected ${expected})`;
      return `must be ${expected}, not ${typeName(value)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'invalid_value':
      if (value === undefined)
        return `is missing (one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${typeName(value)}`;
    case 'invalid_union':
      return `is not valid here (${typeName(value)})`;
    default:
      return issue.message;
  }
}
