/**
 * The page engine in happy-dom (no CSS.highlights there, so the <claimlens-mark> fallback draws):
 * marks, clean removal, the card, keyboard moves, rescans of changed blocks, and errors kept from the page.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageApp, type PageAppOptions } from '../../../src/page/app';
import { CLAIM, fakeAppOptions, fakeEngine, trusted } from './fake-engine';

const ARTICLE = `<article>
<p>Alibaba will invest <b>380</b> billion <a href="#">yuan</a> in AI.</p>
<p>A chip group raised 380 billion yuan.</p>
<p>Alibaba said 200 billion yuan was wrong.</p>
</article>`;

let app: PageApp | undefined;
afterEach(() => {
  app?.stop();
  app = undefined;
  document.body.innerHTML = '';
});

function start(overrides: Partial<PageAppOptions> = {}) {
  const summaries: [number, string | null][] = [];
  const errors: string[] = [];
  app = new PageApp(
    fakeAppOptions({
      mutationDelayMs: 10,
      onSummary: (count, worst) => summaries.push([count, worst]),
      onError: (where, error) => errors.push(`${where}: ${String(error)}`),
      ...overrides,
    }),
  );
  app.start();
  return { app, summaries, errors };
}

/** our UI host, as the page sees it (the README names it) */
const HOST_TAG = 'claimlens-root';

const markTexts = () => [...document.querySelectorAll('claimlens-mark')].map((m) => m.textContent);

describe('PageApp', () => {
  test('marks figures tied to claims, split across elements, and reports them', async () => {
    document.body.innerHTML = ARTICLE;
    const { app, summaries } = start();
    await app.scanned;
    expect(markTexts()).toEqual(['380', ' billion ', 'yuan', '200 billion yuan']);
    const report = app.report();
    expect(report.marks.map((m) => [m.annotation.text, m.annotation.verdict])).toEqual([
      ['380 billion yuan', 'consistent'],
      ['200 billion yuan', 'differs'],
    ]);
    expect(report.marks[0]!.block).toBe('Alibaba will invest 380 billion yuan in AI.');
    expect(report.claims.map((c) => c.id)).toEqual(['capex-380']);
    expect(report.stats.figures).toBe(3);
    expect(report.stats.read).toBe(report.stats.blocks);
    expect(summaries.at(-1)).toEqual([2, 'differs']);
  });

  test("the engine's reading part is loaded once, and only when a block names a subject", async () => {
    const load = vi.fn(async () => {});
    const namesSubject = (text: string) => text.includes('Alibaba');
    document.body.innerHTML = '<p>Tencent: 380 billion yuan.</p><p>Nothing here.</p>';
    const first = start({ engine: { ...fakeEngine, namesSubject, load } });
    await first.app.scanned;
    expect(load).not.toHaveBeenCalled();
    first.app.stop();
    document.body.innerHTML = ARTICLE;
    const second = start({ engine: { ...fakeEngine, namesSubject, load } });
    await second.app.scanned;
    expect(load).toHaveBeenCalledTimes(1);
    expect(markTexts()).toEqual(['380', ' billion ', 'yuan', '200 billion yuan']);
  });

  test('an engine that fails to load reads nothing and reports the failure once', async () => {
    document.body.innerHTML = ARTICLE;
    const load = vi.fn(async () => {
      throw new Error('no recognizer');
    });
    const { app, errors } = start({ engine: { ...fakeEngine, load } });
    await app.scanned;
    expect(markTexts()).toEqual([]);
    expect(errors).toEqual(['load: Error: no recognizer']);
    expect(app.report().stats).toMatchObject({ read: 0, errors: 1 });
  });

  test('with a subject test, only blocks naming a subject are read; the marks are the same', async () => {
    document.body.innerHTML = ARTICLE;
    const { app } = start({ engine: { ...fakeEngine, namesSubject: (text) => text.includes('Alibaba') } });
    await app.scanned;
    expect(markTexts()).toEqual(['380', ' billion ', 'yuan', '200 billion yuan']);
    const { stats } = app.report();
    expect(stats).toMatchObject({ blocks: 3, read: 2, figures: 2 });
  });

  test('stop() removes every mark and leaves the DOM exactly as it was', async () => {
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    const textNodesBefore = document.body.querySelector('p')!.childNodes.length;
    const { app } = start();
    await app.scanned;
    expect(document.body.innerHTML).not.toBe(before);
    app.stop();
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.querySelector('p')!.childNodes.length).toBe(textNodesBefore);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  test('a page without claims gets nothing of ours: no element, no style sheet; they come when needed', async () => {
    const sheetsBefore = document.adoptedStyleSheets.length;
    const ours = () =>
      document.adoptedStyleSheets.length - sheetsBefore + document.querySelectorAll('style').length;
    document.body.innerHTML = '<p>Prices rose 3% in May.</p>';
    const first = start();
    await first.app.scanned;
    expect(document.documentElement.querySelector(HOST_TAG)).toBeNull();
    expect(ours()).toBe(0);
    first.app.stop();
    document.body.innerHTML = ARTICLE;
    const { app } = start();
    await app.scanned;
    expect(ours()).toBe(1);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    app.showMark(app.report().marks[0]!.markId);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    app.stop();
    expect(ours()).toBe(0);
  });

  test('the card opens on a mark with the claim and only http(s) links, and closes on Escape', async () => {
    document.body.innerHTML = ARTICLE;
    const { app } = start();
    await app.scanned;
    // the shadow root is closed: the test keeps it as it is made, as only our own code can
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    expect(app.showMark(app.report().marks[0]!.markId)).toBe(true);
    const shadow = attach.mock.results[0]!.value as ShadowRoot;
    expect(document.querySelector(HOST_TAG)!.shadowRoot).toBeNull();
    const card = shadow.querySelector('[data-testid="card"]')!;
    expect(card.querySelector('[data-testid="statement"]')!.textContent).toBe(CLAIM.statement.en);
    expect(card.querySelector('[data-testid="verdict"]')!.textContent).toBe('Agrees');
    const links = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://en.people.cn/n3/2025/0224/c90000-20280703.html']);
    expect(card.textContent).toContain('script link');
    // a page's own Escape does not close it; the reader's does
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shadow.querySelector('[data-testid="card"]')).not.toBeNull();
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(shadow.querySelector('[data-testid="card"]')).toBeNull();
    attach.mockRestore();
  });

  test('keyboard moves go through the marks in document order and wrap around', async () => {
    document.body.innerHTML = ARTICLE;
    const { app } = start();
    await app.scanned;
    expect(app.moveMark(1)?.annotation.text).toBe('380 billion yuan');
    expect(app.moveMark(1)?.annotation.text).toBe('200 billion yuan');
    expect(app.moveMark(1)?.annotation.text).toBe('380 billion yuan');
    expect(app.moveMark(-1)?.annotation.text).toBe('200 billion yuan');
  });

  test('a changed block is rescanned; marks whose text went away are dropped', async () => {
    document.body.innerHTML = ARTICLE;
    const { app } = start();
    await app.scanned;
    const third = document.querySelectorAll('p')[2]!;
    third.textContent = 'Alibaba now says 380 billion yuan.';
    const added = document.createElement('p');
    added.textContent = 'Later, Alibaba added 100 billion yuan.';
    document.querySelector('article')!.append(added);
    await vi.waitFor(() => {
      expect(app.report().marks.map((m) => m.annotation.text)).toEqual([
        '380 billion yuan',
        '380 billion yuan',
        '100 billion yuan',
      ]);
    });
  });

  test('a page whose text names no subject is not indexed; a block it adds later that does is marked', async () => {
    document.body.innerHTML = '<article><p>Tencent will invest 380 billion yuan.</p></article>';
    const mayNameSubject = vi.fn((text: string) => text.includes('Alibaba'));
    const namesSubject = (text: string) => text.includes('Alibaba');
    const { app } = start({ engine: { ...fakeEngine, namesSubject, mayNameSubject } });
    await app.scanned;
    expect(mayNameSubject).toHaveBeenCalledTimes(1);
    expect(app.report().stats).toMatchObject({ blocks: 0, read: 0, figures: 0 });
    const added = document.createElement('p');
    added.textContent = 'Alibaba will invest 380 billion yuan.';
    document.querySelector('article')!.append(added);
    await vi.waitFor(() => {
      expect(app.report().marks.map((m) => m.annotation.text)).toEqual(['380 billion yuan']);
    });
    // only the added paragraph is read: the article around it has no text of its own, and the old
    // paragraph did not change
    expect(app.report().stats).toMatchObject({ blocks: 1, read: 1 });
  });

  test('told the page names a subject, the first scan indexes without looking at the page text; a navigation looks again', async () => {
    document.body.innerHTML = ARTICLE;
    const mayNameSubject = vi.fn(() => false);
    const { app } = start({ engine: { ...fakeEngine, mayNameSubject }, pageNamesSubject: true });
    await app.scanned;
    expect(mayNameSubject).not.toHaveBeenCalled();
    expect(app.report().marks.length).toBeGreaterThan(0);
    history.pushState({}, '', '#next-story');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await app.scanned;
    expect(mayNameSubject).toHaveBeenCalledTimes(1);
    expect(app.report().marks).toEqual([]);
  });

  test('a new highlight style restyles the marks without scanning again', async () => {
    document.body.innerHTML = ARTICLE;
    const { app } = start();
    await app.scanned;
    const ids = app.report().marks.map((m) => m.markId);
    // happy-dom's style sheets drop rules they cannot parse, so read what the renderer writes
    const replaceSync = vi.spyOn(window.CSSStyleSheet.prototype, 'replaceSync');
    app.setStyle('background');
    const css = String(replaceSync.mock.calls.at(-1)?.[0]);
    replaceSync.mockRestore();
    expect(css).toMatch(/"consistent"\] \{ background-color:/);
    expect(app.report().marks.map((m) => m.markId)).toEqual(ids);
  });

  test('hidden consistent marks: showConsistent=false draws only the others', async () => {
    document.body.innerHTML = ARTICLE;
    const { app } = start({ showConsistent: false });
    await app.scanned;
    expect(markTexts()).toEqual(['200 billion yuan']);
    expect(app.report().marks).toHaveLength(2);
  });

  test('an engine failure in one block is reported, and the other blocks are still marked', async () => {
    document.body.innerHTML = ARTICLE;
    let calls = 0;
    const { app, errors } = start({
      engine: {
        ...fakeEngine,
        findFigures: (text, options) => {
          calls += 1;
          if (calls === 1) throw new Error('boom');
          return fakeEngine.findFigures(text, options);
        },
      },
    });
    await app.scanned;
    expect(errors).toEqual(['scan: Error: boom']);
    expect(app.report().marks.map((m) => m.annotation.text)).toEqual(['200 billion yuan']);
  });
});
