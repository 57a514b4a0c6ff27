/**
 * A block is read in its own language, or its page's: a French or German page writes "3,2" for 3.2,
 * an English or Chinese page writes "1,234" for one thousand two hundred and thirty-four.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { readFigures } from '../../../src/core/read-figures';
import type { Engine } from '../../../src/page/scan';
import { indexBlocks, scanBlock } from './read-block';

const engine: Engine = { findFigures: readFigures, match: () => [] };
const valuesIn = (html: string, lang: string | null) => {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return indexBlocks(document.body).map((block) =>
    scanBlock(block, engine).figures.map((f) => [f.text, f.value, f.unit]),
  );
};

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});

describe('the language a block is read in', () => {
  // [html, page lang, figures of each block, why]
  const CASES: [string, string | null, unknown[][][], string][] = [
    [
      "<p>Le groupe investira 3,2 milliards d'euros.</p>",
      'fr',
      [[["3,2 milliards d'euros", 3.2e9, 'EUR']]],
      "the page's <html lang> says French: the comma is the decimal sign",
    ],
    [
      '<p lang="de">Umsatz: 2,3 Mrd. Euro.</p><p>Revenue of 1,234 million dollars.</p>',
      'en',
      [[['2,3 Mrd. Euro', 2.3e9, 'EUR']], [['1,234 million dollars', 1.234e9, 'USD']]],
      "a block's own lang wins over the page's; its English neighbour reads as before",
    ],
    [
      '<p>Revenue of 1,234 million dollars.</p>',
      null,
      [[['1,234 million dollars', 1.234e9, 'USD']]],
      'no language: read as English',
    ],
    [
      '<p>阿里巴巴将投资３８００亿元。</p>',
      'zh-CN',
      [[['３８００亿元', 3.8e11, 'CNY']]],
      'full-width digits are read through the width fold, the text stays the page’s own',
    ],
  ];
  test.each(CASES)('%s (lang %s)', (html, lang, expected) => {
    expect(valuesIn(html, lang)).toEqual(expected);
  });
});
