/**
 * The release version in package.json, package-lock.json (twice) and manifest.json. Each file is
 * edited in place, only its version strings, so the files keep their formatting (Biome's, npm's).
 */

/**
 * What both browsers and npm accept: MAJOR.MINOR.PATCH of plain integers. Chrome takes no
 * pre-release suffix ("1.0.0-beta"), and no leading zeros.
 */
const RELEASE_VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

export function isReleaseVersion(version: string): boolean {
  return RELEASE_VERSION.test(version);
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The top-level `"version": "…"` of package.json or manifest.json (two-space indented JSON). */
const TOP_LEVEL_VERSION = /^( {2}"version": )"[^"]*"/m;
/** package-lock.json's copy in `packages[""]` */
const LOCK_ROOT_PACKAGE_VERSION = /("packages": \{\s*"": \{[^{}]*?"version": )"[^"]*"/;

export type VersionedFile = 'package.json' | 'package-lock.json' | 'manifest.json';

export function withVersion(file: VersionedFile, text: string, version: string): string {
  if (!isReleaseVersion(version)) throw new Error(`${version} is not a MAJOR.MINOR.PATCH version`);
  const patterns =
    file === 'package-lock.json' ? [TOP_LEVEL_VERSION, LOCK_ROOT_PACKAGE_VERSION] : [TOP_LEVEL_VERSION];
  let result = text;
  for (const pattern of patterns) {
    if (!pattern.test(result)) throw new Error(`${file}: no version field where one was expected`);
    result = result.replace(pattern, `$1${JSON.stringify(version)}`);
  }
  return result;
}
