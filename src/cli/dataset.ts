/**
 * `claimlens dataset check|build|schema|export` — the editors' commands for claims datasets.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { toClaimReview } from '../core/claims/claimreview';
import { compileDatasets } from '../core/claims/compile';
import { openccConverter } from '../platform/opencc-converter';
import { expectationJsonSchema } from '../core/claims/expectations';
import { datasetJsonSchema } from '../core/claims/schema';
import { DEFAULT_DATASET_DIR, readDatasets } from './datasets-fs';
import type { CliIo } from './io';

export const SCHEMA_FILE = 'data/claims/schema.json';

const USAGE = `usage:
  claimlens dataset check [FILES|DIRS...]          validate datasets (default: ${DEFAULT_DATASET_DIR}); exit 1 on any error,
                                                   sourcing warnings on stderr
  claimlens dataset build [--out FILE] [FILES...]  validate, print (or write) the compiled index, regenerate ${SCHEMA_FILE}
  claimlens dataset schema                         regenerate ${SCHEMA_FILE} only
  claimlens dataset test [FILES|DIRS...] [--json]  run expectation files (default: data/expectations) against their pages; exit 1 on any miss
  claimlens dataset export --claimreview [--base-url URL] [--out FILE] [FILES...]
                                                   schema.org ClaimReview JSON-LD, one review per claim
`;

/** The JSON Schema file's text, exactly as `dataset build` writes it. */
export function schemaFileText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}

export const EXPECTATION_SCHEMA_FILE = 'data/claims/expectations.schema.json';

/** The expectation files' JSON Schema, exactly as `dataset build` and `dataset schema` write it. */
export function expectationSchemaFileText(): string {
  return `${JSON.stringify(expectationJsonSchema(), null, 2)}\n`;
}

interface Parsed {
  files: string[];
  flags: Map<string, string | true>;
  error?: string;
}

function parseArgs(args: string[], valued: string[], bare: string[]): Parsed {
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (valued.includes(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
        if (value === undefined || value === '') return { files, flags, error: `--${name} needs a value` };
        flags.set(name, value);
      } else if (bare.includes(name)) flags.set(name, true);
      else return { files, flags, error: `unknown option ${arg}` };
    } else files.push(arg);
  }
  return { files, flags };
}

async function writeOut(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  const path = resolve(io.cwd, out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

async function load(io: CliIo, files: string[]) {
  const result = await readDatasets(files, { cwd: io.cwd });
  if (result.errors.length > 0) {
    io.stderr(`${result.errors.join('\n')}\n`);
    io.stderr(`claimlens dataset: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}\n`);
  }
  return result;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'check': {
      const p = parseArgs(rest, [], []);
      if (p.error) return usageError(io, p.error);
      const { datasets, errors, warnings, files } = await load(io, p.files);
      if (errors.length > 0) return 1;
      // sourcing warnings (data/claims/README.md "Sourcing") are reported, never fatal
      if (warnings.length > 0) io.stderr(`${warnings.join('\n')}\n`);
      const claims = datasets.reduce((n, d) => n + d.claims.length, 0);
      const warned =
        warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
      io.stdout(
        `ok: ${files.length} file${files.length === 1 ? '' : 's'}, ${datasets.length} dataset${datasets.length === 1 ? '' : 's'}, ${claims} claim${claims === 1 ? '' : 's'}${warned}\n`,
      );
      return 0;
    }
    case 'build': {
      const p = parseArgs(rest, ['out'], []);
      if (p.error) return usageError(io, p.error);
      const { datasets, errors } = await load(io, p.files);
      if (errors.length > 0) return 1;
      await writeOut(io, SCHEMA_FILE, schemaFileText());
      await writeOut(io, EXPECTATION_SCHEMA_FILE, expectationSchemaFileText());
      const out = p.flags.get('out');
      await writeOut(
        io,
        typeof out === 'string' ? out : undefined,
        `${JSON.stringify(compileDatasets(datasets, openccConverter()))}\n`,
      );
      if (typeof out === 'string') io.stderr(`wrote ${out} and ${SCHEMA_FILE}\n`);
      return 0;
    }
    case 'schema': {
      const p = parseArgs(rest, [], []);
      if (p.error || p.files.length > 0) return usageError(io, p.error ?? 'schema takes no files');
      await writeOut(io, SCHEMA_FILE, schemaFileText());
      await writeOut(io, EXPECTATION_SCHEMA_FILE, expectationSchemaFileText());
      io.stderr(`wrote ${SCHEMA_FILE} and ${EXPECTATION_SCHEMA_FILE}\n`);
      return 0;
    }
    case 'test':
      return (await import('./dataset-test')).run(rest, io);
    case 'export': {
      const p = parseArgs(rest, ['out', 'base-url'], ['claimreview']);
      if (p.error) return usageError(io, p.error);
      if (!p.flags.has('claimreview')) return usageError(io, 'export needs a format: --claimreview');
      const { datasets, errors } = await load(io, p.files);
      if (errors.length > 0) return 1;
      const baseUrl = p.flags.get('base-url');
      const { reviews, warnings } = toClaimReview(datasets, {
        baseUrl: typeof baseUrl === 'string' ? baseUrl : undefined,
      });
      for (const w of warnings) io.stderr(`warning: ${w}\n`);
      const out = p.flags.get('out');
      await writeOut(io, typeof out === 'string' ? out : undefined, `${JSON.stringify(reviews, null, 2)}\n`);
      return 0;
    }
    case undefined:
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return sub === undefined ? 2 : 0;
    default:
      return usageError(io, `unknown subcommand '${sub}'`);
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`claimlens dataset: ${message}\n${USAGE}`);
  return 2;
}
