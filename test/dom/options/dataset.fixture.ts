/** A small valid claims dataset for import tests (schema of src/core/claims/schema.ts). */
export function validDataset(overrides: Record<string, unknown> = {}) {
  return {
    id: 'test-energy',
    name: 'Test energy claims',
    version: '1.0.0',
    license: 'CC-BY-4.0',
    maintainer: { name: 'ClaimLens tests' },
    subjects: [
      {
        id: 'acme',
        name: { en: 'Acme Power', zh: '艾克美电力' },
        aliases: { en: ['Acme Power', 'Acme'], zh: ['艾克美'] },
      },
    ],
    claims: [
      {
        id: 'acme-capex',
        subject: 'acme',
        topics: { en: ['invest*', 'capex'], zh: ['投资'] },
        statement: { en: 'Acme Power will invest 12 billion dollars.', zh: '艾克美电力将投资120亿美元。' },
        figure: { kind: 'money', value: 12e9, unit: 'USD' },
        asOf: '2025-03-01',
        rating: 'accurate',
        sources: [
          {
            publisher: 'Example Wire',
            kind: 'report',
            title: 'Acme to invest $12bn',
            url: 'https://wire.example.com/acme',
            published: '2025-03-01',
            language: 'en',
          },
        ],
        review: { by: 'Tester', date: '2025-03-02' },
      },
    ],
    ...overrides,
  };
}

/**
 * The next version of validDataset() a subscription receives: its claim re-rated with a note, and a
 * new claim; against a first version with more claims, the others show as removed.
 */
export function updatedDataset() {
  const claim = validDataset().claims[0];
  return validDataset({
    version: '1.1.0',
    claims: [
      { ...claim, rating: 'needs-context', note: { en: 'A five-year plan.', zh: '五年计划。' } },
      {
        ...claim,
        id: 'acme-jobs',
        topics: { en: ['hire*'], zh: ['招聘'] },
        statement: { en: 'Acme Power will hire 300 engineers.', zh: '艾克美电力将招聘300名工程师。' },
        figure: { kind: 'number', value: 300 },
      },
    ],
  });
}
