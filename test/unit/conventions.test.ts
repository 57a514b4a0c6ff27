/**
 * Meta-tests for the conventions of design.md that no single feature's test would notice breaking:
 * which folder may import what, where the extension API may be touched, no HTML injection or eval.
 * What the built bundle may contain is checked after the build, in test/e2e/bundle.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(dir, f));
}

/** Source without comments (roughly: block comments and whole-line // comments), so prose cannot trip a rule. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const files = sources(SRC).map((path) => ({
  path: relative(ROOT, path),
  text: withoutComments(readFileSync(path, 'utf8')),
}));

/**
 * Module specifiers a file imports: static imports and re-exports (`import type` and `export type`
 * included: a type is a dependency on the module that declares it), side-effect imports and
 * dynamic imports.
 */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g))
    found.push(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** Module specifiers a file imports at run time: without `import type` / `export type` (erased by the build). */
function runtimeImportsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s([^'"]*?)from\s*['"]([^'"]+)['"]/g)) {
    if (!/^type\s/.test(m[1]!)) found.push(m[2]!);
  }
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** The src/ folder a relative import lands in, e.g. 'core', 'page', 'platform'. */
function targetFolder(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(SRC, resolve(ROOT, from, '..', specifier));
  // outside src/ (the locale catalogues in public/) is data, not a layer
  return target.startsWith('..') ? undefined : target.split(/[\\/]/)[0];
}

/**
 * Which folders each folder may import from: design.md's "entries -> page/ui/platform ->
 * contracts/core; core imports nothing else". `contracts` holds the types and value lists the
 * layers share (report, messages, settings, dataset summaries, ports); it may read core's types and
 * value lists, as a report carries core's annotations. One edge joins two peers: the page engine
 * hosts the hover card (page/overlay.tsx renders ui/card), so page -> ui, never ui -> page.
 * `cli` is an entry point too (the `claimlens` command). Every folder of src/ has a rule.
 */
const LAYERS: Record<string, string[]> = {
  core: ['core'],
  contracts: ['contracts', 'core'],
  platform: ['platform', 'contracts', 'core'],
  ui: ['ui', 'contracts', 'core'],
  page: ['page', 'ui', 'contracts', 'core'],
  entries: ['entries', 'page', 'ui', 'platform', 'contracts', 'core'],
  cli: ['cli', 'page', 'ui', 'platform', 'contracts', 'core'],
};

/** The imports of `sourceFiles` that land in a folder their own folder may not import from. */
function layerViolations(sourceFiles: { path: string; text: string }[]): string[] {
  const offenders: string[] = [];
  for (const file of sourceFiles) {
    const folder = file.path.split('/')[1]!;
    const allowed = LAYERS[folder];
    if (!allowed) {
      offenders.push(`${file.path}: src/${folder} has no rule in LAYERS`);
      continue;
    }
    for (const specifier of importsOf(file.text)) {
      const target = targetFolder(file.path, specifier);
      if (target && !allowed.includes(target)) offenders.push(`${file.path} imports ${specifier}`);
    }
  }
  return offenders;
}

/** The source file a relative specifier names (its extension left out, or a folder's index). */
function resolveSource(from: string, specifier: string, known: Set<string>): string | undefined {
  const base = relative(ROOT, resolve(ROOT, from, '..', specifier))
    .split('\\')
    .join('/');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => known.has(c));
}

/** Every import cycle among the files (type imports included), each as its files in order. */
function importCycles(sourceFiles: { path: string; text: string }[]): string[][] {
  const known = new Set(sourceFiles.map((f) => f.path));
  const edges = new Map<string, string[]>();
  for (const file of sourceFiles) {
    const targets = importsOf(file.text)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveSource(file.path, s, known))
      .filter((t): t is string => t !== undefined);
    edges.set(file.path, [...new Set(targets)]);
  }
  // Tarjan's strongly connected components: a component of two or more files, or a file that
  // imports itself, is a cycle
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const target of edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || edges.get(file)!.includes(file)) cycles.push(component.reverse());
  };
  for (const file of known) if (!index.has(file)) visit(file);
  return cycles;
}

describe('dependencies point one way: entries -> page/ui/platform -> contracts/core', () => {
  test.each(Object.entries(LAYERS))('src/%s imports only from %j (type imports included)', (folder) => {
    expect(layerViolations(files.filter((f) => f.path.startsWith(`src/${folder}/`)))).toEqual([]);
  });

  test('every folder of src/ has a rule', () => {
    // src/virtual.d.ts (ambient declarations for the build's virtual modules) is in no folder
    const folders = new Set(
      files.filter((f) => f.path.split('/').length > 2).map((f) => f.path.split('/')[1]!),
    );
    expect([...folders].filter((folder) => !LAYERS[folder])).toEqual([]);
  });

  test('no import cycle among the files of src/ (type imports included)', () => {
    expect(importCycles(files)).toEqual([]);
  });

  // the checks themselves, on planted files: a check that cannot fail checks nothing
  test.each([
    [
      'a type import against the direction',
      [{ path: 'src/ui/x.ts', text: "import type { A } from '../platform/y';" }],
      1,
    ],
    [
      'a re-export against the direction',
      [{ path: 'src/core/x.ts', text: "export type { A } from '../contracts/y';" }],
      1,
    ],
    [
      'a dynamic import against the direction',
      [{ path: 'src/platform/x.ts', text: "const m = await import('../ui/y');" }],
      1,
    ],
    [
      'contracts reads core (allowed)',
      [{ path: 'src/contracts/x.ts', text: "import type { A } from '../core/y';" }],
      0,
    ],
    [
      'ui back into page (the card is hosted by the page, not the other way)',
      [{ path: 'src/ui/x.tsx', text: "import { Overlay } from '../page/overlay';" }],
      1,
    ],
    ['a folder without a rule', [{ path: 'src/shared/x.ts', text: '' }], 1],
  ])('layer check, %s: %i offender(s)', (_why, planted, count) => {
    expect(layerViolations(planted)).toHaveLength(count);
  });

  test.each([
    [
      'two files through type imports',
      [
        { path: 'src/platform/a.ts', text: "import type { B } from './b';" },
        { path: 'src/platform/b.ts', text: "export type { A } from './a';" },
      ],
      1,
    ],
    [
      'three files round a loop',
      [
        { path: 'src/ui/a.ts', text: "import { b } from './b';" },
        { path: 'src/ui/b.tsx', text: "import { c } from './c/index';" },
        { path: 'src/ui/c/index.ts', text: "import { a } from '../a';" },
      ],
      1,
    ],
    [
      'a chain is no cycle',
      [
        { path: 'src/ui/a.ts', text: "import { b } from './b';" },
        { path: 'src/ui/b.ts', text: "import { c } from './c';" },
        { path: 'src/ui/c.ts', text: '' },
      ],
      0,
    ],
  ])('cycle check, %s: %i cycle(s)', (_why, planted, count) => {
    expect(importCycles(planted)).toHaveLength(count);
  });

  test('src/core imports no package at all: it runs in Node, in the page and in the CLI as it is', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('src/core/'))
      .flatMap((f) =>
        importsOf(f.text)
          .filter((s) => !s.startsWith('.') && s !== 'zod')
          .map((s) => `${f.path}: ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  // the expectation-file schema is the editors' tool (claimlens dataset test), never loaded by a page
  const FULL_ZOD = ['src/core/claims/schema.ts', 'src/core/claims/expectations.ts'];
  test('only the dataset and expectation schemas use full zod; everything the content script loads uses zod/mini or nothing', () => {
    const offenders = files
      .filter((f) => runtimeImportsOf(f.text).includes('zod') && !FULL_ZOD.includes(f.path))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});

test('the extension API is touched only in src/platform/', () => {
  const offenders = files
    .filter((f) => !f.path.startsWith('src/platform/') && !f.path.startsWith('src/cli/'))
    .filter(
      (f) =>
        runtimeImportsOf(f.text).includes('webextension-polyfill') ||
        /\b(?:chrome|browser)\.(?:runtime|tabs|storage|i18n|action)\b/.test(f.text),
    )
    .map((f) => f.path);
  expect(offenders).toEqual([]);
  expect(
    files.filter((f) => runtimeImportsOf(f.text).includes('webextension-polyfill')).map((f) => f.path),
  ).toEqual(['src/platform/browser.ts']);
});

test('no HTML is injected and nothing is evaluated from strings', () => {
  const patterns = [
    /\.innerHTML\s*=/,
    /\.outerHTML\s*=/,
    /insertAdjacentHTML/,
    /dangerouslySetInnerHTML/,
    /\beval\(/,
    /new Function\(/,
    /document\.write\(/,
  ];
  const offenders = files
    .filter((f) => !f.path.startsWith('src/cli/')) // the CLI parses saved pages into happy-dom
    .flatMap((f) => patterns.filter((p) => p.test(f.text)).map((p) => `${f.path}: ${p}`));
  expect(offenders).toEqual([]);
});

test('every entry point is thin: entries hold wiring, not features', () => {
  const entries = files.filter((f) => f.path.startsWith('src/entries/'));
  for (const entry of entries) expect(entry.text.split('\n').length, entry.path).toBeLessThan(200);
});
