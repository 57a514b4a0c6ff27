/**
 * Forms of financial writing beyond the spec files: signs written as words, financial-table notation,
 * number words in money, Chinese lists and colloquial money, crypto-assets, European formats chosen by
 * the page's language. One line per case with why (the format is in ./table.ts); each group is a
 * category of writing, and the sentences are our own, modelled on filings, wire stories and notices.
 */
import { describe } from 'vitest';
import { check } from './table';

describe('signs in words', () => {
  check([
    [
      'Real growth came in at negative 3% last year.',
      'negative 3%|p -3 down',
      '"negative" is a minus written as a word',
    ],
    ['The index returned minus 2.5 per cent.', 'minus 2.5 per cent|p -2.5 down', 'so is "minus"'],
    [
      'Margins were minus five percent in March.',
      'minus five percent|p -5 down',
      'before a spelled-out number too',
    ],
    [
      'Exports were down 2 per cent on the year.',
      '2 per cent|p 2 down',
      '"down" is a direction, the value stays positive',
    ],
    ['a margin of error of plus or minus 3%', '3%|p 3', '"plus or minus" is a margin, not a sign'],
    ['净利润减少5%', '5%|p 5 down', '减少 is a direction'],
    ['增速为负3%', '负3%|p -3 down', '负 is a minus'],
    ['the aminus 5% grade', '5%|p 5', '"minus" must be a word of its own'],
  ]);
});

describe('financial-table notation', () => {
  check([
    ['Revenue of 75 USD million was booked.', '75 USD million|m 75e6 USD', 'a code, then the scale'],
    ['Net debt: 3.2 EUR bn', '3.2 EUR bn|m 3.2e9 EUR', 'a scale abbreviation after the code'],
    ['Capex, US$m 12', 'US$m 12|m 12e6 USD', 'a scale on the dollar sign before the number'],
    ['Total assets HK$bn 5.4', 'HK$bn 5.4|m 5.4e9 HKD', 'billions of Hong Kong dollars'],
    ['Provisions (€m) €m 40', '€m 40|m 40e6 EUR', 'millions of euros; the header is not read'],
    ['Goodwill £bn 2', '£bn 2|m 2e9 GBP', 'billions of pounds'],
    ['Cash USDm 5', 'USDm 5|m 5e6 USD', 'm glued to the code'],
    ['Loans RMBbn 30', 'RMBbn 30|m 30e9 CNY', 'bn glued to the code'],
    ['Revenue MAUD 60', 'MAUD 60|m 60e6 AUD', 'M before the code: millions'],
    ['USD50 per share', 'USD50|m 50 USD', 'a code glued to the amount'],
    ['a $1MM round', '$1MM|m 1e6 USD', 'MM is a million'],
    ['75 USD a month', '75 USD|m 75 USD', 'a word after the code is no scale'],
  ]);
});

describe('number words in money', () => {
  check([
    [
      'three quarters of a billion dollars',
      'three quarters of a billion dollars|m 750e6 USD',
      'a count of quarters of a scale',
    ],
    ['two-thirds of a million people', 'two-thirds of a million|n 666666.666667', 'thirds, hyphenated'],
    ['half a billion yuan', 'half a billion yuan|m 500e6 CNY', 'half of a scale'],
    ['three quarters of the shares', '', 'quarters of something that is no scale'],
  ]);
});
