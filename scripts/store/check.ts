/**
 * `npm run check:store`: what the stores would refuse, found before an upload. `checkStore` is a pure
 * function over what it reads (manifests, locale catalogues, listing texts, image bytes), so its tests
 * can change one thing at a time; `readStoreInputs` reads those from the repository and the build.
 * The limits themselves are data in ./limits.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGE_RULES, type ImageRule, LISTING_TEXTS, MANIFEST_LIMITS, STORE_ICON } from './limits';
import { pngSize } from './png';

type Json = Record<string, unknown>;

/** A `_locales/<locale>/messages.json` catalogue. */
export type Catalog = Record<string, { message: string }>;

export interface BuiltExtension {
  /** 'chrome' or 'firefox' */
  target: string;
  manifest: Json;
  /** a file of the build by its manifest path, or undefined when it is missing */
  file(path: string): Uint8Array | undefined;
}

export interface NamedImage {
  name: string;
  bytes: Uint8Array;
}

export interface StoreInputs {
  packageVersion: string;
  /** package-lock.json's two copies of the version */
  lockVersions: string[];
  /** the repository's manifest.json */
  sourceManifest: Json;
  /** every public/_locales/<locale>/messages.json */
  locales: Record<string, Catalog>;
  builds: BuiltExtension[];
  /** store/listing/<locale>/<file> -> text, for the locales that have a folder there */
  listings: Record<string, Record<string, string>>;
  /** store/permissions.md */
  permissionJustifications: string | undefined;
  /** store/single-purpose.md */
  singlePurpose: string | undefined;
  /** store/screenshots/<locale>/*.png */
  screenshots: Record<string, NamedImage[]>;
  /** store/promo-small*.png */
  smallPromoTiles: NamedImage[];
}

export interface Problem {
  /** the file or field it is about */
  where: string;
  what: string;
  /** where the rule is documented */
  source?: string;
}

/** Characters as the stores count them: code points, so one Chinese character is one. */
export const characters = (text: string): number => [...text].length;

const MESSAGE_REFERENCE = /__MSG_([A-Za-z0-9_@]+)__/g;

/** Every string in a manifest, with its JSON path. */
function stringsOf(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsOf(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, path ? `${path}.${key}` : key));
  return [];
}

/**
 * A manifest string as the browser shows it in a locale: each `__MSG_key__` replaced by the
 * catalogue's message (message names are case-insensitive in both browsers), or undefined for a key
 * the catalogue lacks.
 */
export function localize(text: string, catalog: Catalog): { text: string; missing: string[] } {
  const byLowerKey = new Map(
    Object.entries(catalog).map(([key, entry]) => [key.toLowerCase(), entry.message]),
  );
  const missing: string[] = [];
  const localized = text.replace(MESSAGE_REFERENCE, (_, key: string) => {
    const message = byLowerKey.get(key.toLowerCase());
    if (message === undefined) missing.push(key);
    return message ?? '';
  });
  return { text: localized, missing };
}

function checkManifestTexts(build: BuiltExtension, locales: Record<string, Catalog>): Problem[] {
  const problems: Problem[] = [];
  const where = `dist/${build.target}/manifest.json`;
  const defaultLocale = build.manifest.default_locale;
  if (typeof defaultLocale !== 'string' || !(defaultLocale in locales))
    problems.push({ where, what: `default_locale ${JSON.stringify(defaultLocale)} has no _locales folder` });
  for (const [locale, catalog] of Object.entries(locales)) {
    // every reference must resolve in every locale: a browser would fall back to the default
    // locale's text, and the listing in that language would show English
    for (const [path, text] of stringsOf(build.manifest, '')) {
      for (const key of localize(text, catalog).missing)
        problems.push({
          where: `${where} ${path}`,
          what: `__MSG_${key}__ has no message in _locales/${locale}`,
        });
    }
    for (const [field, limit] of Object.entries(MANIFEST_LIMITS)) {
      const raw = build.manifest[field];
      if (typeof raw !== 'string') continue;
      const text = localize(raw, catalog).text;
      const length = characters(text);
      if (length > limit.max)
        problems.push({
          where: `${where} ${field} in ${locale}`,
          what: `${length} characters, more than ${limit.max}: ${JSON.stringify(text)}`,
          source: limit.source,
        });
    }
    const name = typeof build.manifest.name === 'string' ? localize(build.manifest.name, catalog) : undefined;
    if (name && name.missing.length === 0 && name.text.trim() === '')
      problems.push({ where: `${where} name in ${locale}`, what: 'empty' });
  }
  return problems;
}

/** Icon sets of a manifest: `icons` and `action.default_icon`, as size -> path. */
function iconSets(manifest: Json): [string, Record<string, string>][] {
  const sets: [string, Record<string, string>][] = [];
  if (manifest.icons && typeof manifest.icons === 'object')
    sets.push(['icons', manifest.icons as Record<string, string>]);
  const action = manifest.action as Json | undefined;
  if (action?.default_icon && typeof action.default_icon === 'object')
    sets.push(['action.default_icon', action.default_icon as Record<string, string>]);
  return sets;
}

function checkIcons(build: BuiltExtension): Problem[] {
  const problems: Problem[] = [];
  const where = `dist/${build.target}/manifest.json`;
  for (const [field, icons] of iconSets(build.manifest)) {
    for (const [size, path] of Object.entries(icons)) {
      const bytes = build.file(path);
      if (!bytes) {
        problems.push({ where: `${where} ${field}.${size}`, what: `${path} is not in the build` });
        continue;
      }
      const actual = pngSize(bytes);
      if (!actual) problems.push({ where: `${where} ${field}.${size}`, what: `${path} is not a PNG` });
      else if (actual.width !== Number(size) || actual.height !== Number(size))
        problems.push({
          where: `${where} ${field}.${size}`,
          what: `${path} is ${actual.width}×${actual.height}, not ${size}×${size}`,
        });
    }
  }
  const icons = (build.manifest.icons ?? {}) as Record<string, string>;
  if (!icons[String(STORE_ICON.size)])
    problems.push({
      where: `${where} icons`,
      what: `no ${STORE_ICON.size}×${STORE_ICON.size} icon`,
      source: STORE_ICON.source,
    });
  return problems;
}

function checkVersions(inputs: StoreInputs): Problem[] {
  const problems: Problem[] = [];
  const expected = inputs.packageVersion;
  const found: [string, unknown][] = [
    ['manifest.json version', inputs.sourceManifest.version],
    ...inputs.lockVersions.map((v, i): [string, unknown] => [`package-lock.json version (${i + 1} of 2)`, v]),
    ...inputs.builds.map((b): [string, unknown] => [
      `dist/${b.target}/manifest.json version`,
      b.manifest.version,
    ]),
  ];
  for (const [where, version] of found)
    if (version !== expected)
      problems.push({
        where,
        what: `${JSON.stringify(version)}, but package.json says ${JSON.stringify(expected)}`,
      });
  return problems;
}

function checkListings(inputs: StoreInputs): Problem[] {
  const problems: Problem[] = [];
  for (const locale of Object.keys(inputs.locales)) {
    const listing = inputs.listings[locale] ?? {};
    for (const [file, limit] of Object.entries(LISTING_TEXTS)) {
      const where = `store/listing/${locale}/${file}`;
      const text = listing[file]?.trim();
      if (!text) {
        problems.push({
          where,
          what: 'missing or empty: every locale the extension ships needs its listing',
        });
        continue;
      }
      const length = characters(text);
      if (length > limit.max)
        problems.push({ where, what: `${length} characters, more than ${limit.max}`, source: limit.source });
    }
  }
  return problems;
}

/** The manifest's requests that a store asks to justify, as the headings store/permissions.md must have. */
export function permissionsToJustify(manifest: Json): string[] {
  const names = new Set<string>();
  for (const field of [
    'permissions',
    'optional_permissions',
    'host_permissions',
    'optional_host_permissions',
  ]) {
    const list = manifest[field];
    if (!Array.isArray(list) || list.length === 0) continue;
    // API permissions one by one; host patterns together, under their field's name
    if (field.includes('host')) names.add(field);
    else for (const name of list) names.add(String(name));
  }
  if (Array.isArray(manifest.content_scripts) && manifest.content_scripts.length > 0)
    names.add('content_scripts');
  return [...names].sort();
}

function checkPermissionJustifications(inputs: StoreInputs): Problem[] {
  const where = 'store/permissions.md';
  if (!inputs.permissionJustifications?.trim()) return [{ where, what: 'missing' }];
  const headings = inputs.permissionJustifications
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .join('\n');
  const requested = new Set(inputs.builds.flatMap((b) => permissionsToJustify(b.manifest)));
  return [...requested]
    .filter((name) => !headings.includes(`\`${name}\``))
    .map((name) => ({ where, what: `no "## \`${name}\`" section justifying what the manifest asks for` }));
}

function checkImages(where: string, images: NamedImage[], rule: ImageRule): Problem[] {
  const problems: Problem[] = [];
  if (images.length < rule.min || images.length > rule.max)
    problems.push({
      where,
      what: `${images.length} images; the store takes ${rule.min === rule.max ? rule.min : `${rule.min} to ${rule.max}`}`,
      source: rule.source,
    });
  const accepted = rule.sizes.map((s) => `${s.width}×${s.height}`);
  for (const image of images) {
    const size = pngSize(image.bytes);
    const actual = size ? `${size.width}×${size.height}` : undefined;
    if (!actual) problems.push({ where: `${where}/${image.name}`, what: 'not a PNG' });
    else if (!accepted.includes(actual))
      problems.push({
        where: `${where}/${image.name}`,
        what: `${actual}; the store takes ${accepted.join(' or ')}`,
        source: rule.source,
      });
  }
  return problems;
}

/** Everything the stores would refuse; an empty list when the extension is ready to upload. */
export function checkStore(inputs: StoreInputs): Problem[] {
  const problems: Problem[] = [];
  if (Object.keys(inputs.locales).length === 0)
    problems.push({ where: 'public/_locales', what: 'no locales' });
  if (inputs.builds.length === 0)
    problems.push({ where: 'dist', what: 'no build to check: run `npm run build`' });
  for (const build of inputs.builds)
    problems.push(...checkManifestTexts(build, inputs.locales), ...checkIcons(build));
  problems.push(...checkVersions(inputs), ...checkListings(inputs), ...checkPermissionJustifications(inputs));
  if (!inputs.singlePurpose?.trim()) problems.push({ where: 'store/single-purpose.md', what: 'missing' });
  // the listing's own language must have screenshots; others fall back to it, but what is there must fit
  const defaultLocale = String(inputs.sourceManifest.default_locale ?? 'en');
  const screenshotLocales = new Set([defaultLocale, ...Object.keys(inputs.screenshots)]);
  for (const locale of [...screenshotLocales].sort())
    problems.push(
      ...checkImages(`store/screenshots/${locale}`, inputs.screenshots[locale] ?? [], IMAGE_RULES.screenshot),
    );
  problems.push(...checkImages('store/promo-small*.png', inputs.smallPromoTiles, IMAGE_RULES.smallPromoTile));
  return problems;
}

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
const readIfThere = (path: string): string | undefined =>
  existsSync(path) ? readFileSync(path, 'utf8') : undefined;
const folders = (path: string): string[] =>
  existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
const pngsIn = (path: string, prefix = ''): NamedImage[] =>
  existsSync(path)
    ? readdirSync(path)
        .filter((name) => name.startsWith(prefix) && name.endsWith('.png'))
        .sort()
        .map((name) => ({ name, bytes: readFileSync(join(path, name)) }))
    : [];

/** What checkStore looks at, read from the repository at `root` and its build in dist/. */
export function readStoreInputs(
  root: string,
  targets: readonly string[] = ['chrome', 'firefox'],
): StoreInputs {
  const lock = readJson(join(root, 'package-lock.json'));
  const lockRoot = (lock.packages as Record<string, Json> | undefined)?.[''];
  const locales: Record<string, Catalog> = {};
  for (const locale of folders(join(root, 'public/_locales')))
    locales[locale] = readJson(join(root, 'public/_locales', locale, 'messages.json')) as Catalog;
  const listings: Record<string, Record<string, string>> = {};
  for (const locale of folders(join(root, 'store/listing'))) {
    listings[locale] = {};
    for (const file of Object.keys(LISTING_TEXTS)) {
      const text = readIfThere(join(root, 'store/listing', locale, file));
      if (text !== undefined) listings[locale][file] = text;
    }
  }
  const screenshots: Record<string, NamedImage[]> = {};
  for (const locale of folders(join(root, 'store/screenshots')))
    screenshots[locale] = pngsIn(join(root, 'store/screenshots', locale));
  const builds: BuiltExtension[] = targets
    .map((target) => ({ target, dir: join(root, 'dist', target) }))
    .filter(({ dir }) => existsSync(join(dir, 'manifest.json')))
    .map(({ target, dir }) => ({
      target,
      manifest: readJson(join(dir, 'manifest.json')),
      file: (path: string) => {
        const full = join(dir, path);
        return existsSync(full) ? readFileSync(full) : undefined;
      },
    }));
  return {
    packageVersion: String(readJson(join(root, 'package.json')).version),
    lockVersions: [String(lock.version), String(lockRoot?.version)],
    sourceManifest: readJson(join(root, 'manifest.json')),
    locales,
    builds,
    listings,
    permissionJustifications: readIfThere(join(root, 'store/permissions.md')),
    singlePurpose: readIfThere(join(root, 'store/single-purpose.md')),
    screenshots,
    smallPromoTiles: pngsIn(join(root, 'store'), 'promo-small'),
  };
}
