/**
 * A traditional-Chinese page (a short Hong Kong-style page written for this test) in a browser whose
 * UI is English: the figures are marked through the dataset's compiled traditional forms, and the
 * card and the popup show the claim's statement in traditional script with English labels.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDatasets } from '../../src/cli/datasets-fs';
import { compileDatasets } from '../../src/core/claims/compile';
import { openccConverter } from '../../src/platform/opencc-converter';
import { BROWSER, drawnMarks, type Harness, openCard, ROOT, startHarness, tabIdOf, waitFor } from './harness';

let harness: Harness;
let statementHant: string;

beforeAll(async () => {
  const { datasets } = await readDatasets([resolve(ROOT, 'data/claims')]);
  const index = compileDatasets(datasets, openccConverter());
  statementHant = index.claims.find((c) => c.record.id === 'capex-380')!.record.statement.zhHant!;
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe(`a traditional-Chinese page in ${BROWSER}`, () => {
  test('marks 3800億元人民幣 for the CEO named in traditional characters, and shows the statement in traditional script', async () => {
    const url = `${harness.server.url}/pages/hk-traditional.html`;
    const page = await harness.browser.newPage(url);
    const marks = await waitFor('marks in the traditional page', async () => {
      const found = await drawnMarks(page);
      return found.some((m) => m.text === '3800億元人民幣') ? found : undefined;
    });
    // the other company's 3800億元人民幣 names no subject: unmarked
    const capex = marks.filter((m) => m.text === '3800億元人民幣');
    expect(capex).toHaveLength(1);
    expect(marks.some((m) => m.text === '9.16%')).toBe(true);

    await page.mouseMove(
      capex[0]!.rect.x + capex[0]!.rect.width / 2,
      capex[0]!.rect.y + capex[0]!.rect.height / 2,
    );
    const card = await waitFor('the hover card', () => openCard(page));
    expect(card.statement).toBe(statementHant);
    expect(card.statement).toMatch(/億/);
    expect(card.verdict).toMatch(/agrees/i);
    expect(card.text).toContain('Sources');

    const tabId = await tabIdOf(harness.browser, url);
    const popup = await harness.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const statements = await waitFor('claims in the popup', async () => {
      const found = await popup.evaluate(() =>
        [...document.querySelectorAll('[data-testid="claim-statement"]')].map((p) => p.textContent ?? ''),
      );
      return found.length > 0 ? found : undefined;
    });
    expect(statements).toContain(statementHant);
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Claims on this page');
    expect(popup.errors).toEqual([]);
    await popup.close();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
