/**
 * Reading what ClaimLens did in a page of a real browser: the marks it drew, the open card, the report
 * its content script gives. Shared by the browser tests, `npm start` and `claimlens corpus`.
 */
import type { ExtensionBrowser, ExtensionPage } from './browsers';

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface DrawnMark {
  text: string;
  verdict: string;
  rect: { x: number; y: number; width: number; height: number };
}

/** The underline colours of the verdicts (src/page/mark-styles.ts), as the browser writes them in a rule. */
const VERDICT_COLOURS: Record<string, string> = {
  consistent: 'rgb(26, 127, 55)',
  'needs-context': 'rgb(178, 107, 0)',
  differs: 'rgb(207, 34, 46)',
};

/**
 * The marks ClaimLens drew, read as a page could: every range in the page's highlight registry,
 * with the verdict its highlight is painted as in the rules of the page's style sheets (the names are
 * random per page load), or the fallback's elements.
 */
export function drawnMarks(page: ExtensionPage): Promise<DrawnMark[]> {
  return page.evaluate((colours: Record<string, string>) => {
    const out: {
      text: string;
      verdict: string;
      rect: { x: number; y: number; width: number; height: number };
    }[] = [];
    // highlight name -> verdict, from the ::highlight() rules and their colours
    const verdictOf = new Map<string, string>();
    const sheets = [...document.adoptedStyleSheets, ...document.styleSheets];
    for (const sheet of sheets) {
      let rules: CSSRuleList;
      try {
        rules = sheet.cssRules;
      } catch {
        continue; // another origin's sheet
      }
      for (const rule of rules) {
        const name = /^::highlight\(([\w-]+)\)$/.exec((rule as CSSStyleRule).selectorText ?? '')?.[1];
        if (!name) continue;
        const text = (rule as CSSStyleRule).style.cssText;
        for (const [verdict, colour] of Object.entries(colours)) {
          if (text.includes(colour) || text.includes(colour.replace('rgb(', 'rgba(').replace(')', ''))) {
            verdictOf.set(name, verdict);
          }
        }
      }
    }
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    for (const [name, highlight] of registry ?? []) {
      const verdict = verdictOf.get(name);
      if (!verdict) continue;
      for (const painted of highlight) {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        const r = range.getBoundingClientRect();
        out.push({
          text: range.toString(),
          verdict,
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        });
      }
    }
    for (const element of document.querySelectorAll('claimlens-mark')) {
      const r = element.getBoundingClientRect();
      out.push({
        text: element.textContent ?? '',
        verdict: (element as HTMLElement).dataset.claimlens ?? '',
        rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      });
    }
    return out;
  }, VERDICT_COLOURS);
}

export interface CardContent {
  verdict: string;
  statement: string;
  text: string;
  links: { href: string; target: string; rel: string; text: string }[];
}

/** ClaimLens's UI host in the page. */
export const HOST_SELECTOR = 'claimlens-root';

/**
 * What the open hover card shows, read through its closed shadow root (see
 * ExtensionPage.evaluateInShadow); null when no card is open.
 */
export async function openCard(page: ExtensionPage): Promise<CardContent | null> {
  return page
    .evaluateInShadow(HOST_SELECTOR, (root) => {
      const card = root.querySelector('[data-testid="card"]');
      if (!card) return null;
      return {
        verdict: card.querySelector('[data-testid="verdict"]')?.textContent ?? '',
        statement: card.querySelector('[data-testid="statement"]')?.textContent ?? '',
        text: card.textContent ?? '',
        links: [...card.querySelectorAll('a')].map((a) => ({
          href: a.href,
          target: a.target,
          rel: a.rel,
          text: a.textContent ?? '',
        })),
      };
    })
    .then((card) => card ?? null);
}

/** Runs a function on the open card's element (its box, its style, its focus); null without a card. */
export function inCard<T>(
  page: ExtensionPage,
  fn: (card: HTMLElement, root: ShadowRoot) => T,
): Promise<T | null> {
  // one function made here in Node, so nothing is evaluated from text in the page (whatever its CSP)
  const onRoot = new Function(
    'root',
    `const card = root.querySelector('[data-testid="card"]'); return card ? (${fn.toString()})(card, root) : null;`,
  ) as (root: ShadowRoot) => T | null;
  return page.evaluateInShadow(HOST_SELECTOR, onRoot);
}

/**
 * The browser's id for the tab showing `url`: an extension page asks each tab's content script for its
 * report and keeps the one whose URL matches (tab URLs themselves need the `tabs` permission, which
 * ClaimLens does not ask for).
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const probe = await browser.openExtensionPage('options.html');
  try {
    return await waitFor(`the tab of ${url}`, () =>
      probe.evaluate(async (wanted: string) => {
        type TabsApi = {
          tabs: {
            query(q: object): Promise<{ id?: number }[]>;
            sendMessage(id: number, m: unknown): Promise<unknown>;
          };
        };
        const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
        const api = g.browser ?? g.chrome;
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          try {
            const report = (await api.tabs.sendMessage(tab.id, { type: 'get-report' })) as
              | { url?: string }
              | undefined;
            if (report?.url === wanted) return tab.id;
          } catch {
            // a tab without our content script
          }
        }
        return undefined;
      }, url),
    );
  } finally {
    await probe.close();
  }
}

/** Sends a message to the tab's content script through an extension page, as the popup does. */
export async function sendToTab(
  browser: ExtensionBrowser,
  tabId: number,
  message: unknown,
): Promise<unknown> {
  const probe = await browser.openExtensionPage('options.html');
  try {
    return await probe.evaluate(
      async ({ id, body }: { id: number; body: unknown }) => {
        type TabsApi = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
        return (g.browser ?? g.chrome).tabs.sendMessage(id, body);
      },
      { id: tabId, body: message },
    );
  } finally {
    await probe.close();
  }
}

/** The tab's report (what the popup shows). */
export function reportOf(browser: ExtensionBrowser, tabId: number): Promise<unknown> {
  return sendToTab(browser, tabId, { type: 'get-report' });
}
