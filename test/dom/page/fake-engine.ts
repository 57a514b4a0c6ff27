/** A stand-in engine for DOM tests of the page layer: "N billion yuan" figures, all tied to one claim. */
import type { Annotation, ClaimRecord } from '../../../src/core/claims/types';
import type { Figure } from '../../../src/core/figures/types';
import type { PageAppOptions } from '../../../src/page/app';
import type { Engine } from '../../../src/page/scan';
import { translator } from '../../../src/ui/i18n';

export const CLAIM: ClaimRecord = {
  id: 'capex-380',
  subject: { en: 'Alibaba', zh: '\u963f\u91cc\u5df4\u5df4' },
  statement: {
    en: 'Alibaba will invest 380 billion yuan in AI infrastructure',
    zh: '\u6295\u51653800\u4ebf\u5143',
  },
  figure: { kind: 'money', value: 380e9, unit: 'CNY', approx: 'exact' },
  asOf: '2025-02-24',
  rating: 'accurate',
  sources: [
    {
      publisher: 'Xinhua',
      kind: 'report',
      title: 'Alibaba to invest',
      url: 'https://en.people.cn/n3/2025/0224/c90000-20280703.html',
      published: '2025-02-24',
      language: 'en',
    },
    {
      publisher: 'Evil',
      kind: 'report',
      title: 'script link',
      url: 'javascript:alert(1)',
      published: '2025-02-24',
      language: 'en',
    },
  ],
  dataset: { id: 'demo', name: 'Demo claims', version: '1.0.0' },
};

export const fakeEngine: Engine = {
  findFigures(text) {
    const figures: Figure[] = [];
    for (const m of text.matchAll(/(\d+) billion yuan/g)) {
      figures.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        kind: 'money',
        value: Number(m[1]) * 1e9,
        unit: 'CNY',
        approx: 'exact',
      });
    }
    return figures;
  },
  match(text, figures) {
    if (!/Alibaba/.test(text)) return [];
    return figures.map(
      (figure): Annotation => ({
        text: figure.text,
        start: figure.start,
        end: figure.end,
        figure,
        claim: {
          id: CLAIM.id,
          subject: 'Alibaba',
          statement: CLAIM.statement.en,
          kind: 'money',
          value: 380e9,
          unit: 'CNY',
        },
        verdict: figure.value === 380e9 ? 'consistent' : 'differs',
      }),
    );
  },
};

/** PageApp options over the fake engine and its one claim, in English; tests override what they need. */
export function fakeAppOptions(overrides: Partial<PageAppOptions> = {}): PageAppOptions {
  return {
    doc: document,
    engine: fakeEngine,
    claim: (id) => (id === CLAIM.id ? CLAIM : undefined),
    locale: 'en',
    t: translator('en'),
    highlightStyle: 'underline',
    showConsistent: true,
    onSummary: () => {},
    onError: (where, error) => {
      throw new Error(`${where}: ${String(error)}`);
    },
    ...overrides,
  };
}

/** An event as the browser sends it for the reader's own input (happy-dom has no isTrusted). */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
