/** The card names the dataset a claim comes from, and says when the reader imported it (item 3). */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Annotation, ClaimRecord } from '../../../src/core/claims/types';
import { Card } from '../../../src/ui/card/Card';
import { translator } from '../../../src/ui/i18n';
import { CLAIM } from '../page/fake-engine';

const annotation = (claim: ClaimRecord): Annotation =>
  ({
    start: 0,
    end: 15,
    text: '380 billion yuan',
    figure: {
      kind: 'money',
      value: 380e9,
      unit: 'CNY',
      approx: 'exact',
      text: '380 billion yuan',
      start: 0,
      end: 15,
    },
    claim: { id: claim.id },
    verdict: 'consistent',
  }) as unknown as Annotation;

function footer(claim: ClaimRecord, locale: 'en' | 'zh_CN' = 'en'): string {
  const root = document.createElement('div');
  render(
    <Card
      annotation={annotation(claim)}
      claim={claim}
      locale={locale}
      t={translator(locale)}
      onClose={() => {}}
    />,
    root,
  );
  const text = root.querySelector('footer.dataset')!.textContent!;
  render(null, root);
  return text;
}

const IMPORTED: ClaimRecord = { ...CLAIM, dataset: { ...CLAIM.dataset, imported: true } };

describe('card: the claim’s dataset', () => {
  it.each([
    ['a bundled claim: its dataset', CLAIM, 'en', 'Dataset: Demo claims 1.0.0'],
    ['an imported one says so', IMPORTED, 'en', 'Dataset: Demo claims 1.0.0, imported by you'],
    ['in Chinese too', IMPORTED, 'zh_CN', '数据集：Demo claims 1.0.0（由你导入）'],
  ] as const)('%s', (_why, claim, locale, text) => {
    expect(footer(claim as ClaimRecord, locale)).toBe(text);
  });
});
