/**
 * What the built extension for this browser may contain (runs after `npm run build`, with the
 * browser tests): one classic content script, valid UTF-8, no eval-based parser; a manifest that
 * asks for `storage` only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSER, ROOT } from './harness';

const dist = join(ROOT, 'dist', BROWSER === 'chromium' ? 'chrome' : 'firefox');

describe(`the ${BROWSER} build`, () => {
  const content = readFileSync(join(dist, 'content.js'));
  const text = content.toString('utf8');

  test('content.js is valid UTF-8', () => {
    expect(Buffer.from(text, 'utf8').equals(content)).toBe(true);
  });

  test('content.js is one classic script: no import or export statements', () => {
    expect(text).not.toMatch(/^\s*(?:import|export)\s/m);
    expect(text).not.toMatch(/\bimport\(/);
  });

  test('content.js carries no eval-based parser (a page CSP may forbid it)', () => {
    expect(text).not.toMatch(/new Function\(|\beval\(/);
  });

  test('the manifest asks for storage only, and has the background its browser runs', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    if (BROWSER === 'chromium') {
      expect(manifest.background).toEqual({ service_worker: 'background.js', type: 'module' });
      expect(manifest.browser_specific_settings).toBeUndefined();
    } else {
      expect(manifest.background).toEqual({ scripts: ['background.js'], type: 'module' });
      expect(manifest.browser_specific_settings.gecko.id).toBe('claimlens@claimlens.dev');
    }
  });
});
