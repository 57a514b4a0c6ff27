/**
 * `npm run release` and `npm run package` (scripts/release/): deterministic zips, version bumps that
 * keep each file's formatting, the changelog section, the source archive's contents and the
 * comparison of a rebuild. The rebuild itself is run by `npm run check:source` after the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { changelogSection, hasSection, withSection } from '../../../scripts/release/changelog';
import { buildInstructions, compareFiles, trackedFiles } from '../../../scripts/release/packages';
import { compareVersions, isReleaseVersion, withVersion } from '../../../scripts/release/version';
import { readZip, writeZip, type ZipEntry } from '../../../scripts/release/zip';

const ROOT = resolve(import.meta.dirname, '../../..');
const bytes = (text: string) => new TextEncoder().encode(text);
const entries: ZipEntry[] = [
  { name: 'b.txt', bytes: bytes('second '.repeat(50)) },
  { name: 'a/中文.json', bytes: bytes('{"名":"值"}') },
  { name: 'bin/run.mjs', bytes: bytes('#!/usr/bin/env node\n'), executable: true },
  { name: 'empty', bytes: new Uint8Array(0) },
];

describe('zip', () => {
  test('reads back what it wrote, sorted by name, with the executable bit', () => {
    expect(readZip(writeZip(entries))).toEqual(
      [...entries]
        .sort((x, y) => (x.name < y.name ? -1 : 1))
        .map((e) => ({ ...e, bytes: Buffer.from(e.bytes) })),
    );
  });
  // why: a package must be reproducible, whatever order the file system lists files in
  test('the same files in another order give the same bytes', () => {
    expect(writeZip([...entries].reverse()).equals(writeZip(entries))).toBe(true);
  });
  test('every entry is dated 1980-01-01 00:00, whatever the clock says', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-zip-'));
    try {
      writeFileSync(join(dir, 'x.zip'), writeZip(entries));
      const listing = spawnSync('zipinfo', ['-T', join(dir, 'x.zip')], { encoding: 'utf8' });
      if (listing.error) return; // no zipinfo on this machine: the reader above still checks the format
      const dates = listing.stdout
        .split('\n')
        .filter((l) => /^[-d]r/.test(l))
        .map((l) => l.split(/\s+/)[6]);
      expect(dates).toEqual(Array(entries.length).fill('19800101.000000'));
      expect(spawnSync('unzip', ['-tq', join(dir, 'x.zip')], { encoding: 'utf8' }).stdout).toMatch(
        /No errors/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test.each([
    ['an absolute path', '/etc/passwd'],
    ['a path out of its folder', 'a/../../b'],
    ['a backslash', 'a\\b'],
  ])('refuses %s', (_, name) => {
    expect(() => writeZip([{ name, bytes: bytes('x') }])).toThrow(/relative path/);
  });
  test('refuses the same name twice', () => {
    expect(() => writeZip([entries[0]!, entries[0]!])).toThrow(/twice/);
  });
});

describe('version', () => {
  test.each([
    ['0.2.0', true],
    ['10.0.12', true],
    ['1.0', false], // npm needs three parts
    ['1.0.0-beta.1', false], // Chrome takes no pre-release suffix
    ['01.2.3', false],
    ['v1.2.3', false],
  ])('isReleaseVersion(%j) = %s', (version, ok) => expect(isReleaseVersion(version)).toBe(ok));

  test.each([
    ['0.2.0', '0.1.0', 1],
    ['0.10.0', '0.9.0', 1], // by number, not by text
    ['1.0.0', '1.0.0', 0],
    ['0.1.9', '0.2.0', -1],
  ])('compareVersions(%s, %s) has the sign of %i', (a, b, sign) =>
    expect(Math.sign(compareVersions(a, b))).toBe(sign),
  );

  test.each(['package.json', 'manifest.json', 'package-lock.json'] as const)(
    '%s: only its own version strings change, its formatting stays',
    (file) => {
      const before = readFileSync(join(ROOT, file), 'utf8');
      const after = withVersion(file, before, '9.8.7');
      const json = JSON.parse(after);
      expect(json.version).toBe('9.8.7');
      if (file === 'package-lock.json') expect(json.packages[''].version).toBe('9.8.7');
      const afterLines = after.split('\n');
      const changed = before.split('\n').filter((line, i) => line !== afterLines[i]);
      expect(changed).toHaveLength(file === 'package-lock.json' ? 2 : 1);
      // a dependency's version in the lock file is not the package's
      expect(after.match(/"version": "9\.8\.7"/g)).toHaveLength(file === 'package-lock.json' ? 2 : 1);
    },
  );
  test('a file without a version field is refused, not left as it was', () => {
    expect(() => withVersion('manifest.json', '{\n  "name": "x"\n}\n', '1.0.0')).toThrow(/no version field/);
  });
});

describe('changelog', () => {
  const section = changelogSection('0.2.0', '2026-12-03', ['First change', 'Second change']);
  test('a section is the subjects, oldest first, under the version and date', () => {
    expect(section).toBe('## 0.2.0 — 2026-12-03\n\n- First change\n- Second change\n');
  });
  test('a first changelog gets its title, then the section', () => {
    const text = withSection(undefined, section);
    expect(text.startsWith('# Changelog\n')).toBe(true);
    expect(text.endsWith(section)).toBe(true);
  });
  test('a new section goes above the previous releases', () => {
    const older = withSection(undefined, changelogSection('0.1.0', '2026-01-01', ['Old']));
    const text = withSection(older, section);
    expect(text.indexOf('## 0.2.0')).toBeLessThan(text.indexOf('## 0.1.0'));
    expect(hasSection(text, '0.2.0')).toBe(true);
    expect(hasSection(text, '0.2')).toBe(false);
    expect(hasSection(text, '0.3.0')).toBe(false);
  });
});

describe('source archive', () => {
  const files = trackedFiles(ROOT).map((e) => e.name);
  test.each([
    'package.json',
    'package-lock.json',
    'manifest.json',
    'vite.config.ts',
    'src/entries/content.ts',
    'public/icons/icon-128.png',
  ])('holds %s', (name) => expect(files).toContain(name));
  test('holds nothing of node_modules, dist or what git ignores', () => {
    expect(files.filter((f) => /^(node_modules|dist|out)\//.test(f))).toEqual([]);
  });
  test('keeps bin/claimlens.mjs executable', () => {
    expect(trackedFiles(ROOT).find((e) => e.name === 'bin/claimlens.mjs')?.executable).toBe(true);
  });
  test('BUILD.md gives the two commands and the version', () => {
    const text = buildInstructions('0.2.0', '20.20.2', '10.8.2');
    expect(text).toContain('npm ci\nnpm run build');
    expect(text).toContain('claimlens-firefox-0.2.0.zip');
  });
});

describe('compareFiles (the rebuild check)', () => {
  const a = [
    { name: 'x.js', bytes: bytes('x') },
    { name: 'y.js', bytes: bytes('y') },
  ];
  test.each([
    ['the same files', a, []],
    ['one byte changed', [a[0]!, { name: 'y.js', bytes: bytes('z') }], ['y.js: different bytes']],
    ['a file missing', [a[0]!], ['y.js: missing from the build from source']],
    ['a file more', [...a, { name: 'z.js', bytes: bytes('') }], ['z.js: only in the build from source']],
  ])('%s', (_, rebuilt, differences) => {
    expect(compareFiles(a, rebuilt).differences).toEqual(differences);
  });
});
