/**
 * Pages that change after load, keyboard use of the marks and a dark page, in a real browser with the
 * built extension (BROWSER=chromium|firefox).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionPage } from '../../src/cli/browsers';
import {
  BROWSER,
  drawnMarks,
  type Harness,
  inCard,
  openCard,
  sendToTab,
  startHarness,
  tabIdOf,
  waitFor,
} from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const texts = async (page: ExtensionPage) => (await drawnMarks(page)).map((m) => m.text).sort();

describe(`live pages in ${BROWSER}`, () => {
  test('figures added after load are marked; re-rendered blocks keep their marks; pushState gets a fresh scan', async () => {
    const page = await harness.browser.newPage(`${harness.server.url}/pages/live-article.html`);
    // the update arrives 400 ms after load
    await waitFor('the late update to be marked', async () =>
      (await texts(page)).includes('380 billion yuan'),
    );

    // a framework re-renders the block: new text nodes, same text -> the mark follows
    await page.evaluate(() =>
      (window as unknown as { liveArticle: { rerenderUpdates(): void } }).liveArticle.rerenderUpdates(),
    );
    await waitFor('the re-rendered block to be marked again', async () => {
      const marks = await drawnMarks(page);
      return marks.length === 1 && marks[0]!.text === '380 billion yuan' && marks[0]!.rect.width > 0;
    });

    // in-page navigation to the next story: old marks go, the new story is scanned
    await page.evaluate(() =>
      (window as unknown as { liveArticle: { nextStory(p: string, h: string): void } }).liveArticle.nextStory(
        '/pages/live-article.html?story=2',
        '<h1>阿里巴巴加码AI</h1><p>阿里巴巴将在未来三年投入3800亿元建设云和AI硬件基础设施。</p>',
      ),
    );
    await waitFor('the next story to be marked', async () => {
      const now = await texts(page);
      return now.length === 1 && now[0] === '3800亿元';
    });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('keyboard: the next-mark command opens the card with focus inside; Tab moves through it; Escape closes', async () => {
    const url = `${harness.server.url}/`;
    const page = await harness.browser.newPage(url);
    await waitFor('marks', async () => (await drawnMarks(page)).length > 0);
    const tabId = await tabIdOf(harness.browser, url);
    // the background forwards the keyboard command as this message
    expect(await sendToTab(harness.browser, tabId, { type: 'move-mark', step: 1 })).toBe(true);
    const card = await waitFor('the card', () => openCard(page));
    expect(card.text.length).toBeGreaterThan(0);
    const focusInCard = () =>
      inCard(page, (_card, root) => {
        const active = root.activeElement;
        return active
          ? `${active.tagName.toLowerCase()}${active.getAttribute('data-testid') ? `:${active.getAttribute('data-testid')}` : ''}`
          : null;
      });
    expect(await focusInCard()).toBe('div:card');
    await page.press('Tab');
    expect(await focusInCard()).toBe('button');
    await page.press('Tab');
    expect(await focusInCard()).toMatch(/^a/);
    await page.press('Escape');
    await waitFor('the card to close', async () => (await openCard(page)) === null);
    // the next move goes on to the second mark
    await sendToTab(harness.browser, tabId, { type: 'move-mark', step: 1 });
    const second = await waitFor('the second card', () => openCard(page));
    expect(second.text).not.toBe(card.text);
    await page.close();
  });

  // Firefox over WebDriver BiDi cannot emulate prefers-color-scheme; the card's CSS is the same file
  test.skipIf(BROWSER === 'firefox')('on a dark page the card is dark too', async () => {
    const page = await harness.browser.newPage(`${harness.server.url}/`);
    await page.colorScheme('dark');
    const [mark] = await waitFor('marks', async () => {
      const marks = await drawnMarks(page);
      return marks.length > 0 ? marks : undefined;
    });
    await page.mouseMove(mark!.rect.x + mark!.rect.width / 2, mark!.rect.y + mark!.rect.height / 2);
    await waitFor('the card', () => openCard(page));
    const background = (await inCard(page, (card) => getComputedStyle(card).backgroundColor)) ?? '';
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await page.close();
  });
});
