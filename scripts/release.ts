/**
 * `npm run release -- <version>`: bumps the version in package.json, package-lock.json and
 * manifest.json; adds a CHANGELOG.md section from the commit subjects since the last tag (for you to
 * edit); builds; checks the build against the stores' limits (check:store); writes
 * dist/packages/claimlens-{chrome,firefox,source}-<version>.zip; and checks that the source zip
 * rebuilds into byte-identical files. Run it again with the same version after editing CHANGELOG.md
 * to repackage without another bump.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { changelogSection, hasSection, withSection } from './release/changelog';
import { packageName, rebuildFromSource, releaseArchives, writeArchives } from './release/packages';
import { compareVersions, isReleaseVersion, type VersionedFile, withVersion } from './release/version';
import { checkStore, readStoreInputs } from './store/check';

const root = resolve(import.meta.dirname, '..');
const VERSIONED: VersionedFile[] = ['package.json', 'package-lock.json', 'manifest.json'];
const CHANGELOG = 'CHANGELOG.md';

function git(...args: string[]): { ok: boolean; out: string } {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, out: result.stdout.trim() };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

const version = process.argv[2];
if (!version || !isReleaseVersion(version))
  fail('usage: npm run release -- MAJOR.MINOR.PATCH (plain integers, as Chrome requires)');

const current = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const order = compareVersions(version, current);
if (order < 0) fail(`${version} is older than the current version ${current}`);

// the source zip is what git tracks: refuse changes that are not the release's own
const dirty = git('diff', '--name-only', 'HEAD')
  .out.split('\n')
  .filter((file) => file && ![...VERSIONED, CHANGELOG].includes(file as VersionedFile));
if (dirty.length > 0)
  fail(`commit or stash these first, they would go into the source zip: ${dirty.join(', ')}`);

const changelogPath = join(root, CHANGELOG);
const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : undefined;
if (order > 0) {
  for (const file of VERSIONED) {
    const path = join(root, file);
    writeFileSync(path, withVersion(file, readFileSync(path, 'utf8'), version));
  }
  console.log(`release: version ${current} -> ${version} in ${VERSIONED.join(', ')}`);
}
if (!hasSection(changelog, version)) {
  const lastTag = git('describe', '--tags', '--abbrev=0');
  const range = lastTag.ok ? [`${lastTag.out}..HEAD`] : [];
  const subjects = git('log', '--reverse', '--no-merges', '--format=%s', ...range)
    .out.split('\n')
    .filter(Boolean);
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(changelogPath, withSection(changelog, changelogSection(version, date, subjects)));
  console.log(
    `release: ${CHANGELOG}: a ${version} section from ${subjects.length} commit subjects since ${lastTag.ok ? lastTag.out : 'the first commit'}; edit it`,
  );
}

run('npm', ['run', 'build', '--silent']);

const problems = checkStore(readStoreInputs(root));
if (problems.length > 0) {
  for (const p of problems) console.error(`${p.where}: ${p.what}`);
  fail(`${problems.length} problems for the stores (npm run check:store); no packages written`);
}

const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();
// a first CHANGELOG.md is not tracked yet, but belongs in the source
const archives = releaseArchives(root, version, { node: process.versions.node, npm: npmVersion }, [
  CHANGELOG,
]);
const written = writeArchives(join(root, 'dist/packages'), archives);
for (const path of written) console.log(`release: wrote ${relative(root, path)}`);

const source = readFileSync(join(root, 'dist/packages', packageName('source', version)));
const rebuilt = rebuildFromSource(source, root);
if (rebuilt.differences.length > 0)
  fail(`the source zip does not rebuild the same files:\n${rebuilt.differences.join('\n')}`);
console.log(
  `release: the source zip rebuilds all ${rebuilt.compared} files of dist/chrome and dist/firefox byte for byte`,
);
console.log(`
Next:
  1. edit ${CHANGELOG} (then run \`npm run release -- ${version}\` again to repackage the source with it)
  2. git commit -am "Release ${version}" && git tag v${version}
  3. upload ${packageName('chrome', version)} to the Chrome Web Store, ${packageName('firefox', version)}
     and ${packageName('source', version)} to addons.mozilla.org (store/ has the listing, store/amo-reviewer-notes.md the notes)`);
