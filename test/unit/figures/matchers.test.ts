/**
 * The edges of the recognizer's word and phrase look-ups: where a direction, approximation, unit,
 * money or number word is read and where it stops being one (case, spacing, a letter glued on, a
 * clause break), Indian grouping and URLs. One line per case with why (the format is in ./table.ts);
 * the broad cases are in table.test.ts.
 */
import { describe } from 'vitest';
import { check } from './table';

describe('direction verbs before a figure', () => {
  check([
    ['Shares rose 5% on Monday', '5%|p 5 up', 'a verb right before the figure gives its direction'],
    ['Sales ROSE by 3.5 percent', '3.5 percent|p 3.5 up', 'verbs are read in any case, and "by" may follow'],
    [
      'the index cut its forecast by 2%',
      '2%|p 2 down',
      'up to two words may stand between the verb and "by"',
    ],
    ['it cut the forecast sharply by 2%', '2%|p 2', 'three words between verb and "by" are too many'],
    ['it cut one two three by 2%', '2%|p 2', 'number words count as words between verb and "by"'],
    ["prices o'rose 4%", '4%|p 4 up', 'an apostrophe ends the word before the verb'],
    ['profit rose(5%)', '5%|p 5', 'a verb glued to a bracket is not before the figure'],
    ['shares rises5 10%', '10%|p 10', 'a verb with a digit glued on is not a word'],
    ['exports fell $3 billion', '$3 billion|m 3e9 USD down', 'a strong verb gives an amount its direction'],
    [
      'the company raised $12.9bn',
      '$12.9bn|m 12.9e9 USD',
      '"raised" with an amount says what was raised, not a change',
    ],
    [
      'the company raised its target by $2bn',
      '$2bn|m 2e9 USD up',
      'with "by" the weak verb is a change again',
    ],
    ['up to 5%', '5%|p 5 ~under', '"up to" is a bound, not a rise'],
    ['up tomorrow 5%', '5%|p 5', '"up" followed by another word is no verb of this figure'],
    ['rates went up  to 5%', '5%|p 5', '"up to" with two spaces is still a bound'],
  ]);
});

describe('"or" restating a change', () => {
  check([
    ['The Dow rose 200 points. or 0.8%', '0.8%|p 0.8', 'a full stop ends the clause of the verb'],
    ['The Dow rose 200 points or 0.8%', '0.8%|p 0.8 up', 'the verb carries over "or" in the same clause'],
    ['The Dow rose 3.5 points, or 0.8%', '0.8%|p 0.8 up', 'a decimal point does not end the clause'],
    ['The Dow rose5 200 points, or 0.8%', '0.8%|p 0.8', 'a verb with a digit glued on is no verb'],
    [
      'sales fell in a very very long clause of words, or 3%',
      '3%|p 3',
      'the verb must be within 30 characters of "or"',
    ],
    ['it dropped 5%; or 2%', '5%|p 5 down ; 2%|p 2', 'a semicolon ends the clause of the verb'],
    ['rose $1.20, or 1.5%', '$1.20|m 1.2 USD up ; 1.5%|p 1.5 up', 'the second figure restates the first'],
  ]);
});

describe('direction words after a figure', () => {
  check([
    ['a 5% higher price', '5%|p 5 up', '"higher" right after a figure gives its direction'],
    ['a 20 percent drop in sales', '20 percent|p 20 down', 'a noun after the unit does too'],
    ['a 20 percent drop5', '20 percent|p 20', 'not with a digit glued on'],
    ['a 3% rise-', '3%|p 3 up', 'a hyphen ends the word'],
    ['4 per cent reduction', '4 per cent|p 4 down', 'nouns that only follow a figure count too'],
  ]);
});

describe('approximation before a figure', () => {
  check([
    ['more than $5 billion', '$5 billion|m 5e9 USD ~over', 'more than: over'],
    ['well over 10%', '10%|p 10 ~over', 'the longest phrase wins over its tail ("over")'],
    ['just under 3 percent', '3 percent|p 3 ~under', 'just under: under'],
    ['An estimated 40,000 people', '40,000|n 40000 ~about', 'phrases are read in any case'],
    ['xan estimated 40,000 people', '40,000|n 40000 ~about', '"estimated" alone still means about'],
    ['some 2 million', '2 million|n 2e6 ~about', '"some" before a number means about'],
    ['circa 1,500 jobs', '1,500|n 1500 ~about', 'circa: about'],
    ['~5%', '5%|p 5 ~about', 'a tilde means about'],
    ['at  least 5%', '5%|p 5', 'two spaces inside a phrase break it'],
    ['AT LEAST 5%', '5%|p 5 ~over', 'capitals do not'],
    ['no more than 7%', '7%|p 7 ~under', 'no more than: under, not over'],
    ['about  10%', '10%|p 10 ~about', 'spaces between the phrase and the figure are fine'],
  ]);
});

describe('approximation after a figure', () => {
  check([
    ['5% or more', '5%|p 5 ~over', 'or more: over'],
    ['5%+', '5%|p 5 ~over', 'a plus after the figure means over'],
    ['5%+5', '5%|p 5', 'a plus before a digit is the sign of the next number'],
    ['10 percent -plus', '10 percent|p 10 ~over', '-plus: over'],
    ['10 percent plus', '10 percent|p 10 ~over', 'plus: over'],
    ['10% or so', '10%|p 10 ~about', 'or so: about'],
    ['10% or somewhat', '10%|p 10', '"or so" must end at a word end'],
    ['10% OR LESS', '10%|p 10 ~under', 'phrases after a figure are read in any case'],
  ]);
});

describe('unit words', () => {
  check([
    ['3.5 percentage-point', '3.5 percentage-point|pp 3.5', 'the hyphenated singular is percentage points'],
    [
      '3.5 percentage pointsx',
      '3.5 percentage|p 3.5',
      'a letter glued on breaks "points": the percent stays',
    ],
    ['7 per cent', '7 per cent|p 7', 'per cent in two words'],
    ['7 per-cent', '7 per-cent|p 7', 'per-cent with a hyphen'],
    ['7 percentagex', '', 'a unit word with a letter glued on is no unit'],
    ['4 bps', '4 bps|bp 4', 'bps: basis points'],
    ['4 bpts', '4 bpts|bp 4', 'bpts: basis points'],
    ['2 ppts', '2 ppts|pp 2', 'ppts: percentage points'],
  ]);
});

describe('times and fold', () => {
  check([
    ['12 times', '', 'a whole number of times counts occasions'],
    ['12 times the size', '12 times|x 12', 'a comparison after it makes a multiple'],
    ['12 times a year', '', '"a year" is no comparison'],
    ['1.5 times', '1.5 times|x 1.5', 'a fraction of times is always a multiple'],
    ['9-fold', '9-fold|x 9', 'digits and -fold'],
    ['9 fold', '9 fold|x 9', 'digits, a space and fold'],
    ['4x', '4x|x 4', 'x glued to the digits'],
    ['Ten-Fold increase', 'Ten-Fold|x 10 up', 'a number word with -fold, in any case; "increase" after it'],
    ['tenfolds', '', 'the word must end after fold'],
    ['ten-folds', '', 'also after -fold'],
    ['ten5', '', 'a number word with a digit glued on is not a word'],
  ]);
});

describe('money words after a number', () => {
  check([
    ['30 us dollars', '30 us dollars|m 30 USD', 'a two-word money name'],
    ['9 u.s. dollars', '9 u.s. dollars|m 9 USD', 'with the dots of U.S.'],
    ['2 Hong Kong dollars', '2 Hong Kong dollars|m 2 HKD', 'a money name in capitals'],
    ['20 pounds', '', '"pounds" alone may be a weight'],
    ['20 pounds sterling', '20 pounds sterling|m 20 GBP', '"sterling" makes it money'],
    ['20 million pounds', '20 million pounds|m 20e6 GBP', 'so does a scale word'],
    ['5 dollarsx', '', 'a money word with a letter glued on is no money word'],
    ['8 rupees', '8 rupees|m 8 INR', 'a plural money word'],
  ]);
});

describe('cents after whole dollars', () => {
  check([
    ['15 dollars and 50 cents', '15 dollars and 50 cents|m 15.5 USD', 'and, then cents'],
    ['15 dollars and 50.', '15 dollars and 50|m 15.5 USD', 'without "cents" the number must end the clause'],
    ['10 $ 30 cent', '10 $ 30 cent|m 10.3 USD', 'after a sign, and "cent" in the singular'],
    ['10 dollars 5 CENTS', '10 dollars 5 CENTS|m 10.05 USD', '"cents" in capitals'],
    ['3 dollars 4 centsx', '3 dollars|m 3 USD', 'a letter glued to "cents" leaves the cents out'],
  ]);
});

describe('number words', () => {
  check([
    ['seven billion', 'seven billion|n 7e9', 'a spelled-out scaled count'],
    ['Seven Billion dollars', 'Seven Billion dollars|m 7e9 USD', 'in capitals, with a money word'],
    ['half an hour', '', 'half of something that is no scale'],
    [
      'a quarter of a billion',
      'a quarter of a billion|n 250e6',
      'a quarter of a scale, its article included',
    ],
    [
      'first quarter million',
      'quarter million|n 250000',
      'without an article, a scale after "quarter" makes it a number',
    ],
    ['a quarter million', 'a quarter million|n 250000', 'a quarter and a scale without "of"'],
    ['quarter million', 'quarter million|n 250000', 'no article at all'],
    ['half a basis point', 'half a basis point|bp 0.5', 'half a point word'],
    ['one million', 'one million|n 1e6', '"one" before a scale'],
    ['a million', 'a million|n 1e6', '"a" before a scale'],
    ['(a million people', 'a million|n 1e6', 'a bracket before the article is not part of it'],
    ['man million', '', '"an" inside a word is no article'],
    [
      'one hundred and twenty-five thousand',
      'one hundred and twenty-five thousand|n 125000',
      '"and" and a hyphen inside a spelled-out number',
    ],
  ]);
});

describe('Indian grouping', () => {
  check([
    ['12,34,567', '12,34,567|n 1234567', 'lakh grouping: two digits, then three at the end'],
    ['1,23,45,678', '1,23,45,678|n 12345678', 'crore grouping'],
    ['12,34,5678', '', 'four digits at the end is no grouping'],
    ['Rs 12,34,567', 'Rs 12,34,567|m 1234567 INR', 'with the rupee prefix'],
    ['12,34,567,', '', 'a comma after the last group leaves it open'],
  ]);
});

describe('URLs and dollar prefixes', () => {
  check([
    ['https://x.com/5bn', '', 'numbers inside a URL are not figures'],
    ['see www.5bn.com now', '', 'nor inside a www. address'],
    ['HTTP://x 5%', '5%|p 5', 'the URL ends at the space'],
    ['HK$ 3 billion', 'HK$ 3 billion|m 3e9 HKD', 'a space between the dollar and the number'],
    ['hk $5 million', 'hk $5 million|m 5e6 HKD', 'a space between the prefix letters and the dollar'],
  ]);
});

describe('a k before a percent', () => {
  check([
    ['15k个百分点', '15k个百分点|pp 15000', 'k scales a number before 个百分点'],
    ['15k％', '15k％|p 15000', 'and before a full-width percent sign'],
    ['15k﹪', '', 'but not before the small percent sign'],
  ]);
});

describe('Chinese direction and approximation words', () => {
  check([
    ['同比增长5%', '5%|p 5 up', '同比增长: up'],
    ['负增长5%', '5%|p -5 down', '负增长 negates the figure'],
    ['下降了约3%', '3%|p 3 ~about down', '了 and 约 may stand between the verb and the figure'],
    ['上涨超过2%', '2%|p 2 ~over up', '超过 between verb and figure: over'],
    ['下调至0.5%', '0.5%|p 0.5', '至 gives the new level, not the change'],
    ['超过20亿元', '20亿元|m 2e9 CNY ~over', '超过 before an amount: over'],
    ['将近5%', '5%|p 5 ~under', '将近: under'],
    ['大约3倍', '3倍|x 3 ~about', '大约: about'],
    ['5%以上', '5%|p 5 ~over', '以上 after the figure: over'],
    ['5%左右', '5%|p 5 ~about', '左右: about'],
    ['5万元以内', '5万元|m 50000 CNY ~under', '以内: under'],
    ['5%上|', '5%|p 5', '上 alone after a figure is no approximation'],
    ['增长了5个百分点', '5个百分点|pp 5 up', 'a verb before percentage points'],
  ]);
});
