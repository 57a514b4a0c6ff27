/**
 * Matchers that replaced regexes (direction and approximation words, units, money and number words,
 * grouping, URLs): these cases pin what the regex versions returned, so the hand-written scans stay
 * equivalent. Expected values were produced by the regex-based recognizer.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures';

const CASES: [string, unknown[]][] = [
  [
    'Shares rose 5% on Monday',
    [
      {
        text: '5%',
        start: 12,
        end: 14,
        kind: 'percent',
        value: 5,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    'Sales ROSE by 3.5 percent',
    [
      {
        text: '3.5 percent',
        start: 14,
        end: 25,
        kind: 'percent',
        value: 3.5,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    'the index cut its forecast by 2%',
    [
      {
        text: '2%',
        start: 30,
        end: 32,
        kind: 'percent',
        value: 2,
        unit: null,
        approx: 'exact',
        direction: 'down',
      },
    ],
  ],
  [
    'it cut the forecast sharply by 2%',
    [{ text: '2%', start: 31, end: 33, kind: 'percent', value: 2, unit: null, approx: 'exact' }],
  ],
  [
    'it cut one two three by 2%',
    [{ text: '2%', start: 24, end: 26, kind: 'percent', value: 2, unit: null, approx: 'exact' }],
  ],
  [
    "prices o'rose 4%",
    [
      {
        text: '4%',
        start: 14,
        end: 16,
        kind: 'percent',
        value: 4,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    'profit rose(5%)',
    [{ text: '5%', start: 12, end: 14, kind: 'percent', value: 5, unit: null, approx: 'exact' }],
  ],
  [
    'shares rises5 10%',
    [{ text: '10%', start: 14, end: 17, kind: 'percent', value: 10, unit: null, approx: 'exact' }],
  ],
  [
    'exports fell $3 billion',
    [
      {
        text: '$3 billion',
        start: 13,
        end: 23,
        kind: 'money',
        value: 3000000000,
        unit: 'USD',
        approx: 'exact',
        direction: 'down',
      },
    ],
  ],
  [
    'the company raised $12.9bn',
    [
      {
        text: '$12.9bn',
        start: 19,
        end: 26,
        kind: 'money',
        value: 12900000000,
        unit: 'USD',
        approx: 'exact',
      },
    ],
  ],
  [
    'the company raised its target by $2bn',
    [
      {
        text: '$2bn',
        start: 33,
        end: 37,
        kind: 'money',
        value: 2000000000,
        unit: 'USD',
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  ['up to 5%', [{ text: '5%', start: 6, end: 8, kind: 'percent', value: 5, unit: null, approx: 'under' }]],
  [
    'up tomorrow 5%',
    [{ text: '5%', start: 12, end: 14, kind: 'percent', value: 5, unit: null, approx: 'exact' }],
  ],
  [
    'rates went up  to 5%',
    [{ text: '5%', start: 18, end: 20, kind: 'percent', value: 5, unit: null, approx: 'exact' }],
  ],
  [
    'The Dow rose 200 points, or 0.8%',
    [
      {
        text: '0.8%',
        start: 28,
        end: 32,
        kind: 'percent',
        value: 0.8,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    'The Dow rose 200 points. or 0.8%',
    [{ text: '0.8%', start: 28, end: 32, kind: 'percent', value: 0.8, unit: null, approx: 'exact' }],
  ],
  [
    'The Dow rose 200 points or 0.8%',
    [
      {
        text: '0.8%',
        start: 27,
        end: 31,
        kind: 'percent',
        value: 0.8,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    'The Dow rose 3.5 points, or 0.8%',
    [
      {
        text: '0.8%',
        start: 28,
        end: 32,
        kind: 'percent',
        value: 0.8,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    'The Dow rose5 200 points, or 0.8%',
    [{ text: '0.8%', start: 29, end: 33, kind: 'percent', value: 0.8, unit: null, approx: 'exact' }],
  ],
  [
    'sales fell in a very very long clause of words, or 3%',
    [{ text: '3%', start: 51, end: 53, kind: 'percent', value: 3, unit: null, approx: 'exact' }],
  ],
  [
    'it dropped 5%; or 2%',
    [
      {
        text: '5%',
        start: 11,
        end: 13,
        kind: 'percent',
        value: 5,
        unit: null,
        approx: 'exact',
        direction: 'down',
      },
      { text: '2%', start: 18, end: 20, kind: 'percent', value: 2, unit: null, approx: 'exact' },
    ],
  ],
  [
    'rose $1.20, or 1.5%',
    [
      {
        text: '$1.20',
        start: 5,
        end: 10,
        kind: 'money',
        value: 1.2,
        unit: 'USD',
        approx: 'exact',
        direction: 'up',
      },
      {
        text: '1.5%',
        start: 15,
        end: 19,
        kind: 'percent',
        value: 1.5,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    'a 5% higher price',
    [
      {
        text: '5%',
        start: 2,
        end: 4,
        kind: 'percent',
        value: 5,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    'a 20 percent drop in sales',
    [
      {
        text: '20 percent',
        start: 2,
        end: 12,
        kind: 'percent',
        value: 20,
        unit: null,
        approx: 'exact',
        direction: 'down',
      },
    ],
  ],
  [
    'a 20 percent drop5',
    [{ text: '20 percent', start: 2, end: 12, kind: 'percent', value: 20, unit: null, approx: 'exact' }],
  ],
  [
    'a 3% rise-',
    [
      {
        text: '3%',
        start: 2,
        end: 4,
        kind: 'percent',
        value: 3,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    '4 per cent reduction',
    [
      {
        text: '4 per cent',
        start: 0,
        end: 10,
        kind: 'percent',
        value: 4,
        unit: null,
        approx: 'exact',
        direction: 'down',
      },
    ],
  ],
  [
    'more than $5 billion',
    [
      {
        text: '$5 billion',
        start: 10,
        end: 20,
        kind: 'money',
        value: 5000000000,
        unit: 'USD',
        approx: 'over',
      },
    ],
  ],
  [
    'well over 10%',
    [{ text: '10%', start: 10, end: 13, kind: 'percent', value: 10, unit: null, approx: 'over' }],
  ],
  [
    'just under 3 percent',
    [{ text: '3 percent', start: 11, end: 20, kind: 'percent', value: 3, unit: null, approx: 'under' }],
  ],
  [
    'An estimated 40,000 people',
    [{ text: '40,000', start: 13, end: 19, kind: 'number', value: 40000, unit: null, approx: 'about' }],
  ],
  [
    'xan estimated 40,000 people',
    [{ text: '40,000', start: 14, end: 20, kind: 'number', value: 40000, unit: null, approx: 'about' }],
  ],
  [
    'some 2 million',
    [{ text: '2 million', start: 5, end: 14, kind: 'number', value: 2000000, unit: null, approx: 'about' }],
  ],
  [
    'circa 1,500 jobs',
    [{ text: '1,500', start: 6, end: 11, kind: 'number', value: 1500, unit: null, approx: 'about' }],
  ],
  ['~5%', [{ text: '5%', start: 1, end: 3, kind: 'percent', value: 5, unit: null, approx: 'about' }]],
  [
    'at  least 5%',
    [{ text: '5%', start: 10, end: 12, kind: 'percent', value: 5, unit: null, approx: 'exact' }],
  ],
  ['AT LEAST 5%', [{ text: '5%', start: 9, end: 11, kind: 'percent', value: 5, unit: null, approx: 'over' }]],
  [
    'no more than 7%',
    [{ text: '7%', start: 13, end: 15, kind: 'percent', value: 7, unit: null, approx: 'under' }],
  ],
  [
    'about  10%',
    [{ text: '10%', start: 7, end: 10, kind: 'percent', value: 10, unit: null, approx: 'about' }],
  ],
  ['5% or more', [{ text: '5%', start: 0, end: 2, kind: 'percent', value: 5, unit: null, approx: 'over' }]],
  ['5%+', [{ text: '5%', start: 0, end: 2, kind: 'percent', value: 5, unit: null, approx: 'over' }]],
  ['5%+5', [{ text: '5%', start: 0, end: 2, kind: 'percent', value: 5, unit: null, approx: 'exact' }]],
  [
    '10 percent -plus',
    [{ text: '10 percent', start: 0, end: 10, kind: 'percent', value: 10, unit: null, approx: 'over' }],
  ],
  [
    '10 percent plus',
    [{ text: '10 percent', start: 0, end: 10, kind: 'percent', value: 10, unit: null, approx: 'over' }],
  ],
  ['10% or so', [{ text: '10%', start: 0, end: 3, kind: 'percent', value: 10, unit: null, approx: 'about' }]],
  [
    '10% or somewhat',
    [{ text: '10%', start: 0, end: 3, kind: 'percent', value: 10, unit: null, approx: 'exact' }],
  ],
  [
    '10% OR LESS',
    [{ text: '10%', start: 0, end: 3, kind: 'percent', value: 10, unit: null, approx: 'under' }],
  ],
  [
    '3.5 percentage points',
    [
      {
        text: '3.5 percentage points',
        start: 0,
        end: 21,
        kind: 'percentage_points',
        value: 3.5,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    '3.5 percentage-point',
    [
      {
        text: '3.5 percentage-point',
        start: 0,
        end: 20,
        kind: 'percentage_points',
        value: 3.5,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    '3.5 percentage pointsx',
    [{ text: '3.5 percentage', start: 0, end: 14, kind: 'percent', value: 3.5, unit: null, approx: 'exact' }],
  ],
  [
    '7 per cent',
    [{ text: '7 per cent', start: 0, end: 10, kind: 'percent', value: 7, unit: null, approx: 'exact' }],
  ],
  [
    '7 per-cent',
    [{ text: '7 per-cent', start: 0, end: 10, kind: 'percent', value: 7, unit: null, approx: 'exact' }],
  ],
  ['7 percentagex', []],
  [
    '4 bps',
    [{ text: '4 bps', start: 0, end: 5, kind: 'basis_points', value: 4, unit: null, approx: 'exact' }],
  ],
  [
    '4 bpts',
    [{ text: '4 bpts', start: 0, end: 6, kind: 'basis_points', value: 4, unit: null, approx: 'exact' }],
  ],
  [
    '50 basis points',
    [
      {
        text: '50 basis points',
        start: 0,
        end: 15,
        kind: 'basis_points',
        value: 50,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    '2 ppts',
    [{ text: '2 ppts', start: 0, end: 6, kind: 'percentage_points', value: 2, unit: null, approx: 'exact' }],
  ],
  ['12 times', []],
  [
    '12 times the size',
    [{ text: '12 times', start: 0, end: 8, kind: 'multiple', value: 12, unit: null, approx: 'exact' }],
  ],
  ['12 times a year', []],
  [
    '1.5 times',
    [{ text: '1.5 times', start: 0, end: 9, kind: 'multiple', value: 1.5, unit: null, approx: 'exact' }],
  ],
  ['9-fold', [{ text: '9-fold', start: 0, end: 6, kind: 'multiple', value: 9, unit: null, approx: 'exact' }]],
  ['9 fold', [{ text: '9 fold', start: 0, end: 6, kind: 'multiple', value: 9, unit: null, approx: 'exact' }]],
  ['4x', [{ text: '4x', start: 0, end: 2, kind: 'multiple', value: 4, unit: null, approx: 'exact' }]],
  [
    '30 us dollars',
    [{ text: '30 us dollars', start: 0, end: 13, kind: 'money', value: 30, unit: 'USD', approx: 'exact' }],
  ],
  [
    '9 u.s. dollars',
    [{ text: '9 u.s. dollars', start: 0, end: 14, kind: 'money', value: 9, unit: 'USD', approx: 'exact' }],
  ],
  [
    '2 Hong Kong dollars',
    [
      {
        text: '2 Hong Kong dollars',
        start: 0,
        end: 19,
        kind: 'money',
        value: 2,
        unit: 'HKD',
        approx: 'exact',
      },
    ],
  ],
  ['20 pounds', []],
  [
    '20 pounds sterling',
    [
      {
        text: '20 pounds sterling',
        start: 0,
        end: 18,
        kind: 'money',
        value: 20,
        unit: 'GBP',
        approx: 'exact',
      },
    ],
  ],
  [
    '20 million pounds',
    [
      {
        text: '20 million pounds',
        start: 0,
        end: 17,
        kind: 'money',
        value: 20000000,
        unit: 'GBP',
        approx: 'exact',
      },
    ],
  ],
  ['5 dollarsx', []],
  [
    '8 rupees',
    [{ text: '8 rupees', start: 0, end: 8, kind: 'money', value: 8, unit: 'INR', approx: 'exact' }],
  ],
  [
    '15 dollars and 50 cents',
    [
      {
        text: '15 dollars and 50 cents',
        start: 0,
        end: 23,
        kind: 'money',
        value: 15.5,
        unit: 'USD',
        approx: 'exact',
      },
    ],
  ],
  [
    '15 dollars and 50.',
    [
      {
        text: '15 dollars and 50',
        start: 0,
        end: 17,
        kind: 'money',
        value: 15.5,
        unit: 'USD',
        approx: 'exact',
      },
    ],
  ],
  [
    '10 $ 30 cent',
    [{ text: '10 $ 30 cent', start: 0, end: 12, kind: 'money', value: 10.3, unit: 'USD', approx: 'exact' }],
  ],
  [
    '17 USD 25.',
    [{ text: '17 USD 25', start: 0, end: 9, kind: 'money', value: 17.25, unit: 'USD', approx: 'exact' }],
  ],
  [
    '10 dollars 5 CENTS',
    [
      {
        text: '10 dollars 5 CENTS',
        start: 0,
        end: 18,
        kind: 'money',
        value: 10.05,
        unit: 'USD',
        approx: 'exact',
      },
    ],
  ],
  [
    '3 dollars 4 centsx',
    [{ text: '3 dollars', start: 0, end: 9, kind: 'money', value: 3, unit: 'USD', approx: 'exact' }],
  ],
  [
    'thirteen dollars forty-five cents',
    [
      {
        text: 'thirteen dollars forty-five cents',
        start: 0,
        end: 33,
        kind: 'money',
        value: 13.45,
        unit: 'USD',
        approx: 'exact',
      },
    ],
  ],
  [
    'seven billion',
    [
      {
        text: 'seven billion',
        start: 0,
        end: 13,
        kind: 'number',
        value: 7000000000,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    'Seven Billion dollars',
    [
      {
        text: 'Seven Billion dollars',
        start: 0,
        end: 21,
        kind: 'money',
        value: 7000000000,
        unit: 'USD',
        approx: 'exact',
      },
    ],
  ],
  [
    'tenfold',
    [{ text: 'tenfold', start: 0, end: 7, kind: 'multiple', value: 10, unit: null, approx: 'exact' }],
  ],
  [
    'ten-fold',
    [{ text: 'ten-fold', start: 0, end: 8, kind: 'multiple', value: 10, unit: null, approx: 'exact' }],
  ],
  [
    'Ten-Fold increase',
    [
      {
        text: 'Ten-Fold',
        start: 0,
        end: 8,
        kind: 'multiple',
        value: 10,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  ['tenfolds', []],
  ['ten-folds', []],
  ['ten5', []],
  [
    'half a million',
    [
      {
        text: 'half a million',
        start: 0,
        end: 14,
        kind: 'number',
        value: 500000,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  ['half an hour', []],
  [
    'a quarter of a billion',
    [
      {
        text: 'a quarter of a billion',
        start: 0,
        end: 22,
        kind: 'number',
        value: 250000000,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    'first quarter million',
    [
      {
        text: 'quarter million',
        start: 6,
        end: 21,
        kind: 'number',
        value: 250000,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    'a quarter million',
    [
      {
        text: 'a quarter million',
        start: 0,
        end: 17,
        kind: 'number',
        value: 250000,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    'quarter million',
    [
      {
        text: 'quarter million',
        start: 0,
        end: 15,
        kind: 'number',
        value: 250000,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    'half a percentage point',
    [
      {
        text: 'half a percentage point',
        start: 0,
        end: 23,
        kind: 'percentage_points',
        value: 0.5,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    'half a basis point',
    [
      {
        text: 'half a basis point',
        start: 0,
        end: 18,
        kind: 'basis_points',
        value: 0.5,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    'one million',
    [{ text: 'one million', start: 0, end: 11, kind: 'number', value: 1000000, unit: null, approx: 'exact' }],
  ],
  [
    'a million',
    [{ text: 'a million', start: 0, end: 9, kind: 'number', value: 1000000, unit: null, approx: 'exact' }],
  ],
  [
    '(a million people',
    [{ text: 'a million', start: 1, end: 10, kind: 'number', value: 1000000, unit: null, approx: 'exact' }],
  ],
  ['man million', []],
  [
    'one hundred and twenty-five thousand',
    [
      {
        text: 'one hundred and twenty-five thousand',
        start: 0,
        end: 36,
        kind: 'number',
        value: 125000,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    'one and a half billion',
    [
      {
        text: 'one and a half billion',
        start: 0,
        end: 22,
        kind: 'number',
        value: 1500000000,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    '12,34,567',
    [{ text: '12,34,567', start: 0, end: 9, kind: 'number', value: 1234567, unit: null, approx: 'exact' }],
  ],
  [
    '1,23,45,678',
    [
      {
        text: '1,23,45,678',
        start: 0,
        end: 11,
        kind: 'number',
        value: 12345678,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  ['12,34,5678', []],
  [
    'Rs 12,34,567',
    [
      {
        text: 'Rs 12,34,567',
        start: 0,
        end: 12,
        kind: 'money',
        value: 1234567,
        unit: 'INR',
        approx: 'exact',
      },
    ],
  ],
  ['12,34,567,', []],
  ['https://x.com/5bn', []],
  ['see www.5bn.com now', []],
  [
    'HTTP://x 5%',
    [{ text: '5%', start: 9, end: 11, kind: 'percent', value: 5, unit: null, approx: 'exact' }],
  ],
  [
    'US$53bn',
    [{ text: 'US$53bn', start: 0, end: 7, kind: 'money', value: 53000000000, unit: 'USD', approx: 'exact' }],
  ],
  [
    'HK$ 3 billion',
    [
      {
        text: 'HK$ 3 billion',
        start: 0,
        end: 13,
        kind: 'money',
        value: 3000000000,
        unit: 'HKD',
        approx: 'exact',
      },
    ],
  ],
  [
    'hk $5 million',
    [
      {
        text: 'hk $5 million',
        start: 0,
        end: 13,
        kind: 'money',
        value: 5000000,
        unit: 'HKD',
        approx: 'exact',
      },
    ],
  ],
  [
    '15k\u4e2a\u767e\u5206\u70b9',
    [
      {
        text: '15k\u4e2a\u767e\u5206\u70b9',
        start: 0,
        end: 7,
        kind: 'percentage_points',
        value: 15000,
        unit: null,
        approx: 'exact',
      },
    ],
  ],
  [
    '15k\uff05',
    [{ text: '15k\uff05', start: 0, end: 4, kind: 'percent', value: 15000, unit: null, approx: 'exact' }],
  ],
  ['15k\ufe6a', []],
  [
    '\u540c\u6bd4\u589e\u957f5%',
    [
      {
        text: '5%',
        start: 4,
        end: 6,
        kind: 'percent',
        value: 5,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    '\u8d1f\u589e\u957f5%',
    [
      {
        text: '5%',
        start: 3,
        end: 5,
        kind: 'percent',
        value: -5,
        unit: null,
        approx: 'exact',
        direction: 'down',
      },
    ],
  ],
  [
    '\u4e0b\u964d\u4e86\u7ea63%',
    [
      {
        text: '3%',
        start: 4,
        end: 6,
        kind: 'percent',
        value: 3,
        unit: null,
        approx: 'about',
        direction: 'down',
      },
    ],
  ],
  [
    '\u4e0a\u6da8\u8d85\u8fc72%',
    [
      {
        text: '2%',
        start: 4,
        end: 6,
        kind: 'percent',
        value: 2,
        unit: null,
        approx: 'over',
        direction: 'up',
      },
    ],
  ],
  [
    '\u4e0b\u8c03\u5b58\u6b3e\u51c6\u5907\u91d1\u73870.5\u4e2a\u767e\u5206\u70b9',
    [
      {
        text: '0.5\u4e2a\u767e\u5206\u70b9',
        start: 8,
        end: 15,
        kind: 'percentage_points',
        value: 0.5,
        unit: null,
        approx: 'exact',
        direction: 'down',
      },
    ],
  ],
  [
    '\u4e0b\u8c03\u81f30.5%',
    [{ text: '0.5%', start: 3, end: 7, kind: 'percent', value: 0.5, unit: null, approx: 'exact' }],
  ],
  [
    '\u8d85\u8fc720\u4ebf\u5143',
    [
      {
        text: '20\u4ebf\u5143',
        start: 2,
        end: 6,
        kind: 'money',
        value: 2000000000,
        unit: 'CNY',
        approx: 'over',
      },
    ],
  ],
  [
    '\u5c06\u8fd15%',
    [{ text: '5%', start: 2, end: 4, kind: 'percent', value: 5, unit: null, approx: 'under' }],
  ],
  [
    '\u5927\u7ea63\u500d',
    [{ text: '3\u500d', start: 2, end: 4, kind: 'multiple', value: 3, unit: null, approx: 'about' }],
  ],
  [
    '5%\u4ee5\u4e0a',
    [{ text: '5%', start: 0, end: 2, kind: 'percent', value: 5, unit: null, approx: 'over' }],
  ],
  [
    '5%\u5de6\u53f3',
    [{ text: '5%', start: 0, end: 2, kind: 'percent', value: 5, unit: null, approx: 'about' }],
  ],
  [
    '5\u4e07\u5143\u4ee5\u5185',
    [{ text: '5\u4e07\u5143', start: 0, end: 3, kind: 'money', value: 50000, unit: 'CNY', approx: 'under' }],
  ],
  ['5%\u4e0a|', [{ text: '5%', start: 0, end: 2, kind: 'percent', value: 5, unit: null, approx: 'exact' }]],
  [
    '\u589e\u957f\u4e865\u4e2a\u767e\u5206\u70b9',
    [
      {
        text: '5\u4e2a\u767e\u5206\u70b9',
        start: 3,
        end: 8,
        kind: 'percentage_points',
        value: 5,
        unit: null,
        approx: 'exact',
        direction: 'up',
      },
    ],
  ],
  [
    '\u964d\u606f25\u4e2a\u57fa\u70b9',
    [
      {
        text: '25\u4e2a\u57fa\u70b9',
        start: 2,
        end: 7,
        kind: 'basis_points',
        value: 25,
        unit: null,
        approx: 'exact',
        direction: 'down',
      },
    ],
  ],
];

describe('findFigures: the word and phrase matchers', () => {
  it.each(CASES)('%s', (input, expected) => {
    expect(findFigures(input)).toEqual(expected);
  });
});
