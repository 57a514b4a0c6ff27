import { afterEach, expect, test } from 'vitest';
import { isoDay, publishedDate } from '../../../src/page/page-date';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

test.each([
  ['<meta property="article:published_time" content="2019-09-07T13:43:45+08:00">', '', '2019-09-07'],
  ['<meta itemprop="datePublished" content="2019-11-19T13:21:00.000Z">', '', '2019-11-19'],
  ['<meta name="date" content="2014-12-22T20:15:00-05:00">', '', '2014-12-22'],
  [
    '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-09-24T10:00:00Z"}]}</script>',
    '',
    '2025-09-24',
  ],
  [
    '<script type="application/ld+json">{broken</script>',
    '<time itemprop="datePublished" datetime="2023-08-30T16:45+0100">',
    '2023-08-30',
  ],
  // a <time> of a related story in the sidebar is not the page's date
  ['', '<aside><time datetime="2022-10-20T04:01:13Z">Oct 20</time></aside>', undefined],
  ['<meta property="article:published_time" content="yesterday">', '', undefined],
])('%s %s -> %s', (head, body, expected) => {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  expect(publishedDate(document)).toBe(expected);
});

test.each([
  ['2025-09-24', '2025-09-24'],
  ['2025-13-01', undefined],
  ['1800-01-01', undefined],
  ['  2001-10-29T01:59:14Z', '2001-10-29'],
  [null, undefined],
])('isoDay(%s)', (text, expected) => {
  expect(isoDay(text)).toBe(expected);
});
