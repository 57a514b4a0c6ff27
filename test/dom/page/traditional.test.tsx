/**
 * A traditional-Chinese page read with an English UI: the marks come from the bundled dataset's
 * compiled traditional forms, the card and the popup show the claim's statement and notes in
 * traditional script, and their labels stay English (the reader's language).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createMatcher } from '../../../src/core/claims/matcher';
import { findFigures } from '../../../src/core/figures';
import { PageApp } from '../../../src/page/app';
import type { PageReport } from '../../../src/contracts/report';
import { translator } from '../../../src/ui/i18n';
import { Popup } from '../../../src/ui/popup/Popup';
import { bundledIndex } from '../../unit/claims/helpers';
import { fakePort } from '../popup/fixtures';

// the page is dated on the day of the close, so its move can be compared with that claim
const matcher = createMatcher(bundledIndex(), { pageDate: '2025-09-24' });
const capex = matcher.claim('capex-380')!;
const close = matcher.claim('baba-hk-0924')!;

// written for this test, in the way Hong Kong papers write it
const HK_ARTICLE = `<article>
<p>吳泳銘表示，阿里巴巴未來三年將投資3800億元建設雲和AI基礎設施。</p>
<p>阿里巴巴股價大漲超7%。</p>
</article>`;

let app: PageApp | undefined;
afterEach(() => {
  app?.stop();
  app = undefined;
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

async function startOn(html: string, lang: string | null) {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  app = new PageApp({
    doc: document,
    engine: { findFigures, match: (text, figures, context) => matcher.match(text, figures, context) },
    claim: (id) => matcher.claim(id),
    locale: 'en',
    t: translator('en'),
    highlightStyle: 'underline',
    showConsistent: true,
    onSummary: () => {},
    onError: (where, error) => {
      throw new Error(`${where}: ${String(error)}`);
    },
  });
  app.start();
  await app.scanned;
  return app;
}

// the card's shadow root is closed: the tests keep it as it is made, as only our own code can
let attachShadow: { mock: { results: { value: unknown }[] }; mockRestore(): void };
beforeEach(() => {
  attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
});
afterEach(() => attachShadow.mockRestore());
const shadowRoot = () => attachShadow.mock.results.at(-1)!.value as ShadowRoot;
const card = () => shadowRoot().querySelector('[data-testid="card"]')!;
const cardText = (testId: string) => card().querySelector(`[data-testid="${testId}"]`)?.textContent;

describe('a traditional-Chinese page in an English UI', () => {
  test('the compiled traditional statement is converted: it differs from the simplified one', () => {
    expect(capex.statement.zhHant).toBeDefined();
    expect(capex.statement.zhHant).not.toBe(capex.statement.zh);
  });

  // [html lang, why]
  const PAGES: [string | null, string][] = [
    ['zh-Hant', 'the tag says the script'],
    ['zh-HK', 'the region says it'],
    [null, 'no tag: the text says it'],
  ];
  test.each(PAGES)(
    'lang=%j: the card shows the statement in traditional script, labels in English (%s)',
    async (lang) => {
      const app = await startOn(HK_ARTICLE, lang);
      const report = app.report();
      expect(report.language).toBe('zh-Hant');
      const mark = report.marks.find((m) => m.annotation.claim.id === 'capex-380')!;
      expect(mark.annotation.text).toBe('3800億元');
      app.showMark(mark.markId);
      expect(cardText('statement')).toBe(capex.statement.zhHant);
      expect(card().querySelector('[data-testid="statement"]')!.getAttribute('lang')).toBe('zh-Hant');
      expect(cardText('verdict')).toBe('Agrees');
      expect(card().textContent).toContain('Sources');
    },
  );

  test("a variant's note is shown in traditional script; the verdict label stays English", async () => {
    const app = await startOn(HK_ARTICLE, 'zh-Hant');
    const mark = app.report().marks.find((m) => m.annotation.claim.id === 'baba-hk-0924')!;
    expect(mark.annotation.verdict).toBe('needs-context');
    app.showMark(mark.markId);
    const variantNote = close.variants!.find((v) => v.note.en === mark.annotation.note)!.note;
    expect(cardText('note')).toBe(variantNote.zhHant ?? variantNote.zh);
    expect(cardText('verdict')).toBe('Needs context');
  });

  test('the same page marked simplified shows the simplified statement', async () => {
    const app = await startOn(HK_ARTICLE, 'zh-CN');
    const mark = app.report().marks.find((m) => m.annotation.claim.id === 'capex-380')!;
    app.showMark(mark.markId);
    expect(cardText('statement')).toBe(capex.statement.zh);
  });

  test('an English page keeps the English statement', async () => {
    const app = await startOn(
      '<p>Alibaba will invest 380 billion yuan in AI infrastructure over three years.</p>',
      'en',
    );
    app.showMark(app.report().marks[0]!.markId);
    expect(cardText('statement')).toBe(capex.statement.en);
  });
});

describe('the popup for that page', () => {
  let root: HTMLElement | undefined;
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
  });

  test('lists the claims in traditional script under English headings', async () => {
    const page = await startOn(HK_ARTICLE, 'zh-Hant');
    const report: PageReport = page.report();
    root = document.createElement('div');
    document.body.append(root);
    await act(() => {
      render(<Popup port={fakePort({ kind: 'report', report })} t={translator('en')} locale="en" />, root!);
    });
    for (let i = 0; i < 3; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    const entry = root.querySelector<HTMLElement>('[data-claim-id="capex-380"]')!;
    expect(entry.querySelector('[data-testid="claim-statement"]')!.textContent).toBe(capex.statement.zhHant);
    expect(entry.querySelector('h3')!.textContent).toBe(capex.subject.zhHant);
    expect(root.querySelector('h1')!.textContent).toBe('Claims on this page');
    // the variant's note, which the matcher wrote in English, in the page's script
    const note = report.marks.find((m) => m.annotation.claim.id === 'baba-hk-0924')!.annotation.note;
    const variantNote = close.variants!.find((v) => v.note.en === note)!.note;
    expect(variantNote.zhHant).toBeDefined();
    const context = root.querySelector<HTMLElement>('[data-claim-id="baba-hk-0924"]')!;
    expect(context.querySelector('.claim-why')!.textContent).toContain(variantNote.zhHant);
  });
});
