/** Which day: date references resolved against the page's date, and placement at an event. */
import { describe, expect, test } from 'vitest';
import { dateRefs, placement } from '../../../src/core/claims/dates';

const PAGE = '2025-09-25'; // a Thursday
const DAY_EVENT = { from: '2025-09-24', to: '2025-09-24' };
const QUARTER_EVENT = { from: '2025-04-01', to: '2025-06-30' };
const Q3_EVENT = { from: '2025-07-01', to: '2025-09-30' };
const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };

function windows(text: string, pageDate?: string): string[] {
  return dateRefs(text, pageDate).map(
    (r) => `${text.slice(r.start, r.end)}=${r.from ?? '?'}..${r.to ?? '?'}`,
  );
}

describe('dateRefs', () => {
  test.each([
    // [why, text, page date, windows]
    [
      'a weekday is the latest such day on or before the page',
      'shares rose on Wednesday',
      PAGE,
      ['on Wednesday=2025-09-24..2025-09-24'],
    ],
    ['周三 the same in Chinese', '港股周三收涨', PAGE, ['周三=2025-09-24..2025-09-24']],
    [
      'a weekday on an undated page stays unresolved',
      'shares rose on Wednesday',
      undefined,
      ['on Wednesday=?..?'],
    ],
    [
      'month and day without a year keep month-day',
      'closed on Sept. 24 higher',
      undefined,
      ['Sept. 24=09-24..09-24'],
    ],
    ['9月24日 the same', '9月24日收涨', undefined, ['9月24日=09-24..09-24']],
    [
      'a full date',
      'on September 24, 2025 the shares',
      undefined,
      ['September 24, 2025=2025-09-24..2025-09-24'],
    ],
    ['2025年9月24日', '2025年9月24日收涨', undefined, ['2025年9月24日=2025-09-24..2025-09-24']],
    ['"since" makes a reference point, left out', 'the highest close since September 25, 2021', PAGE, []],
    ['以来 too', '创2021年10月以来新高', PAGE, []],
    [
      'last quarter from the page date',
      'revenue grew last quarter',
      PAGE,
      ['last quarter=2025-04-01..2025-06-30'],
    ],
    ['上季 the same', '上季收入增长', PAGE, ['上季=2025-04-01..2025-06-30']],
    ['a month', 'announced in February', undefined, ['in February=02-01..02-29']],
    ['2月 the same; 3个月 is a duration', '2月宣布，3个月后', undefined, ['2月=02-01..02-29']],
    ['a quarter of a year', '2025年第二季度收入', undefined, ['2025年第二季=2025-04-01..2025-06-30']],
    [
      'yesterday and 昨日',
      'yesterday; 昨日',
      PAGE,
      ['yesterday=2025-09-24..2025-09-24', '昨日=2025-09-24..2025-09-24'],
    ],
    [
      '24日 is the page month',
      '周三（24日）开幕',
      PAGE,
      ['周三=2025-09-24..2025-09-24', '24日=2025-09-24..2025-09-24'],
    ],
  ])('%s', (_why, text, pageDate, expected) => {
    expect(windows(text, pageDate)).toEqual(expected);
  });
});

/** the figure's clause: cut at Chinese commas and semicolons, as the matcher cuts it */
function clauseOf(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !'，；'.includes(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !'，；'.includes(text[end]!)) end++;
  return [start, end];
}

describe('datelines', () => {
  const datelines = (text: string) =>
    dateRefs(text).map((r) => `${text.slice(r.start, r.end)}${r.dateline ? ' (dateline)' : ''}`);
  test.each([
    // [why, text, references]
    [
      'a place in capitals, the date, the agency and a dash',
      'HONG KONG, Nov 14 (Reuters) - Tencent said capex fell in the quarter.',
      ['Nov 14 (dateline)'],
    ],
    [
      'no place, a long dash',
      'Sept. 24, 2025 \u2014 Alibaba said it would spend more.',
      ['Sept. 24, 2025 (dateline)'],
    ],
    [
      'only at the start of its line: a date in a sentence is the day of what it tells',
      'Alibaba said on Sept 24 - its conference day - that it would spend more.',
      ['Sept 24'],
    ],
    [
      'the outlet in 【】 before the date',
      '【财新网】9月24日，阿里巴巴宣布加大投入。',
      ['9月24日 (dateline)'],
    ],
    [
      'agency and place run together, then 电',
      '新华社北京9月24日电 阿里巴巴宣布加大投入。',
      ['9月24日 (dateline)'],
    ],
    ['traditional: 訊', '中央社台北9月24日訊 阿里巴巴宣布加大投入。', ['9月24日 (dateline)']],
    [
      'a date opening a sentence is the day of the event, not a dateline',
      '9月24日，阿里巴巴港股收涨9.16%。',
      ['9月24日'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(datelines(text)).toEqual(expected);
  });
});

describe('placement', () => {
  const place = (text: string, figure: string, event: typeof DAY_EVENT, pageDate?: string) => {
    const at = text.indexOf(figure);
    const span = {
      start: at,
      end: at + figure.length,
      clause: clauseOf(text, at),
      sentence: [0, text.length] as [number, number],
    };
    return placement(dateRefs(text, pageDate), span, event, pageDate);
  };
  test.each([
    [
      'the nearest reference names the event',
      'On Wednesday, September 24, shares closed up 9.16%.',
      '9.16%',
      DAY_EVENT,
      undefined,
      'placed',
    ],
    ['another day', 'Shares jumped 15% on Friday.', '15%', DAY_EVENT, PAGE, 'elsewhere'],
    [
      '2月21日 is another day, whatever the year',
      '港股在2月21日大涨14.56%',
      '14.56%',
      DAY_EVENT,
      undefined,
      'elsewhere',
    ],
    [
      'no reference on a page dated after the event',
      'Shares closed up 9.2%.',
      '9.2%',
      DAY_EVENT,
      PAGE,
      'placed',
    ],
    [
      'no reference on a page dated before the event',
      'Shares closed up 9.2%.',
      '9.2%',
      DAY_EVENT,
      '2025-09-10',
      'unknown',
    ],
    ['no reference on an undated page', '股价收涨9.2%', '9.2%', DAY_EVENT, undefined, 'unknown'],
    [
      'a quarter: a page after its end places it',
      'Cloud revenue grew 26%.',
      '26%',
      QUARTER_EVENT,
      '2025-08-31',
      'placed',
    ],
    [
      'a quarter: another quarter named',
      'Cloud revenue grew 13% in the December quarter of 2024, up from 2023.',
      '13%',
      QUARTER_EVENT,
      PAGE,
      'elsewhere',
    ],
    [
      'a reference after the figure is measured from its end: "in 2024" right after it beats "in 2025" before it',
      'Capex could reach 90 billion yuan in 2025 as against 77 billion yuan in 2024.',
      '77 billion yuan',
      YEAR_2024,
      PAGE,
      'placed',
    ],
    [
      '（2024年）right after 767亿元 beats （2025年）before it',
      '资本开支900亿元（2025年）与767亿元（2024年）',
      '767亿元',
      YEAR_2024,
      PAGE,
      'placed',
    ],
    [
      "the reference in the figure's own clause wins over a nearer one in the next clause",
      '2024年资本开支767亿元，今年预计900亿元',
      '767亿元',
      YEAR_2024,
      PAGE,
      'placed',
    ],
    [
      "a dateline is the page's date, not the figure's day: the quarter is placed on a page after it",
      'HONG KONG, Nov 14 (Reuters) - Tencent said its capex fell 24%.',
      '24%',
      Q3_EVENT,
      '2025-11-14',
      'placed',
    ],
    [
      "on an undated page the dateline stands in for the page's date",
      '【财新网】11月14日，腾讯资本开支同比下降24%。',
      '24%',
      Q3_EVENT,
      undefined,
      'placed',
    ],
    [
      'a dateline before the event places nothing',
      '【财新网】9月10日，阿里巴巴股价收涨9.2%。',
      '9.2%',
      DAY_EVENT,
      undefined,
      'unknown',
    ],
    [
      "a dated dateline resolves the page's relative days",
      'BEIJING, Sept. 25, 2025 (Reuters) - Alibaba shares closed up 9.2% on Wednesday.',
      '9.2%',
      DAY_EVENT,
      undefined,
      'placed',
    ],
  ])('%s', (_why, text, figure, event, pageDate, expected) => {
    expect(place(text, figure, event, pageDate)).toBe(expected);
  });
});
