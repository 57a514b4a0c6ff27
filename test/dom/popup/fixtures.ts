import type { PageReport } from '../../../src/contracts/report';
import type { DatasetInUseRow, PopupPort, ReportResult } from '../../../src/contracts/popup-port';

type Claim = PageReport['claims'][number];
type Mark = PageReport['marks'][number];

export function claim(id: string, overrides: Partial<Claim> = {}): Claim {
  return {
    id,
    subject: { en: 'Alibaba', zh: '阿里巴巴' },
    statement: {
      en: 'Alibaba will invest more than 380 billion yuan in AI infrastructure over three years.',
      zh: '阿里巴巴将在三年内投入超过3800亿元用于AI基础设施建设。',
    },
    figure: { kind: 'money', value: 380e9, unit: 'CNY', approx: 'over' },
    asOf: '2025-02-24',
    rating: 'accurate',
    note: { en: 'Announced in February, raised in September.', zh: '二月宣布，九月加码。' },
    sources: [
      {
        publisher: 'Reuters',
        kind: 'report',
        title: 'Alibaba to spend $53 billion on AI',
        url: 'https://www.reuters.com/technology/alibaba-ai',
        published: '2025-02-24',
        language: 'en',
      },
      {
        publisher: 'Evil',
        kind: 'report',
        title: 'Script link',
        url: 'javascript:alert(1)',
        published: '2025-02-25',
        language: 'en',
      },
    ],
    dataset: { id: 'alibaba-2025', name: 'Alibaba AI 2025', version: '1.2.0' },
    ...overrides,
  };
}

export function mark(
  markId: number,
  claimId: string,
  verdict: Mark['annotation']['verdict'],
  text = '380 billion yuan',
  value = 380e9,
): Mark {
  return {
    markId,
    block: `Alibaba said it would spend ${text} on AI.`,
    annotation: {
      text,
      start: 28,
      end: 28 + text.length,
      figure: { text, start: 28, end: 28 + text.length, kind: 'money', value, unit: 'CNY', approx: 'exact' },
      claim: {
        id: claimId,
        subject: 'Alibaba',
        statement: 'Alibaba will invest more than 380 billion yuan',
        kind: 'money',
        value: 380e9,
        unit: 'CNY',
      },
      verdict,
      ...(verdict === 'needs-context' ? { note: 'the February figure, before the raise' } : {}),
    },
  };
}

export function report(overrides: Partial<PageReport> = {}): PageReport {
  return {
    url: 'https://news.example.com/alibaba-ai',
    enabled: true,
    marks: [
      mark(0, 'c-consistent', 'consistent'),
      mark(1, 'c-differs', 'differs', '300 billion yuan', 300e9),
      mark(2, 'c-context', 'needs-context', '380 billion yuan'),
      mark(3, 'c-consistent', 'consistent'),
    ],
    claims: [claim('c-consistent'), claim('c-differs'), claim('c-context')],
    stats: { figures: 42, blocks: 17, read: 5, ms: 3.14 },
    ...overrides,
  };
}

export interface FakePort extends PopupPort {
  calls: {
    showMark: number[];
    setSite: [string, boolean][];
    copied: string[];
    downloads: [string, string][];
  };
  result: ReportResult;
  /** what brokenDatasets answers */
  broken: string[];
  /** what datasetsInUse answers */
  inUse: DatasetInUseRow[];
  fire(): void;
}

export function fakePort(result: ReportResult): FakePort {
  const listeners = new Set<() => void>();
  const port: FakePort = {
    result,
    broken: [],
    inUse: [],
    calls: { showMark: [], setSite: [], copied: [], downloads: [] },
    async brokenDatasets() {
      return port.broken;
    },
    async datasetsInUse() {
      return port.inUse;
    },
    async getReport() {
      return port.result;
    },
    async showMark(markId) {
      port.calls.showMark.push(markId);
      return true;
    },
    async setSiteEnabled(url, enabled) {
      port.calls.setSite.push([url, enabled]);
    },
    async copyText(text) {
      port.calls.copied.push(text);
    },
    download(filename, text) {
      port.calls.downloads.push([filename, text]);
    },
    openOptions() {},
    onPageChanged(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    fire() {
      for (const listener of listeners) listener();
    },
  };
  return port;
}
