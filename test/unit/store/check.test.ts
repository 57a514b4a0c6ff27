/**
 * `npm run check:store` (scripts/store/check.ts): what the stores would refuse. The inputs start as
 * the repository's own (manifest.json built for both browsers, every catalogue in public/_locales,
 * the icons in public/icons) plus a listing that fits, and each case changes one thing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestFor } from '../../../scripts/manifest';
import {
  type Catalog,
  characters,
  checkStore,
  localize,
  permissionsToJustify,
  type StoreInputs,
} from '../../../scripts/store/check';
import { MANIFEST_LIMITS } from '../../../scripts/store/limits';
import { pngSize } from '../../../scripts/store/png';

const ROOT = resolve(import.meta.dirname, '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const LOCALES: string[] = readdirSync(join(ROOT, 'public/_locales')).sort();

/** The first 24 bytes of a PNG of this size: all that pngSize reads. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(24);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

function readyInputs(): StoreInputs {
  const source = readJson('manifest.json');
  const version = readJson('package.json').version as string;
  const locales: Record<string, Catalog> = Object.fromEntries(
    LOCALES.map((locale) => [locale, readJson(`public/_locales/${locale}/messages.json`)]),
  );
  return {
    packageVersion: version,
    lockVersions: [version, version],
    sourceManifest: { ...source, version },
    locales,
    builds: (['chrome', 'firefox'] as const).map((target) => ({
      target,
      manifest: manifestFor(source, target, version),
      file: (path: string) => {
        try {
          return readFileSync(join(ROOT, 'public', path));
        } catch {
          return undefined;
        }
      },
    })),
    listings: Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        { 'summary.txt': 'A summary.', 'description.txt': 'A longer description.' },
      ]),
    ),
    permissionJustifications:
      '# Permissions\n## `storage`\nwhy\n## `contextMenus`\nwhy\n## `content_scripts`\nwhy\n## `optional_host_permissions`\nwhy\n',
    singlePurpose: 'One purpose.',
    screenshots: { en: [{ name: '1.png', bytes: pngHeader(1280, 800) }] },
    smallPromoTiles: [{ name: 'promo-small.png', bytes: pngHeader(440, 280) }],
  };
}

const problemsOf = (change: (inputs: StoreInputs) => void) => {
  const inputs = readyInputs();
  change(inputs);
  return checkStore(inputs);
};

const setMessage = (inputs: StoreInputs, locale: string, key: string, message: string) => {
  inputs.locales[locale] = { ...inputs.locales[locale], [key]: { message } };
};

test('the repository as it is, with a listing that fits, is ready', () => {
  expect(checkStore(readyInputs())).toEqual([]);
});

describe('manifest description: at most 132 characters in every locale', () => {
  const descriptionKey = /__MSG_(\w+)__/.exec(readJson('manifest.json').description)![1]!;
  test.each(LOCALES)('%s: 133 characters fail, in both builds', (locale) => {
    const problems = problemsOf((inputs) => setMessage(inputs, locale, descriptionKey, 'x'.repeat(133)));
    expect(problems.map((p) => p.where)).toEqual([
      `dist/chrome/manifest.json description in ${locale}`,
      `dist/firefox/manifest.json description in ${locale}`,
    ]);
    expect(problems[0]!.what).toMatch(/^133 characters, more than 132/);
    expect(problems[0]!.source).toBe(MANIFEST_LIMITS.description.source);
  });
  test.each(LOCALES)('%s: 132 characters pass', (locale) => {
    expect(problemsOf((inputs) => setMessage(inputs, locale, descriptionKey, 'x'.repeat(132)))).toEqual([]);
  });
  test('Chinese is counted in characters, not bytes (132 Han characters pass)', () => {
    expect(problemsOf((inputs) => setMessage(inputs, 'en', descriptionKey, '数'.repeat(132)))).toEqual([]);
  });
});

describe('one change, one problem', () => {
  const nameKey = /__MSG_(\w+)__/.exec(readJson('manifest.json').name)![1]!;
  const cases: [string, (inputs: StoreInputs) => void, RegExp][] = [
    // why: the install dialog and the store cut a longer name
    ['a 76-character name', (i) => setMessage(i, 'en', nameKey, 'n'.repeat(76)), /name in en: 76 characters/],
    [
      'a 13-character short_name',
      (i) => (i.builds[0]!.manifest.short_name = 'ClaimLensPlus'),
      /short_name in \w+: 13 characters/,
    ],
    // why: the browser would show the raw __MSG_ text or fall back to English in that language
    [
      'a message missing from one locale',
      (i) => {
        const { [nameKey]: _, ...rest } = i.locales[LOCALES.at(-1)!]!;
        i.locales[LOCALES.at(-1)!] = rest;
      },
      new RegExp(`__MSG_${nameKey}__ has no message in _locales/${LOCALES.at(-1)}`),
    ],
    [
      'a reference to no message',
      (i) => (i.builds[1]!.manifest.short_name = '__MSG_nope__'),
      /__MSG_nope__ has no/,
    ],
    [
      'an icon not in the build',
      (i) => ((i.builds[0]!.manifest.icons as Record<string, string>)['64'] = 'x.png'),
      /x.png is not in the build/,
    ],
    [
      'an icon of the wrong size',
      (i) => ((i.builds[0]!.manifest.icons as Record<string, string>)['48'] = 'icons/icon-32.png'),
      /is 32×32, not 48×48/,
    ],
    [
      'no 128 icon for the store',
      (i) => delete (i.builds[1]!.manifest.icons as Record<string, string>)['128'],
      /no 128×128 icon/,
    ],
    [
      'manifest.json behind package.json',
      (i) => (i.sourceManifest.version = '0.0.9'),
      /^manifest.json version: "0.0.9", but package.json/,
    ],
    ['package-lock.json behind', (i) => (i.lockVersions[1] = '0.0.9'), /"0.0.9"/],
    // why: a listing in a language the extension speaks must be there to submit
    ['a locale without its listing', (i) => delete i.listings[LOCALES.at(-1)!], /missing or empty/],
    ['an empty summary', (i) => (i.listings.en!['summary.txt'] = ' \n'), /missing or empty/],
    [
      'a 251-character summary',
      (i) => (i.listings.en!['summary.txt'] = 's'.repeat(251)),
      /251 characters, more than 250/,
    ],
    ['no single-purpose statement', (i) => (i.singlePurpose = undefined), /missing/],
    [
      'a permission without its justification',
      (i) => (i.builds[0]!.manifest.permissions = ['storage', 'contextMenus', 'alarms']),
      /no "## `alarms`" section/,
    ],
    [
      'a screenshot at 1280×720',
      (i) => (i.screenshots.en![0]!.bytes = pngHeader(1280, 720)),
      /1280×720; the store takes 1280×800 or 640×400/,
    ],
    ['no English screenshot', (i) => (i.screenshots = {}), /store\/screenshots\/en.*|0 images/],
    [
      'six screenshots in one language',
      (i) =>
        (i.screenshots.en = Array.from({ length: 6 }, (_, n) => ({
          name: `${n}.png`,
          bytes: pngHeader(640, 400),
        }))),
      /6 images; the store takes 1 to 5/,
    ],
    [
      'a promo tile at 460×280',
      (i) => (i.smallPromoTiles[0]!.bytes = pngHeader(460, 280)),
      /460×280; the store takes 440×280/,
    ],
    [
      'a screenshot that is not a PNG',
      (i) => (i.screenshots.en![0]!.bytes = new TextEncoder().encode('GIF89a...................')),
      /not a PNG/,
    ],
  ];
  test.each(cases)('%s', (_, change, expected) => {
    const problems = problemsOf(change);
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    for (const p of problems) expect(`${p.where}: ${p.what}`).toMatch(expected);
  });
});

describe('helpers', () => {
  test.each([
    ['ClaimLens', 9],
    ['在财经新闻中', 6],
    ['𠀀', 1], // outside the BMP: one character, two UTF-16 units
  ])('characters(%j) = %i', (text, count) => expect(characters(text)).toBe(count));

  test.each([
    ['__MSG_extName__', { extName: { message: 'ClaimLens' } }, 'ClaimLens', []],
    // why: both browsers look message names up without regard to case
    ['__MSG_EXTNAME__', { extName: { message: 'ClaimLens' } }, 'ClaimLens', []],
    ['by __MSG_a__ and __MSG_b__', { a: { message: 'A' } }, 'by A and ', ['b']],
    ['no reference', {}, 'no reference', []],
  ])('localize(%j)', (text, catalog, localized, missing) => {
    expect(localize(text, catalog as Catalog)).toEqual({ text: localized, missing });
  });

  test.each([
    [
      'the repository icon 128',
      readFileSync(join(ROOT, 'public/icons/icon-128.png')),
      { width: 128, height: 128 },
    ],
    ['a 1280×800 header', pngHeader(1280, 800), { width: 1280, height: 800 }],
    ['too short', pngHeader(1, 1).slice(0, 20), undefined],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(20).fill(0)]), undefined],
  ])('pngSize: %s', (_, bytes, size) => expect(pngSize(bytes)).toEqual(size));

  test('permissionsToJustify: API permissions one by one, host patterns by field, content scripts', () => {
    expect(
      permissionsToJustify({
        permissions: ['storage', 'contextMenus'],
        optional_host_permissions: ['https://*/*'],
        content_scripts: [{ matches: ['https://*/*'] }],
      }),
    ).toEqual(['content_scripts', 'contextMenus', 'optional_host_permissions', 'storage']);
  });
});
