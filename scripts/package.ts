/**
 * `npm run package` (after the build): dist/packages/claimlens-{chrome,firefox,source}-VERSION.zip
 * for the current version, deterministic (sorted entries, fixed timestamps). `npm run release`
 * bumps the version first; this packages what is there.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { releaseArchives, writeArchives } from './release/packages';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim();
const archives = releaseArchives(root, version, { node: process.versions.node, npm }, ['CHANGELOG.md']);
for (const path of writeArchives(join(root, 'dist/packages'), archives)) console.log(relative(root, path));
