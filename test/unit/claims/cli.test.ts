import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, SCHEMA_FILE, schemaFileText } from '../../../src/cli/dataset';
import { readDatasets } from '../../../src/cli/datasets-fs';
import type { CliIo } from '../../../src/cli/io';
import { createMatcher } from '../../../src/core/claims/matcher';
import { DATASET_FILE, loadRaw, ROOT } from './helpers';

function fakeIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => '',
    cwd,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

/** A scratch directory with a data/claims folder holding the given files. */
function scratch(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-ds-'));
  const data = join(dir, 'data/claims');
  mkdirSync(data, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(data, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

describe('claimlens dataset', () => {
  it('schema.json is up to date with the zod schema (run `npm run claimlens -- dataset schema`)', () => {
    expect(readFileSync(join(ROOT, SCHEMA_FILE), 'utf8')).toBe(schemaFileText());
  });

  it('check: the bundled datasets are valid', async () => {
    const t = fakeIo(ROOT);
    expect(await run(['check'], t.io)).toBe(0);
    // every *.json of data/claims but schema.json; their claims counted from the files themselves
    const { datasets, files } = await readDatasets([], { cwd: ROOT });
    const claims = datasets.reduce((n, d) => n + d.claims.length, 0);
    expect(t.out()).toBe(`ok: ${files.length} files, ${datasets.length} datasets, ${claims} claims\n`);
  });

  it('check: sourcing warnings go to stderr with file and path, and do not fail the check', async () => {
    const raw = loadRaw() as { claims: { id: string; sources: { kind: string; quote?: string }[] }[] };
    const capex = raw.claims.findIndex((c) => c.id === 'capex-380');
    delete raw.claims[capex]!.sources[1]!.quote;
    const jun = raw.claims.findIndex((c) => c.id === 'capex-jun25');
    raw.claims[jun]!.sources = raw.claims[jun]!.sources.slice(0, 1);
    const dir = scratch({ 'warned.json': raw });
    const t = fakeIo(dir);
    expect(await run(['check'], t.io)).toBe(0);
    expect(t.err()).toBe(
      [
        `data/claims/warned.json: claims[${capex}] (capex-380).sources[1].quote: warning: no quote: add the source\u2019s own words for the figure (or the fact, for a claim without one)`,
        `data/claims/warned.json: claims[${jun}] (capex-jun25).rating: warning: "accurate" needs a primary source or reports from 2 independent publishers; this claim has no primary source and reports from "明報 (Ming Pao)" only`,
        '',
      ].join('\n'),
    );
    expect(t.out()).toBe('ok: 1 file, 1 dataset, 16 claims, 2 warnings\n');
  });

  it('check: exit 1 with file, path and reason on a bad file', async () => {
    const raw = loadRaw() as { claims: { sources: { url?: string }[] }[] };
    raw.claims[3]!.sources[1]!.url = 'ftp://m.nbd.com.cn/x';
    const dir = scratch({ 'bad.json': raw });
    const t = fakeIo(dir);
    expect(await run(['check', 'data/claims/bad.json'], t.io)).toBe(1);
    expect(t.err()).toContain(
      'data/claims/bad.json: claims[3] (capex-380).sources[1].url: must be a link starting with https:// or http://',
    );
    expect(t.err()).toContain('1 error');
  });

  it('check: broken JSON names the line and column', async () => {
    const dir = scratch({ 'broken.json': '{\n  "id": "x",\n  oops\n}' });
    const t = fakeIo(dir);
    expect(await run(['check'], t.io)).toBe(1);
    expect(t.err()).toMatch(/^data\/claims\/broken\.json: not valid JSON: line 3, column 3/);
  });

  it('check: a claim id used by two files', async () => {
    const a = loadRaw();
    const b = { ...loadRaw(), id: 'another-dataset' };
    const dir = scratch({ 'a.json': a, 'b.json': b });
    const t = fakeIo(dir);
    expect(await run(['check'], t.io)).toBe(1);
    expect(t.err()).toContain(
      'data/claims/b.json: claims[0] (baba-hk-0924).id: claim id "baba-hk-0924" is also used by data/claims/a.json',
    );
  });

  it('check: a missing file', async () => {
    const t = fakeIo(ROOT);
    expect(await run(['check', 'nope.json'], t.io)).toBe(1);
    expect(t.err()).toContain('nope.json: no such file or directory');
  });

  it('build: prints the compiled index and writes schema.json', async () => {
    const dir = scratch({ 'alibaba.json': loadRaw(), 'schema.json': '{}' });
    const t = fakeIo(dir);
    expect(await run(['build'], t.io)).toBe(0);
    const index = JSON.parse(t.out());
    const matcher = createMatcher(index);
    expect(matcher.claim('capex-380')?.figure.value).toBe(380e9);
    expect(readFileSync(join(dir, SCHEMA_FILE), 'utf8')).toBe(schemaFileText());
  });

  it('build --out FILE', async () => {
    const dir = scratch({ 'alibaba.json': loadRaw() });
    const t = fakeIo(dir);
    expect(await run(['build', '--out', 'out/index.json'], t.io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out/index.json'), 'utf8')).format).toBe(1);
    expect(t.out()).toBe('');
  });

  it('build fails on a bad dataset', async () => {
    const raw = loadRaw();
    raw['version'] = 'one';
    const dir = scratch({ 'bad.json': raw });
    const t = fakeIo(dir);
    expect(await run(['build'], t.io)).toBe(1);
    expect(t.err()).toContain('data/claims/bad.json: version: must be a semantic version like "1.0.0"');
  });

  it('export --claimreview prints JSON-LD and warns without a review url', async () => {
    const t = fakeIo(ROOT);
    expect(await run(['export', '--claimreview'], t.io)).toBe(0);
    const reviews = JSON.parse(t.out());
    const { datasets } = await readDatasets([], { cwd: ROOT });
    expect(reviews).toHaveLength(datasets.reduce((n, d) => n + d.claims.length, 0));
    expect(reviews[0]['@type']).toBe('ClaimReview');
    expect(t.err()).toMatch(/warning: alibaba-ai-2025: no review page/);
  });

  it('export --claimreview --base-url gives every review a url', async () => {
    const t = fakeIo(ROOT);
    expect(await run(['export', '--claimreview', '--base-url', 'https://example.org/reviews'], t.io)).toBe(0);
    const reviews = JSON.parse(t.out()) as { url: string }[];
    expect(reviews.map((r) => r.url)).toContain('https://example.org/reviews#capex-380');
    expect(t.err()).toBe('');
  });

  it('usage errors exit 2', async () => {
    for (const args of [['export'], ['frobnicate'], ['check', '--bogus'], ['build', '--out']]) {
      const t = fakeIo(ROOT);
      expect(await run(args, t.io)).toBe(2);
      expect(t.err()).toMatch(/^claimlens dataset: /);
    }
  });

  it('readDatasets: the default directory skips schema.json', async () => {
    const { datasets, errors, files } = await readDatasets([], { cwd: ROOT });
    expect(errors).toEqual([]);
    expect(files).toEqual(['data/claims/alibaba-ai-2025.json', 'data/claims/china-tech-ai-2025.json']);
    expect(datasets[0]?.id).toBe('alibaba-ai-2025');
    expect((await readDatasets([DATASET_FILE], { cwd: ROOT })).datasets).toHaveLength(1);
  });
});
