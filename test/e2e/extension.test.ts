/**
 * The first journey, end to end, in a real browser with the built extension: the demo article's
 * "380 billion yuan" is marked, hovering it shows the card with the claim and its sources, and the
 * popup lists the claim. Run per browser: BROWSER=chromium and BROWSER=firefox.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtensionPage } from '../../src/cli/browsers';
import {
  BROWSER,
  drawnMarks,
  type Harness,
  inCard,
  openCard,
  startHarness,
  tabIdOf,
  waitFor,
} from './harness';

let harness: Harness;
let article: ExtensionPage;
let articleUrl: string;

beforeAll(async () => {
  harness = await startHarness();
  articleUrl = `${harness.server.url}/`;
  article = await harness.browser.newPage(articleUrl);
});

afterAll(async () => {
  await harness?.close();
});

describe(`ClaimLens in ${BROWSER}`, () => {
  test('marks the demo article’s 380 billion yuan, and only Alibaba’s', async () => {
    const marks = await waitFor('marks in the demo article', async () => {
      const found = await drawnMarks(article);
      return found.some((m) => m.text === '380 billion yuan') ? found : undefined;
    });
    const capex = marks.filter((m) => m.text === '380 billion yuan');
    // the chip consortium's 380 billion yuan, further down, names no Alibaba alias
    expect(capex).toHaveLength(1);
    expect(capex[0]!.verdict).toBe('consistent');
    expect(capex[0]!.rect.width).toBeGreaterThan(0);
  });

  test('the page’s DOM and text are exactly as served: marks are drawn without touching the body', async () => {
    const [live, served] = await article.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return [document.body.innerHTML, parsed.body.innerHTML];
    });
    expect(live).toBe(served);
  });

  test('hovering the mark opens the card with the claim and working source links', async () => {
    const [capex] = (await drawnMarks(article)).filter((m) => m.text === '380 billion yuan');
    await article.mouseMove(capex!.rect.x + capex!.rect.width / 2, capex!.rect.y + capex!.rect.height / 2);
    const card = await waitFor('the hover card', () => openCard(article));
    expect(card.statement).toMatch(/380 billion/i);
    expect(card.verdict).toMatch(/agrees/i);
    expect(card.links.length).toBeGreaterThan(0);
    for (const link of card.links) {
      expect(new URL(link.href).protocol).toMatch(/^https?:$/);
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
    expect(card.links.some((l) => l.href.includes('people.cn'))).toBe(true);

    // the card stays open while the pointer is on it, and Escape closes it
    const cardBox = await inCard(article, (card) => {
      const r = card.getBoundingClientRect();
      return { x: r.x + 20, y: r.y + 20 };
    });
    await article.mouseMove(cardBox!.x, cardBox!.y);
    await new Promise((r) => setTimeout(r, 600));
    expect(await openCard(article)).not.toBeNull();
    await article.press('Escape');
    await waitFor('the card to close', async () => (await openCard(article)) === null);
  });

  test('the popup lists the claim with its sources', async () => {
    const tabId = await tabIdOf(harness.browser, articleUrl);
    const popup = await harness.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const claims = await waitFor('claims in the popup', async () => {
      const items = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-testid="claim"]')].map((item) => ({
          text: item.textContent ?? '',
          links: [...item.querySelectorAll('a[data-testid="source-link"]')].map(
            (a) => (a as HTMLAnchorElement).href,
          ),
        })),
      );
      return items.length > 0 ? items : undefined;
    });
    const capex = claims.find((c) => /380/.test(c.text));
    expect(capex).toBeDefined();
    expect(capex!.links.length).toBeGreaterThan(0);
    expect(capex!.links.every((href) => /^https?:/.test(href))).toBe(true);
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  test('the Chinese twin marks 3800亿元 for Alibaba', async () => {
    const page = await harness.browser.newPage(`${harness.server.url}/zh.html`);
    const marks = await waitFor('marks in the Chinese article', async () => {
      const found = await drawnMarks(page);
      return found.some((m) => m.text.includes('3800亿元')) ? found : undefined;
    });
    expect(marks.filter((m) => m.text.includes('3800亿元'))).toHaveLength(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('under a strict Content-Security-Policy the page gets its marks and a styled card, and logs no violation', async () => {
    const page = await harness.browser.newPage(`${harness.server.url}/strict/`);
    const [capex] = await waitFor('marks under a strict CSP', async () => {
      const found = (await drawnMarks(page)).filter((m) => m.text === '380 billion yuan');
      return found.length > 0 ? found : undefined;
    });
    await page.mouseMove(capex!.rect.x + capex!.rect.width / 2, capex!.rect.y + capex!.rect.height / 2);
    const card = await waitFor('the hover card under a strict CSP', () => openCard(page));
    expect(card.statement).toMatch(/380 billion/i);
    const background = (await inCard(page, (card) => getComputedStyle(card).backgroundColor)) ?? '';
    // the card's own styles applied: an unstyled element would be transparent
    expect(background).not.toMatch(/^(|transparent|rgba\(0, 0, 0, 0\))$/);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test.runIf(BROWSER === 'chromium')(
    'a page cannot probe for the engine file at the extension’s fixed address',
    async () => {
      const base = harness.browser.extensionBase;
      expect(base).toMatch(/^chrome-extension:\/\/[a-p]{32}\/$/);
      // a page of its own: the refusal is logged in the console of the page that asked
      const prober = await harness.browser.newPage(`${harness.server.url}/pages/acme-energy.html`);
      const status = await prober.evaluate(async (url) => {
        try {
          return (await fetch(url)).status;
        } catch {
          return 'refused';
        }
      }, `${base}engine.js`);
      expect(status).toBe('refused');
      await prober.close();
    },
  );

  test('the article logged no errors', () => {
    expect(article.errors).toEqual([]);
  });
});
