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
 * Module specifiers a file imports at run time (static imports, re-exports and dynamic imports);
 * `import type` creates no dependency between folders and is left out.
 */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(import|export)\s([^'"]*?)from\s*['"]([^'"]+)['"]/g)) {
    if (!/^type\s/.test(m[2]!)) found.push(m[3]!);
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

describe('dependencies point one way: entries -> page/ui/platform -> core', () => {
  const rules: Record<string, string[]> = {
    core: ['core'],
    page: ['core', 'page', 'ui'],
    ui: ['core', 'ui', 'platform'],
    platform: ['core', 'platform'],
  };
  for (const [folder, allowed] of Object.entries(rules)) {
    test(`src/${folder} imports only from ${allowed.join(', ')}`, () => {
      const offenders: string[] = [];
      for (const file of files.filter((f) => f.path.startsWith(`src/${folder}/`))) {
        for (const specifier of importsOf(file.text)) {
          const target = targetFolder(file.path, specifier);
          if (target && !allowed.includes(target)) offenders.push(`${file.path} imports ${specifier}`);
        }
      }
      expect(offenders).toEqual([]);
    });
  }

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
      .filter((f) => importsOf(f.text).includes('zod') && !FULL_ZOD.includes(f.path))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});

test('the extension API is touched only in src/platform/', () => {
  const offenders = files
    .filter((f) => !f.path.startsWith('src/platform/') && !f.path.startsWith('src/cli/'))
    .filter(
      (f) =>
        importsOf(f.text).includes('webextension-polyfill') ||
        /\b(?:chrome|browser)\.(?:runtime|tabs|storage|i18n|action)\b/.test(f.text),
    )
    .map((f) => f.path);
  expect(offenders).toEqual([]);
  expect(files.filter((f) => importsOf(f.text).includes('webextension-polyfill')).map((f) => f.path)).toEqual(
    ['src/platform/browser.ts'],
  );
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
