/**
 * The release's three zips: the two built extensions, and the source that AMO asks for when a package
 * holds bundled code (the files git tracks, plus BUILD.md), and the check that the source rebuilds
 * into the very same files.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { type ZipEntry, readZip, writeZip } from './zip';

export const TARGETS = ['chrome', 'firefox'] as const;

export const packageName = (target: (typeof TARGETS)[number] | 'source', version: string) =>
  `claimlens-${target}-${version}.zip`;

/** Every file under dir, as zip entries named relative to it. */
export function filesUnder(dir: string): ZipEntry[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .map((name) => ({ name: name.split('\\').join('/'), full: join(dir, name) }))
    .filter(({ full }) => statSync(full).isFile())
    .map(({ name, full }) => ({ name, bytes: readFileSync(full) }));
}

/**
 * The files git tracks in the repository (so never node_modules, dist or anything ignored), as they
 * are in the working tree, plus `extra` (files the release wrote that git does not know yet, such as
 * a first CHANGELOG.md).
 */
export function trackedFiles(root: string, extra: readonly string[] = []): ZipEntry[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const names = new Set(listed.stdout.split('\0').filter(Boolean));
  for (const name of extra) names.add(name);
  return [...names]
    .filter((name) => existsSync(join(root, name)) && statSync(join(root, name)).isFile())
    .map((name) => {
      const mode = statSync(join(root, name)).mode;
      const bytes = readFileSync(join(root, name));
      return mode & 0o111 ? { name, bytes, executable: true } : { name, bytes };
    });
}

/** BUILD.md, for AMO's reviewers: how to make the same dist/firefox from this source. */
export function buildInstructions(version: string, nodeVersion: string, npmVersion: string): string {
  return `# Building ClaimLens ${version} from this source

This archive is the source of ClaimLens ${version}: every file of the repository except
\`node_modules\` and \`dist\`. The add-on's scripts are bundled and minified by Vite (Rolldown); nothing
else is generated, and no file is downloaded during the build.

## Requirements

- Node.js 20 or newer (this release was built with Node ${nodeVersion} and npm ${npmVersion})
- npm, which comes with Node.js
- Linux, macOS or Windows; about 400 MB of disk for \`node_modules\`

## Build

\`\`\`sh
npm ci
npm run build
\`\`\`

\`npm ci\` installs the exact dependency versions of \`package-lock.json\`. \`npm run build\` runs one
\`vite build\` (see \`vite.config.ts\`) and writes:

- \`dist/firefox/\`: the Firefox add-on, the same files as in \`claimlens-firefox-${version}.zip\`
- \`dist/chrome/\`: the Chrome extension (the same files but \`manifest.json\`)

The build validates and compiles the bundled claims datasets in \`data/claims/\` into the page engine
(\`engine.js\`), and writes \`privacy.html\` from \`docs/PRIVACY.md\`.

## Check

The files of \`dist/firefox\` are byte for byte those of the submitted package: compare them, for
example, with \`unzip -d submitted claimlens-firefox-${version}.zip && diff -r submitted dist/firefox\`.

The repository's own check of this (\`npm run check:source\`) unpacks this archive, builds it, and
compares every file. \`store/amo-reviewer-notes.md\` explains the warnings of \`web-ext lint\`.
`;
}

/** The three zips' entries. `extra` as in trackedFiles. */
export function releaseArchives(
  root: string,
  version: string,
  tools: { node: string; npm: string },
  extra: readonly string[] = [],
): { name: string; entries: ZipEntry[] }[] {
  const archives = TARGETS.map((target) => {
    const dir = join(root, 'dist', target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version?: string };
    if (manifest.version !== version)
      throw new Error(`dist/${target} is version ${manifest.version}, not ${version}: build first`);
    return { name: packageName(target, version), entries: filesUnder(dir) };
  });
  const source = trackedFiles(root, extra).filter((e) => e.name !== 'BUILD.md');
  source.push({ name: 'BUILD.md', bytes: Buffer.from(buildInstructions(version, tools.node, tools.npm)) });
  archives.push({ name: packageName('source', version), entries: source });
  return archives;
}

/** Writes the zips into outDir; returns their paths. */
export function writeArchives(outDir: string, archives: { name: string; entries: ZipEntry[] }[]): string[] {
  mkdirSync(outDir, { recursive: true });
  return archives.map(({ name, entries }) => {
    const path = join(outDir, name);
    writeFileSync(path, writeZip(entries));
    return path;
  });
}

export interface RebuildResult {
  /** files that differ, or are missing from one side, as 'dist/<target>/<path>: why' */
  differences: string[];
  /** how many files were compared */
  compared: number;
}

/** Which files differ between a build and its rebuild, by name: missing on one side, or other bytes. */
export function compareFiles(original: readonly ZipEntry[], rebuilt: readonly ZipEntry[]): RebuildResult {
  const before = new Map(original.map((e) => [e.name, e.bytes]));
  const after = new Map(rebuilt.map((e) => [e.name, e.bytes]));
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  const differences: string[] = [];
  for (const name of names) {
    const a = before.get(name);
    const b = after.get(name);
    if (!a) differences.push(`${name}: only in the build from source`);
    else if (!b) differences.push(`${name}: missing from the build from source`);
    else if (!Buffer.from(a).equals(Buffer.from(b))) differences.push(`${name}: different bytes`);
  }
  return { differences, compared: names.length };
}

/**
 * Unpacks the source zip into a temporary folder, builds it there with the repository's installed
 * node_modules (linked, so no network is needed: `npm ci` would install the same locked versions),
 * and compares every file of its dist/chrome and dist/firefox with `builtDir`'s.
 */
export function rebuildFromSource(
  sourceZip: Uint8Array,
  root: string,
  builtDir = join(root, 'dist'),
): RebuildResult {
  const work = mkdtempSync(join(tmpdir(), 'claimlens-source-'));
  try {
    for (const { name, bytes, executable } of readZip(sourceZip)) {
      const path = join(work, name);
      if (relative(work, path).startsWith('..')) throw new Error(`source zip: ${name} leaves its folder`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      if (executable) chmodSync(path, 0o755);
    }
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    const build = spawnSync(
      process.execPath,
      [
        join(work, 'node_modules/vite/bin/vite.js'),
        'build',
        '--configLoader',
        'runner',
        '--logLevel',
        'warn',
      ],
      { cwd: work, encoding: 'utf8' },
    );
    if (build.status !== 0)
      throw new Error(
        `the build from source failed (does the build need a file git does not track yet?):\n${build.stdout}${build.stderr}`,
      );
    const differences: string[] = [];
    let compared = 0;
    for (const target of TARGETS) {
      const result = compareFiles(filesUnder(join(builtDir, target)), filesUnder(join(work, 'dist', target)));
      compared += result.compared;
      differences.push(...result.differences.map((d) => `dist/${target}/${d}`));
    }
    return { differences, compared };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
