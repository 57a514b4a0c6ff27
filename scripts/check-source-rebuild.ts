/**
 * `npm run check:source` (after the build): the source zip that AMO reviewers get (what git tracks,
 * plus BUILD.md) is unpacked into a temporary folder and built there; every file of its dist/chrome
 * and dist/firefox must be byte-identical to this build's. node_modules is linked, not installed, so
 * the check needs no network.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageName, rebuildFromSource, releaseArchives } from './release/packages';
import { writeZip } from './release/zip';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const source = releaseArchives(root, version, { node: process.versions.node, npm: 'npm' }, [
  'CHANGELOG.md',
]).find((a) => a.name === packageName('source', version))!;
const { differences, compared } = rebuildFromSource(writeZip(source.entries), root);
if (differences.length > 0) {
  console.error(`check:source: the source does not rebuild the same files:\n${differences.join('\n')}`);
  process.exit(1);
}
console.log(
  `check:source: the source zip rebuilds all ${compared} files of dist/chrome and dist/firefox byte for byte`,
);
