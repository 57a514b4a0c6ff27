import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/ui/i18n';
import { Popup } from '../../../src/ui/popup/Popup';
import { claim, fakePort, report } from './fixtures';
import type { ReportResult } from '../../../src/contracts/popup-port';
import { flushRenders, mountRoot, unmountRoot } from '../../support/render-root';

let root: HTMLElement;

beforeEach(() => {
  root = mountRoot();
});
afterEach(() => unmountRoot(root));

const flush = () => flushRenders(3);

async function mount(port: ReturnType<typeof fakePort>, locale: 'en' | 'zh_CN' = 'en') {
  await act(() => {
    render(<Popup port={port} t={translator(locale)} locale={locale} />, root);
  });
  await flush();
}

const q = (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];

describe('popup', () => {
  it('groups claims by verdict, differs first, one item per claim and verdict', async () => {
    await mount(fakePort({ kind: 'report', report: report() }));
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Differs (1)', 'Needs context (1)', 'Agrees (1)']);
    const claims = q('claim');
    expect(claims.map((c) => c.dataset.claimId)).toEqual(['c-differs', 'c-context', 'c-consistent']);
    expect(claims[0]!.querySelector('[data-testid="page-figure"]')!.textContent).toBe('300 billion yuan');
    expect(claims[0]!.querySelector('[data-testid="recorded-figure"]')!.textContent).toContain('380');
    expect(claims[0]!.textContent).toContain('Difference');
    expect(claims[2]!.textContent).toContain('2 times on this page');
    expect(claims[1]!.textContent).toContain('the February figure, before the raise');
    expect(claims[0]!.textContent).toContain('Rating: Accurate');
    expect(claims[0]!.textContent).toContain('Announced in February');
  });

  it('renders only http(s) source links, in a new tab without an opener', async () => {
    await mount(fakePort({ kind: 'report', report: report() }));
    const links = q('source-link') as HTMLAnchorElement[];
    expect(links).toHaveLength(3); // one safe link per claim; javascript: is text only
    for (const link of links) {
      expect(link.getAttribute('href')).toBe('https://www.reuters.com/technology/alibaba-ai');
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(root.textContent).toContain('Script link');
  });

  it('names a source link by its site when the dataset gives no title, and skips a missing date', async () => {
    const untitled = claim('c-differs', {
      sources: [
        {
          publisher: 'Xinhua',
          kind: 'report',
          title: '',
          url: 'https://english.news.cn/a',
          published: '',
          language: 'en',
        },
      ],
    });
    await mount(fakePort({ kind: 'report', report: report({ claims: [untitled] }) }));
    const link = q('source-link')[0]!;
    expect(link.textContent).toContain('english.news.cn');
    expect(link.closest('li')!.textContent).toMatch(/^Xinhua \(report\): english\.news\.cn/);
  });

  /** One source of each kind, as the dataset records them. */
  const sourced = () =>
    claim('c-differs', {
      sources: (
        [
          ['Alibaba Group', 'primary', undefined],
          ['Reuters', 'report', undefined],
          ['Digital Phablet', 'copy', 'Yicai Global'],
          ['HSTong', 'copy', undefined],
        ] as const
      ).map(([publisher, kind, copyOf], i) => ({
        publisher,
        kind,
        ...(copyOf ? { copyOf } : {}),
        title: `Story ${i}`,
        url: `https://news${i}.example.com/a`,
        published: '2025-09-24',
        language: 'en',
      })),
    });

  it.each([
    ['en', ['official release', 'report', 'copy of a Yicai Global report', 'copy (original not identified)']],
    ['zh_CN', ['官方发布', '报道', 'Yicai Global报道的转载', '转载（原出处不明）']],
  ] as const)('names each source’s kind in words (%s)', async (locale, words) => {
    await mount(fakePort({ kind: 'report', report: report({ claims: [sourced()] }) }), locale);
    const kinds = q('source-kind');
    expect(kinds.map((k) => k.textContent)).toEqual(words.map((w) => `(${w})`));
    // only an official release says whose it may be
    expect(kinds.map((k) => Boolean(k.getAttribute('title')))).toEqual([true, false, false, false]);
    expect(kinds[2]!.closest('li')!.textContent).toMatch(/^Digital Phablet \(/);
  });

  it('says so when no block of the page names a subject', async () => {
    const stats = { figures: 0, blocks: 0, read: 0, ms: 2.04 };
    await mount(fakePort({ kind: 'report', report: report({ marks: [], claims: [], stats }) }));
    expect(q('stats')[0]!.textContent).toBe('This page names no subject of the datasets (2.0 ms)');
  });

  it('shows the stats line and the dataset name and version', async () => {
    await mount(fakePort({ kind: 'report', report: report() }));
    expect(q('stats')[0]!.textContent).toBe(
      "5 of 17 blocks name a dataset's subject; 42 figures there, 3.1 ms",
    );
    expect(q('datasets')[0]!.textContent).toBe('Datasets: Alibaba AI 2025 1.2.0');
  });

  // item 4: a broken imported dataset is not used; the popup says so on any page, marks or not
  it.each([
    ['a page with claims', { kind: 'report', report: report() }],
    ['a page it cannot run on', { kind: 'unavailable', detail: 'no content script' }],
  ] as const)('names broken imported datasets on %s', async (_where, result) => {
    const port = fakePort(result as ReportResult);
    port.broken = ['Broken set', 'x.json'];
    await mount(port);
    expect(q('datasets-broken')[0]!.textContent).toBe(
      'Not used, because broken: Broken set, x.json. Remove them in the options.',
    );
  });

  it('has no broken-datasets line when all are usable', async () => {
    await mount(fakePort({ kind: 'report', report: report() }));
    expect(q('datasets-broken')).toHaveLength(0);
  });

  it('show in page sends the mark and cycles through repeated figures', async () => {
    const port = fakePort({ kind: 'report', report: report() });
    await mount(port);
    const consistent = q('claim')[2]!.querySelector<HTMLButtonElement>('[data-testid="show-in-page"]')!;
    for (let i = 0; i < 3; i++) {
      await act(async () => consistent.click());
      await flush();
    }
    expect(port.calls.showMark).toEqual([0, 3, 0]);
  });

  it('says when a shown mark is gone', async () => {
    const port = fakePort({ kind: 'report', report: report() });
    port.showMark = async () => false;
    await mount(port);
    await act(async () => q('show-in-page')[0]!.click());
    await flush();
    expect(root.querySelector('[role="status"]')!.textContent).toBe('That figure is no longer on the page.');
  });

  it('empty state: no claims on this page', async () => {
    await mount(fakePort({ kind: 'report', report: report({ marks: [], claims: [] }) }));
    expect(q('state-empty')).toHaveLength(1);
    expect(q('claim')).toHaveLength(0);
    expect(q('stats')[0]!.textContent).toContain('42 figures');
    expect(q('site-switch')[0]).toBeDefined();
  });

  it('empty state: off on this site, with the switch off', async () => {
    await mount(fakePort({ kind: 'report', report: report({ enabled: false, marks: [] }) }));
    expect(q('state-off')).toHaveLength(1);
    const toggle = q('site-switch')[0] as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(root.querySelector('label[for="site-switch"]')!.textContent).toContain('news.example.com');
  });

  it('empty state: a page it cannot run on, with retry', async () => {
    const port = fakePort({ kind: 'unavailable', detail: 'Could not establish connection.' });
    await mount(port);
    expect(q('state-unavailable')).toHaveLength(1);
    expect(q('site-switch')).toHaveLength(0);
    port.result = { kind: 'report', report: report() };
    await act(async () =>
      root.querySelector<HTMLButtonElement>('[data-testid="state-unavailable"] button')!.click(),
    );
    await flush();
    expect(q('claim')).toHaveLength(3);
  });

  it('the site switch remembers the choice and clears the marks at once', async () => {
    const port = fakePort({ kind: 'report', report: report() });
    await mount(port);
    const toggle = q('site-switch')[0] as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    port.result = { kind: 'report', report: report({ enabled: false, marks: [] }) };
    await act(async () => toggle.click());
    await flush();
    expect(port.calls.setSite).toEqual([['https://news.example.com/alibaba-ai', false]]);
    expect(q('state-off')).toHaveLength(1);
    expect(q('claim')).toHaveLength(0);
  });

  it('refreshes when the page reports new results', async () => {
    const port = fakePort({ kind: 'report', report: report({ marks: [], claims: [] }) });
    await mount(port);
    expect(q('claim')).toHaveLength(0);
    port.result = { kind: 'report', report: report() };
    await act(async () => port.fire());
    await flush();
    expect(q('claim')).toHaveLength(3);
  });

  it('exports: copy Markdown and download CSV', async () => {
    const port = fakePort({ kind: 'report', report: report() });
    await mount(port);
    await act(async () => q('copy-markdown')[0]!.click());
    await flush();
    expect(port.calls.copied[0]).toMatch(/^# ClaimLens: claims on /);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Copied to the clipboard.');
    await act(async () => q('download-csv')[0]!.click());
    expect(port.calls.downloads[0]![0]).toBe('claimlens-news.example.com.csv');
    expect(port.calls.downloads[0]![1].split('\r\n')[0]).toMatch(/^verdict,subject,page_figure/);
  });

  it('speaks Chinese', async () => {
    await mount(fakePort({ kind: 'report', report: report() }), 'zh_CN');
    expect(root.querySelector('h1')!.textContent).toBe('本页的说法');
    expect(q('claim')[0]!.querySelector('.claim-subject')!.textContent).toBe('阿里巴巴');
    expect(q('stats')[0]!.textContent).toBe(
      '17 个段落中有 5 个提及数据集主体，其中有 42 个数字，用时 3.1 毫秒',
    );
    expect(q('claim')[0]!.querySelector('[data-testid="recorded-figure"]')!.textContent).toContain('亿');
  });
});

describe('datasets in use', () => {
  it('lists every dataset in use with its version, origin and a subscription’s last check', async () => {
    const port = fakePort({ kind: 'unavailable', detail: 'no content script' });
    port.inUse = [
      { id: 'alibaba-ai-2025', name: 'Alibaba AI', version: '1.1.0', kind: 'bundled' },
      { id: 'mine', name: 'Mine', version: '0.1.0', kind: 'file' },
      {
        id: 'followed',
        name: 'Followed',
        version: '2.0.0',
        kind: 'subscription',
        checkedAt: Date.parse('2026-06-01T12:00:00Z'),
        checkFailed: true,
        pendingVersion: '2.1.0',
      },
    ];
    await mount(port);
    const rows = [...root.querySelectorAll('[data-testid="dataset-in-use"]')].map((li) => li.textContent);
    expect(rows).toEqual([
      'Alibaba AI 1.1.0 bundled',
      'Mine 0.1.0 imported',
      'Followed 2.0.0 subscribed, checked Jun 1, 2026 · the last check failed · version 2.1.0 waits in the settings',
    ]);
  });
});
