/**
 * Whether a text could hold a figure at all: a digit (any script's, full-width too), a Chinese
 * numeral, or the start of an English number word ("seven", "tenfold", "half", "million"). A
 * changed block that holds none of these can have no mark, so the page watcher does not read it.
 * It is wider than the recognizer, never narrower (a property test checks it against findFigures).
 */

/** 零〇一二两三四五六七八九, 大写 壹贰叁肆伍陆柒捌玖, traditional 兩貳參叄陸, units 十拾百佰千仟万萬亿億兆 */
const CHINESE_NUMERALS = '零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖兩貳參叄陸十拾百佰千仟万萬亿億兆';

const ENGLISH_NUMBER_WORDS = [
  'zero one two three four five six seven eight nine ten eleven twelve',
  'thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
  'twenty thirty forty fifty sixty seventy eighty ninety',
  'hundred thousand million billion trillion lakh crore dozen half quarter',
  'twice double triple quadruple',
].join(' ');

const FIGURE_HINT = new RegExp(
  `[\\p{Nd}${CHINESE_NUMERALS}]|\\b(?:${ENGLISH_NUMBER_WORDS.split(' ').join('|')})`,
  'iu',
);

export function mayHoldFigure(text: string): boolean {
  return FIGURE_HINT.test(text);
}
