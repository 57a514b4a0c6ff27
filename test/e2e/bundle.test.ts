/**
 * What the built extension for this browser may contain (runs after `npm run build`, with the
 * browser tests): one small classic content script, valid UTF-8, whose only import is its engine module;
 * the engine one self-contained module; no eval-based parser in either; a manifest that asks for
 * `storage` only and exposes the engine alone, in Chrome only at its per-session dynamic URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSER, ROOT } from './harness';

const dist = join(ROOT, 'dist', BROWSER === 'chromium' ? 'chrome' : 'firefox');

describe(`the ${BROWSER} build`, () => {
  const content = readFileSync(join(dist, 'content.js'));
  const text = content.toString('utf8');

  const engine = readFileSync(join(dist, 'engine.js'));
  const engineText = engine.toString('utf8');

  // the browsers refuse a content script that is not UTF-8; the source writes Chinese as Chinese, so
  // every built text file is decoded strictly
  test('every built script, page, style and JSON file is valid UTF-8', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(?:js|mjs|html|css|json)$/.test(f))
      .map((f) => join(dist, f));
    expect(files.map((f) => relative(dist, f))).toEqual(expect.arrayContaining(['content.js', 'engine.js']));
    const strict = new TextDecoder('utf-8', { fatal: true });
    const invalid = files.filter((f) => {
      try {
        strict.decode(readFileSync(f));
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid.map((f) => relative(dist, f))).toEqual([]);
  });

  test('content.js is one classic script: no import or export statements, one import() of its engine', () => {
    expect(text).not.toMatch(/^\s*(?:import|export)\s/m);
    const dynamicImports = [...text.matchAll(/\bimport\(([^)]*\))/g)].map((m) => m[1]);
    expect(dynamicImports).toEqual([expect.stringMatching(/\.runtime\.getURL\(/)]);
  });

  test('engine.js is one module that imports nothing and exports startEngine', () => {
    expect(engineText).not.toMatch(/\bimport\s*[{*\w][^;]*?from\s*['"`]/);
    expect(engineText).not.toMatch(/\bimport\(\s*['"`]/);
    expect(engineText).toMatch(/export\s*\{[^}]*\bstartEngine\b/);
  });

  test('neither carries an eval-based parser (a page CSP may forbid it)', () => {
    expect(text).not.toMatch(/new Function\(|\beval\(/);
    expect(engineText).not.toMatch(/new Function\(|\beval\(/);
  });

  test("neither carries the script converter (OpenCC's code or data): the traditional forms come compiled", () => {
    for (const built of [text, engineText]) {
      expect(built).not.toContain('Invalid dictionary entry'); // an error message of opencc-js's dictionary loader
      // OpenCC's dictionaries are long runs of "simplified traditional|" pairs
      expect(built).not.toMatch(/(?:[\u4e00-\u9fff]+ [\u4e00-\u9fff]+\|){20}/);
    }
    // what it gave at build time is there: the CEO's name in traditional characters
    expect(engineText).toContain('吳泳銘');
  });

  test('the content script is a small fraction of the engine it loads on demand', () => {
    expect(content.length).toBeLessThan(engine.length / 10);
  });

  test('only the engine is web-accessible, and in Chrome only at its dynamic URL', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toHaveLength(1);
    const [resource] = manifest.web_accessible_resources;
    expect(resource.resources).toEqual(['engine.js']);
    expect(resource.matches).toEqual(manifest.content_scripts[0].matches);
    if (BROWSER === 'chromium') expect(resource.use_dynamic_url).toBe(true);
  });

  test('the manifest asks for storage and contextMenus only, and has the background its browser runs', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    // contextMenus: "Record this figure as a claim…"; no host permission, no alarms, no tabs
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    expect(manifest.host_permissions).toBeUndefined();
    // subscriptions: one origin at a time, asked for when the reader subscribes (http only on loopback)
    expect(manifest.optional_host_permissions).toEqual([
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
    if (BROWSER === 'chromium') {
      expect(manifest.background).toEqual({ service_worker: 'background.js', type: 'module' });
      expect(manifest.browser_specific_settings).toBeUndefined();
    } else {
      expect(manifest.background).toEqual({ scripts: ['background.js'], type: 'module' });
      expect(manifest.browser_specific_settings.gecko.id).toBe('claimlens@claimlens.dev');
    }
  });
});
