import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, ClaimRecord, SourceRecord } from '../../../src/core/claims/types';
import { Card } from '../../../src/ui/card/Card';
import { type Locale, translator } from '../../../src/ui/i18n';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function source(
  publisher: string,
  kind: SourceRecord['kind'],
  extra: Partial<SourceRecord> = {},
): SourceRecord {
  return {
    publisher,
    kind,
    title: `${publisher} story`,
    url: `https://${publisher.toLowerCase().replace(/\W+/g, '')}.example.com/a`,
    published: '2025-08-29',
    language: 'en',
    ...extra,
  };
}

const CLAIM: ClaimRecord = {
  id: 'cloud-jun25',
  subject: { en: 'Alibaba Cloud', zh: '阿里云' },
  statement: {
    en: "Alibaba Cloud's revenue grew 26% year on year in the quarter to June 2025.",
    zh: '2025年4月至6月季度，阿里云收入同比增长26%。',
  },
  figure: { kind: 'percent', value: 26, unit: null, approx: 'exact', direction: 'up' },
  asOf: '2025-08-29',
  rating: 'accurate',
  sources: [
    source('Alibaba Group', 'primary'),
    source('Reuters', 'report'),
    source('anews', 'copy', { copyOf: 'Reuters' }),
    source('HSTong', 'copy', { published: '' }),
  ],
  dataset: { id: 'alibaba-ai-2025', name: 'Alibaba AI and Apsara Conference 2025', version: '1.1.0' },
};

const ANNOTATION: Annotation = {
  text: '26%',
  start: 0,
  end: 3,
  figure: { text: '26%', start: 0, end: 3, kind: 'percent', value: 26, unit: null, approx: 'exact' },
  claim: {
    id: CLAIM.id,
    subject: 'Alibaba Cloud',
    statement: CLAIM.statement.en,
    kind: 'percent',
    value: 26,
    unit: null,
  },
  verdict: 'consistent',
};

async function mount(locale: Locale, annotation: Annotation = ANNOTATION) {
  await act(() => {
    render(
      <Card
        annotation={annotation}
        claim={CLAIM}
        locale={locale}
        t={translator(locale)}
        onClose={() => {}}
      />,
      root,
    );
  });
  return [...root.querySelectorAll<HTMLElement>('[data-testid="source"]')];
}

describe('card: what each source is', () => {
  it.each([
    ['en', ['official release', 'report', 'copy of a Reuters report', 'copy (original not identified)']],
    ['zh_CN', ['官方发布', '报道', 'Reuters报道的转载', '转载（原出处不明）']],
  ] as const)('names the kind of every source in words (%s)', async (locale, words) => {
    const items = await mount(locale);
    const kinds = items.map((li) => li.querySelector('[data-testid="source-kind"]')!.textContent);
    expect(kinds).toEqual(words.map((w) => ` · ${w}`));
  });

  it('reads publisher · kind · date, and leaves out a missing date', async () => {
    const items = await mount('en');
    expect(items[2]!.textContent).toMatch(/^anews · copy of a Reuters report · .*2025/);
    expect(items[3]!.textContent).toMatch(/^HSTong · copy \(original not identified\)HSTong story/);
  });

  it('explains an official release in a tooltip, and nothing else', async () => {
    const items = await mount('en');
    const titles = items.map((li) => li.querySelector('[data-testid="source-kind"]')!.getAttribute('title'));
    expect(titles).toEqual(['from the company, a regulator or an exchange', null, null, null]);
  });
});

describe('card: what the page left unsaid (the annotation flags)', () => {
  const flagged: Annotation = {
    ...ANNOTATION,
    verdict: 'needs-context',
    flags: ['implied-unit', 'event-unplaced'],
    note: 'The page does not state the unit; read in the claim\u2019s currency.',
  };
  const badges = () => [...root.querySelectorAll('[data-testid="flags"] li')].map((li) => li.textContent);

  // [locale, badges, why]
  it.each([
    [
      'en',
      ['Unit not stated on the page', 'Event not stated on the page'],
      'each flag is a badge of its own',
    ],
    ['zh_CN', ['页面未写明单位', '页面未说明事件'], '简体界面用简体'],
    ['zh_TW', ['頁面未寫明單位', '頁面未說明事件'], '繁體界面用繁體'],
  ] as [Locale, string[], string][])('%s: %j (%s)', async (locale, expected) => {
    await mount(locale, flagged);
    expect(badges()).toEqual(expected);
  });

  it('an annotation without flags shows no badges', async () => {
    await mount('en');
    expect(root.querySelector('[data-testid="flags"]')).toBeNull();
  });
});
