/**
 * A hostile page against ClaimLens, in Chromium with the built extension: each forgery of issue 12
 * item 10, tried by a script of the page's own. The demo article is served with a script in its
 * <head> that runs before ClaimLens and hooks what it can (attachShadow, the highlight registry).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionPage } from '../../src/cli/browsers';
import { type StaticServer, serveFolders } from '../../src/cli/serve';
import {
  BROWSER,
  type DrawnMark,
  drawnMarks,
  type Harness,
  HOST_SELECTOR,
  inCard,
  openCard,
  ROOT,
  startHarness,
  waitFor,
} from './harness';

/** Runs first in the page: keeps every shadow root made in the page's world, as an attacker would. */
const HOOK = `<script>
window.__caughtRoots = [];
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attach.call(this, init);
  window.__caughtRoots.push(root);
  return root;
};
</script>`;

let harness: Harness;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'claimlens-forgery-'));
  const demo = resolve(ROOT, 'test/fixtures/demo');
  writeFileSync(
    join(dir, 'index.html'),
    readFileSync(join(demo, 'index.html'), 'utf8').replace('<head>', `<head>${HOOK}`),
  );
  writeFileSync(join(dir, 'article.css'), readFileSync(join(demo, 'article.css')));
  server = await serveFolders({ '/': dir });
});

afterAll(async () => {
  await server?.close();
  await harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

const summary = (marks: DrawnMark[]) => marks.map((m) => `${m.text}:${m.verdict}`).sort();

async function articleWithMarks(): Promise<{ page: ExtensionPage; marks: DrawnMark[] }> {
  const page = await harness.browser.newPage(`${server.url}/`);
  const marks = await waitFor('marks', async () => {
    const found = await drawnMarks(page);
    return found.length >= 3 ? found : undefined;
  });
  return { page, marks };
}

const centre = (mark: DrawnMark) => ({
  x: mark.rect.x + mark.rect.width / 2,
  y: mark.rect.y + mark.rect.height / 2,
});

/** The agreeing "380 billion yuan" mark, and a point on it. */
const capexOf = (marks: DrawnMark[]) =>
  marks.find((m) => m.text === '380 billion yuan' && m.verdict === 'consistent')!;

describe.runIf(BROWSER === 'chromium')('a page forging what ClaimLens shows, in chromium', () => {
  test('listing CSS.highlights tells no verdict by name, and the names change with every load', async () => {
    const first = await articleWithMarks();
    const names = () =>
      first.page.evaluate(() => [
        ...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys(),
      ]);
    const firstNames = await names();
    expect(firstNames.length).toBeGreaterThanOrEqual(3);
    for (const name of firstNames)
      expect(name).not.toMatch(/claimlens|consistent|differs|context|active|flash/);
    await first.page.close();
    const second = await articleWithMarks();
    const secondNames = await second.page.evaluate(() => [
      ...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys(),
    ]);
    expect(secondNames.filter((name) => firstNames.includes(name))).toEqual([]);
    await second.page.close();
  });

  test('deleting the green highlight and painting a rival figure red is undone', async () => {
    const { page, marks } = await articleWithMarks();
    const before = summary(marks);
    expect(before).toContain('380 billion yuan:consistent');
    // the page takes our layers apart: it empties every one, and puts the rival consortium's
    // "380 billion yuan" (the paragraph about another company) into each
    await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const rival = [...document.querySelectorAll('p')].find((p) => p.textContent!.includes('consortium'))!;
      const text = rival.firstChild as Text;
      const at = text.data.indexOf('380 billion yuan');
      const range = new StaticRange({
        startContainer: text,
        startOffset: at,
        endContainer: text,
        endOffset: at + 16,
      });
      for (const [name, highlight] of registry) {
        highlight.clear();
        highlight.add(range);
        if (name.length < 0) registry.delete(name);
      }
    });
    expect(summary(await drawnMarks(page))).not.toEqual(before);
    // the reader moves the pointer: the quick check puts the marks back; the slow one would anyway
    await page.mouseMove(5, 5);
    await page.mouseMove(8, 8);
    await waitFor(
      'the marks restored',
      async () => JSON.stringify(summary(await drawnMarks(page))) === JSON.stringify(before),
    );
    // and with the registry entries deleted outright, without a pointer move (the slow check)
    await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
    expect(await drawnMarks(page)).toEqual([]);
    await waitFor(
      'the registry restored',
      async () => JSON.stringify(summary(await drawnMarks(page))) === JSON.stringify(before),
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test("a synthetic pointermove opens no card; the reader's own pointer does", async () => {
    const { page, marks } = await articleWithMarks();
    const { x, y } = centre(capexOf(marks));
    await page.evaluate(
      ({ x: px, y: py }: { x: number; y: number }) => {
        const target = document.elementFromPoint(px, py)!;
        for (let i = 0; i < 5; i++) {
          target.dispatchEvent(
            new PointerEvent('pointermove', { clientX: px, clientY: py, bubbles: true, composed: true }),
          );
        }
      },
      { x, y },
    );
    await new Promise((r) => setTimeout(r, 800));
    expect(await openCard(page)).toBeNull();
    await page.mouseMove(x, y);
    const card = await waitFor('the card on a real pointer move', () => openCard(page));
    expect(card.statement).toMatch(/380 billion/i);
    await page.close();
  });

  test('the card cannot be reached or rewritten from the page: closed root, hooks catch nothing', async () => {
    const { page, marks } = await articleWithMarks();
    const { x, y } = centre(capexOf(marks));
    await page.mouseMove(x, y);
    const card = await waitFor('the card', () => openCard(page));
    const sources = card.links.map((l) => l.href);
    expect(sources.some((href) => href.includes('people.cn'))).toBe(true);
    const attempt = await page.evaluate((selector: string) => {
      const host = document.querySelector(selector)!;
      const caught = (window as unknown as { __caughtRoots: ShadowRoot[] }).__caughtRoots;
      // every way in a page script has: the shadowRoot property, the roots its hook caught
      const roots = [host.shadowRoot, ...caught].filter((root): root is ShadowRoot => root !== null);
      for (const root of roots) for (const a of root.querySelectorAll('a')) a.href = 'https://evil.example/';
      return { shadowRoot: host.shadowRoot === null ? 'null' : 'open', caught: caught.length };
    }, HOST_SELECTOR);
    expect(attempt).toEqual({ shadowRoot: 'null', caught: 0 });
    expect((await openCard(page))!.links.map((l) => l.href)).toEqual(sources);
    await page.close();
  });

  test('page CSS and attribute writes cannot hide the host', async () => {
    const { page, marks } = await articleWithMarks();
    const { x, y } = centre(capexOf(marks));
    await page.mouseMove(x, y);
    await waitFor('the card', () => openCard(page));
    await page.evaluate((selector: string) => {
      const style = document.createElement('style');
      style.textContent = `${selector} { display: none !important; visibility: hidden !important; opacity: 0 !important; transform: translateX(-9999px) !important; }`;
      document.head.append(style);
      const host = document.querySelector(selector) as HTMLElement;
      host.style.setProperty('display', 'none', 'important');
      host.hidden = true;
    }, HOST_SELECTOR);
    // the page's own rule is there, yet the host is shown and the card has a box on screen
    await waitFor('the host restored', () =>
      page.evaluate((selector: string) => {
        const host = document.querySelector(selector) as HTMLElement;
        const style = getComputedStyle(host);
        return (
          style.display !== 'none' && style.visibility === 'visible' && style.opacity === '1' && !host.hidden
        );
      }, HOST_SELECTOR),
    );
    const box = await inCard(page, (card) => {
      const r = card.getBoundingClientRect();
      return { width: r.width, height: r.height, x: r.x };
    });
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    // removed outright: it comes back with the next card
    await page.evaluate((selector: string) => document.querySelector(selector)!.remove(), HOST_SELECTOR);
    await page.mouseMove(5, 5);
    await new Promise((r) => setTimeout(r, 500));
    await page.mouseMove(x, y);
    await waitFor('the card again', () => openCard(page));
    await page.close();
  });
});
