/**
 * Which day: the date references of a text ("on Monday", "Sept. 24", "last quarter", "9月24日",
 * "上季", "2月") resolved against the page's date, and whether they place a figure at a claim's
 * event. Pure.
 *
 * A reference is a window of days. Absolute dates without a year ("September 24", "9月24日") keep
 * only their month and day and are compared in the event's year; relative ones ("on Monday",
 * "yesterday", "上周") need the page's date and are unresolved without it. A reference introduced
 * by "since" / followed by 以来 is a reference point ("highest since 2021"), not a placement.
 *
 * A dateline ("BEIJING, Sept 24 (Reuters) -", "【财新网】9月24日", "新华社北京9月24日电") is the page's
 * date, not a placement of any figure: it is never the reference nearest a figure, and on a page
 * that states no date of its own it stands in for it.
 */

export interface DateRef {
  start: number;
  end: number;
  /** ISO days (inclusive), or month-day ("09-24") when `yearless`; null when unresolved */
  from: string | null;
  to: string | null;
  yearless: boolean;
  /** the date a story is filed at, at the start of its first line: the page's date */
  dateline?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
/** 日/天 Sunday, 一 … 六 Monday … Saturday */
const ZH_WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const ZH_QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const PATTERNS: [RegExp, string][] = [
  [new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gi'), 'mdy'],
  [new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}(?:\\s+(\\d{4}))?`, 'gi'), 'dmy'],
  [
    new RegExp(`\\b(?:in|since|from|during|of|last|this)\\s+${MONTH_NAME}(?:\\s+(\\d{4}))?\\b`, 'gi'),
    'month',
  ],
  [/\b(?:on\s+|last\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi, 'weekday'],
  [/\b(today|yesterday|this morning|this afternoon|overnight)\b/gi, 'relday'],
  [/\b(last|previous|this|the latest|the most recent) (quarter|month|year|week)\b/gi, 'relspan'],
  [/\b(?:in|since|by|of)\s+((?:19|20)\d{2})\b/gi, 'year'],
  [/(\d{4})年(\d{1,2})月(\d{1,2})日/g, 'zh-ymd'],
  [/(\d{4})年第?([一二三四1-4])季/g, 'zh-yq'],
  [/(\d{4})年(\d{1,2})月/g, 'zh-ym'],
  [/(?<![\d年])(\d{1,2})月(\d{1,2})日/g, 'zh-md'],
  [/(?<![\d月年个個])(\d{1,2})月(?!\d)/g, 'zh-m'],
  [/(?<![\d月])(\d{1,2})日/g, 'zh-d'],
  [/(?<!\d)((?:19|20)\d{2})年(?![\d第])/g, 'zh-y'],
  [/(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])/g, 'zh-weekday'],
  [/(今日|今天|今早|今晨|昨日|昨天|昨晚|隔夜)/g, 'zh-relday'],
  [/(上周|上週|本周|本週|上月|本月|上季|上一季|本季|今年|去年)/g, 'zh-relspan'],
];

const SINCE_BEFORE = /(?:since|from|自|从|從)\s*$/i;
const SINCE_AFTER = /^\s*(?:以来|以來|起)/;

/** the kinds of reference a dateline is written with: a day of a month */
const DATELINE_KINDS = new Set(['mdy', 'dmy', 'zh-md', 'zh-ymd']);
/** before an English dateline's date, from the start of its line: a place in capitals and a comma ("NEW YORK/BEIJING, ") */
const EN_DATELINE_PLACE = /^\s*(?:[A-Z][A-Za-z.'\u2019&-]*(?:[ /][A-Z][A-Za-z.'\u2019&-]*)*,\s*)?$/;
/** after it: an optional year, an optional agency in brackets, then a dash ("Nov 14 (Reuters) -") */
const EN_DATELINE_DASH = /^(?:,?\s*\d{4})?\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-\u2013\u2014])/;
/** before a Chinese one: the outlet in 【】 or [] ("【财新网】9月24日") */
const ZH_DATELINE_BRACKET = /^\s*(?:\u3010[^\u3011\n]{1,20}\u3011|\[[^\]\n]{1,20}\])\s*$/;
/** or the agency and place run together, then 电/讯/消息 after the date ("新华社北京9月24日电") */
const ZH_DATELINE_AGENCY = /^\s*[^\s\d\u3002\uff0c\uff01\uff1f\u3001\uff1b\uff1a,.;:]{0,16}$/;
const ZH_DATELINE_FILED = /^\s*(?:电|電|讯|訊|消息)/;
/** how far a line's start is looked for before a date (a dateline's place and outlet are short) */
const DATELINE_REACH = 48;

const LINE_ENDS = new Set(['\n', '\u3002', '\uff01', '\uff1f']); // line break 。！？

/** Where the line (or Chinese sentence) holding `at` starts, when within DATELINE_REACH; else -1. */
function startOfLine(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (at - i > DATELINE_REACH) return -1;
    if (LINE_ENDS.has(text[i]!)) return i + 1;
  }
  return at <= DATELINE_REACH ? 0 : -1;
}

/** Whether the date at [start, end) is a dateline: first on its line, written as one. */
function isDateline(text: string, start: number, end: number, kind: string): boolean {
  if (!DATELINE_KINDS.has(kind)) return false;
  const lineStart = startOfLine(text, start);
  if (lineStart < 0) return false;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, end + 48);
  if (kind === 'mdy' || kind === 'dmy') return EN_DATELINE_PLACE.test(before) && EN_DATELINE_DASH.test(after);
  return (
    ZH_DATELINE_BRACKET.test(before) || (ZH_DATELINE_AGENCY.test(before) && ZH_DATELINE_FILED.test(after))
  );
}

interface Resolved {
  from: string | null;
  to: string | null;
  yearless: boolean;
}

function monthWindow(y: number | null, m: number): Resolved {
  if (!(m >= 1 && m <= 12)) return { from: null, to: null, yearless: false };
  if (y === null) return { from: `${pad(m)}-01`, to: `${pad(m)}-${pad(lastDay(2024, m))}`, yearless: true };
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}`, yearless: false };
}

function dayWindow(y: number | null, m: number, d: number): Resolved {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return { from: null, to: null, yearless: false };
  const text = y === null ? `${pad(m)}-${pad(d)}` : `${y}-${pad(m)}-${pad(d)}`;
  return { from: text, to: text, yearless: y === null };
}

const unresolved: Resolved = { from: null, to: null, yearless: false };

/** A relative span ("last quarter", "上月") as days, from the page's date. */
function relativeSpan(
  page: Date,
  which: 'last' | 'this',
  unit: 'quarter' | 'month' | 'year' | 'week',
): Resolved {
  const y = page.getUTCFullYear();
  const m = page.getUTCMonth() + 1;
  const back = which === 'last' ? 1 : 0;
  if (unit === 'year') return { from: `${y - back}-01-01`, to: `${y - back}-12-31`, yearless: false };
  if (unit === 'month') return monthWindow(m - back < 1 ? y - 1 : y, ((m - back + 11) % 12) + 1);
  if (unit === 'week') {
    const end = new Date(page.getTime() - back * 7 * 864e5);
    const start = new Date(end.getTime() - 6 * 864e5);
    return { from: iso(start), to: iso(back ? end : page), yearless: false };
  }
  let q = Math.floor((m - 1) / 3) + 1 - back;
  let qy = y;
  if (q < 1) {
    q = 4;
    qy--;
  }
  return {
    from: `${qy}-${pad(q * 3 - 2)}-01`,
    to: `${qy}-${pad(q * 3)}-${pad(lastDay(qy, q * 3))}`,
    yearless: false,
  };
}

function weekday(page: Date | null, target: number): Resolved {
  if (!page) return unresolved;
  const back = (page.getUTCDay() - target + 7) % 7;
  const d = iso(new Date(page.getTime() - back * 864e5));
  return { from: d, to: d, yearless: false };
}

function resolve(kind: string, m: RegExpExecArray, page: Date | null): Resolved {
  const num = (i: number) => (m[i] === undefined ? null : Number(m[i]));
  const month = (i: number) => MONTHS[(m[i] ?? '').toLowerCase().replace('.', '').slice(0, 3)] ?? 0;
  switch (kind) {
    case 'mdy':
      return dayWindow(num(3), month(1), num(2)!);
    case 'dmy':
      return dayWindow(num(3), month(2), num(1)!);
    case 'month':
      return monthWindow(num(2), month(1));
    case 'year':
    case 'zh-y':
      return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, yearless: false };
    case 'weekday':
      return weekday(page, WEEKDAYS[m[1]!.toLowerCase()]!);
    case 'zh-weekday':
      return weekday(page, ZH_WEEKDAYS[m[1]!]!);
    case 'zh-ymd':
      return dayWindow(num(1), num(2)!, num(3)!);
    case 'zh-ym':
      return monthWindow(num(1), num(2)!);
    case 'zh-yq': {
      const q = ZH_QUARTERS[m[2]!]!;
      const y = num(1)!;
      return {
        from: `${y}-${pad(q * 3 - 2)}-01`,
        to: `${y}-${pad(q * 3)}-${pad(lastDay(y, q * 3))}`,
        yearless: false,
      };
    }
    case 'zh-md':
      return dayWindow(null, num(1)!, num(2)!);
    case 'zh-m':
      return monthWindow(null, num(1)!);
    case 'zh-d':
      return page ? dayWindow(page.getUTCFullYear(), page.getUTCMonth() + 1, num(1)!) : unresolved;
    default:
      return page ? relative(kind, m[1]!.toLowerCase(), m[2]?.toLowerCase(), page) : unresolved;
  }
}

function relative(kind: string, word: string, unit: string | undefined, page: Date): Resolved {
  const today = iso(page);
  const yesterday = iso(new Date(page.getTime() - 864e5));
  if (kind === 'relday' || kind === 'zh-relday') {
    const past = /^(yesterday|overnight|昨|隔夜)/.test(word);
    const d = past ? yesterday : today;
    return { from: d, to: d, yearless: false };
  }
  if (kind === 'relspan') {
    const which = word === 'this' ? 'this' : 'last';
    return relativeSpan(page, which, unit as 'quarter' | 'month' | 'year' | 'week');
  }
  const ZH: Record<string, ['last' | 'this', 'quarter' | 'month' | 'year' | 'week']> = {
    上周: ['last', 'week'],
    上週: ['last', 'week'],
    本周: ['this', 'week'],
    本週: ['this', 'week'],
    上月: ['last', 'month'],
    本月: ['this', 'month'],
    上季: ['last', 'quarter'],
    上一季: ['last', 'quarter'],
    本季: ['this', 'quarter'],
    今年: ['this', 'year'],
    去年: ['last', 'year'],
  };
  const span = ZH[word];
  return span ? relativeSpan(page, span[0], span[1]) : unresolved;
}

/**
 * All patterns as one regular expression, so a text is scanned once: each pattern is a group of its
 * own (earlier patterns win at the same position), and `resolve` gets that pattern's own groups.
 */
const COMBINED = (() => {
  let groups = 1;
  const parts: { kind: string; first: number; count: number }[] = [];
  const sources = PATTERNS.map(([re, kind]) => {
    const count = new RegExp(`${re.source}|`).exec('')!.length - 1;
    parts.push({ kind, first: groups + 1, count });
    groups += count + 1;
    return `(${re.source})`;
  });
  return { re: new RegExp(sources.join('|'), 'gi'), parts };
})();

/** The date references of a text, in text order, without overlaps; "since" references left out. */
export function dateRefs(text: string, pageDate?: string): DateRef[] {
  let page = pageDate ? new Date(`${pageDate}T00:00:00Z`) : null;
  const found: DateRef[] = [];
  const re = new RegExp(COMBINED.re.source, COMBINED.re.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const part = COMBINED.parts.find((p) => m![p.first - 1] !== undefined);
    if (!part) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (SINCE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || /^since/i.test(m[0])) continue;
    if (SINCE_AFTER.test(text.slice(end, end + 3))) continue;
    // the pattern's own groups, numbered from 1 as in its own regular expression
    const own = [m[0], ...m.slice(part.first, part.first + part.count)] as unknown as RegExpExecArray;
    const ref: DateRef = { start, end, ...resolve(part.kind, own, page) };
    if (isDateline(text, start, end, part.kind)) {
      ref.dateline = true;
      // a dated dateline on an undated page is the page's date: later relative days resolve against it
      if (!page && ref.from && !ref.yearless) page = new Date(`${ref.from}T00:00:00Z`);
    }
    found.push(ref);
  }
  return found;
}

export interface EventWindow {
  from: string;
  to: string;
}

/** Whether a reference's window meets the event's window. Yearless references take the event's years. */
export function meets(ref: DateRef, event: EventWindow): boolean | null {
  if (ref.from === null || ref.to === null) return null;
  if (!ref.yearless) return ref.from <= event.to && ref.to >= event.from;
  for (let y = Number(event.from.slice(0, 4)); y <= Number(event.to.slice(0, 4)); y++) {
    if (`${y}-${ref.from}` <= event.to && `${y}-${ref.to}` >= event.from) return true;
  }
  return false;
}

/** placed: the page puts the figure at the event; elsewhere: at another time; unknown: no evidence */
export type Placement = 'placed' | 'elsewhere' | 'unknown';

/** Where a figure stands in its block: its span, its clause and its sentence. */
export interface FigureSpan {
  start: number;
  end: number;
  clause: [number, number];
  sentence: [number, number];
}

/** characters between a reference and the figure's span: from its end for a reference after it */
const gap = (r: DateRef, figure: FigureSpan) =>
  r.end <= figure.start ? figure.start - r.end : Math.max(0, r.start - figure.end);

const within = (r: DateRef, span: [number, number]) => r.start >= span[0] && r.end <= span[1];

/** Whether a page of this date, full or month-day, is on or after the event's end (a yearless one in the event's year). */
function onOrAfter(ref: DateRef, event: EventWindow): boolean {
  if (ref.from === null) return false;
  const day = ref.yearless ? `${event.to.slice(0, 4)}-${ref.from}` : ref.from;
  return day >= event.to;
}

/**
 * Where a figure stands in time relative to an event. The reference nearest the figure decides:
 * one in the figure's own clause before any elsewhere in its sentence (「2024年资本开支767亿元，今年
 * 预计900亿元」: 2024年 is 767亿元's), and nearness measured from the figure's span on either side
 * ("90 billion yuan in 2025 as against 77 billion yuan in 2024": "in 2024" is the 77 billion's). A
 * dateline is never that reference. Without one, a page dated on or after the event places it there
 * (its news is about the event), a page's dateline standing in for its date when it states none, and
 * an undated page says nothing.
 */
export function placement(
  refs: DateRef[],
  figure: FigureSpan,
  event: EventWindow,
  pageDate: string | undefined,
  /** references from elsewhere (a table's caption) used when the sentence has none */
  fallback: DateRef[] = [],
): Placement {
  let nearest: DateRef | undefined;
  let best = Number.POSITIVE_INFINITY;
  let nearestInClause = false;
  for (const r of refs) {
    if (r.dateline || !within(r, figure.sentence)) continue;
    const inClause = within(r, figure.clause);
    const d = gap(r, figure);
    if ((inClause && !nearestInClause) || (inClause === nearestInClause && d < best)) {
      best = d;
      nearest = r;
      nearestInClause = inClause;
    }
  }
  nearest ??= fallback.find((r) => !r.dateline);
  if (nearest) {
    const hit = meets(nearest, event);
    if (hit === true) return 'placed';
    if (hit === false) return 'elsewhere';
    return 'unknown';
  }
  if (pageDate !== undefined) return pageDate >= event.to ? 'placed' : 'unknown';
  const dateline = refs.find((r) => r.dateline);
  return dateline && onOrAfter(dateline, event) ? 'placed' : 'unknown';
}
