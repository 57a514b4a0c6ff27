/**
 * Word tables of the figure recognizer. Kept small: this ships in the content script.
 * Chinese entries are written as \u escapes; the comment beside each table spells them out.
 */

/** Chinese digits (零〇一二两三四五六七八九, 大写 壹贰叁肆伍陆柒捌玖, traditional 兩貳參叄陸) */
export const ZH_DIGITS =
  '\u96f6\u3007\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d' +
  '\u58f9\u8d30\u53c1\u8086\u4f0d\u9646\u67d2\u634c\u7396' +
  '\u5169\u8cb3\u53c3\u53c4\u9678';
export const ZH_DIGIT_VALUES = [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 2, 3, 3, 6];
/** small units 十拾 百佰 千仟 */
export const ZH_SMALL_UNITS = '\u5341\u62fe\u767e\u4f70\u5343\u4edf';
export const ZH_SMALL_UNIT_VALUES = [10, 10, 100, 100, 1000, 1000];
/** big units 万萬 亿億 兆 */
export const ZH_BIG_UNITS = '\u4e07\u842c\u4ebf\u5104\u5146';
export const ZH_BIG_UNIT_VALUES = [1e4, 1e4, 1e8, 1e8, 1e12];
/** decimal point 点點 */
export const ZH_POINT = '\u70b9\u9ede';

/**
 * Money words after a number: [word, ISO code, factor]. Longest first is not needed: the matcher
 * tries every entry and keeps the longest.
 * 元 块钱 塊錢 人民币 人民幣 元人民币 元人民幣 美元 美金 港元 港币 港幣 港圆 港圓 日元 日圆 日圓 円 欧元 歐元 英镑 英鎊
 * 新台币 新台幣 台币 台幣 韩元 韓元 澳元 加元 新加坡元 新元 卢布 盧布 卢比 盧比 奈拉 泰铢 瑞士法郎 法郎 美分 欧分 越南盾 林吉特
 */
export const ZH_MONEY: ReadonlyArray<readonly [string, string, number]> = [
  ['\u5143', 'CNY', 1],
  ['\u5757\u94b1', 'CNY', 1],
  ['\u584a\u9322', 'CNY', 1],
  ['\u4eba\u6c11\u5e01', 'CNY', 1],
  ['\u4eba\u6c11\u5e63', 'CNY', 1],
  ['\u5143\u4eba\u6c11\u5e01', 'CNY', 1],
  ['\u5143\u4eba\u6c11\u5e63', 'CNY', 1],
  ['\u7f8e\u5143', 'USD', 1],
  ['\u7f8e\u91d1', 'USD', 1],
  ['\u6e2f\u5143', 'HKD', 1],
  ['\u6e2f\u5e01', 'HKD', 1],
  ['\u6e2f\u5e63', 'HKD', 1],
  ['\u6e2f\u5706', 'HKD', 1],
  ['\u6e2f\u5713', 'HKD', 1],
  ['\u65e5\u5143', 'JPY', 1],
  ['\u65e5\u5706', 'JPY', 1],
  ['\u65e5\u5713', 'JPY', 1],
  ['\u5186', 'JPY', 1],
  ['\u6b27\u5143', 'EUR', 1],
  ['\u6b50\u5143', 'EUR', 1],
  ['\u82f1\u9551', 'GBP', 1],
  ['\u82f1\u938a', 'GBP', 1],
  ['\u65b0\u53f0\u5e01', 'TWD', 1],
  ['\u65b0\u53f0\u5e63', 'TWD', 1],
  ['\u53f0\u5e01', 'TWD', 1],
  ['\u53f0\u5e63', 'TWD', 1],
  ['\u97e9\u5143', 'KRW', 1],
  ['\u97d3\u5143', 'KRW', 1],
  ['\u6fb3\u5143', 'AUD', 1],
  ['\u52a0\u5143', 'CAD', 1],
  ['\u65b0\u52a0\u5761\u5143', 'SGD', 1],
  ['\u65b0\u5143', 'SGD', 1],
  ['\u5362\u5e03', 'RUB', 1],
  ['\u76e7\u5e03', 'RUB', 1],
  ['\u5362\u6bd4', 'INR', 1],
  ['\u76e7\u6bd4', 'INR', 1],
  ['\u5948\u62c9', 'NGN', 1],
  ['\u6cf0\u94e2', 'THB', 1],
  ['\u745e\u58eb\u6cd5\u90ce', 'CHF', 1],
  ['\u6cd5\u90ce', 'CHF', 1],
  ['\u7f8e\u5206', 'USD', 0.01],
  ['\u6b27\u5206', 'EUR', 0.01],
  ['\u8d8a\u5357\u76fe', 'VND', 1],
  ['\u6797\u5409\u7279', 'MYR', 1],
];

/**
 * Money words before a number (Chinese): 人民币 人民幣 港币 港幣 港元 美元 美金 新台币 新台幣 台币 台幣 日元 欧元 英镑
 */
export const ZH_MONEY_BEFORE: ReadonlyArray<readonly [string, string]> = [
  ['\u4eba\u6c11\u5e01', 'CNY'],
  ['\u4eba\u6c11\u5e63', 'CNY'],
  ['\u6e2f\u5e01', 'HKD'],
  ['\u6e2f\u5e63', 'HKD'],
  ['\u6e2f\u5143', 'HKD'],
  ['\u7f8e\u5143', 'USD'],
  ['\u7f8e\u91d1', 'USD'],
  ['\u65b0\u53f0\u5e01', 'TWD'],
  ['\u65b0\u53f0\u5e63', 'TWD'],
  ['\u53f0\u5e01', 'TWD'],
  ['\u53f0\u5e63', 'TWD'],
  ['\u65e5\u5143', 'JPY'],
  ['\u6b27\u5143', 'EUR'],
  ['\u82f1\u9551', 'GBP'],
];

/** Currency signs: sign -> ISO code ('YEN' = decide CNY or JPY from context). */
export const SIGNS: Readonly<Record<string, string>> = {
  $: 'USD',
  '\u20ac': 'EUR', // euro
  '\u00a3': 'GBP', // pound
  '\u00a5': 'YEN', // yen/yuan
  '\uffe5': 'YEN', // full-width yen/yuan
  '\u20b9': 'INR',
  '\u20a9': 'KRW',
  '\u20bd': 'RUB',
  '\u20ba': 'TRY',
  '\u20aa': 'ILS',
  '\u20ab': 'VND',
  '\u20b1': 'PHP',
  '\u20a6': 'NGN',
  '\u20b4': 'UAH',
  '\u20a1': 'CRC',
  '\u20be': 'GEL',
  '\u20ad': 'LAK',
  '\u0e3f': 'THB',
  '\u20b8': 'KZT',
  '\u20ae': 'MNT',
};

/** Letters written before `$` (lower case, dots removed): HK$, US$, S$, A$, NT$, C$, R$, NZ$, Mex$ … */
export const DOLLAR_PREFIX: Readonly<Record<string, string>> = {
  us: 'USD',
  usd: 'USD',
  hk: 'HKD',
  hkd: 'HKD',
  s: 'SGD',
  sg: 'SGD',
  sgd: 'SGD',
  a: 'AUD',
  au: 'AUD',
  aud: 'AUD',
  nt: 'TWD',
  twd: 'TWD',
  c: 'CAD',
  ca: 'CAD',
  cad: 'CAD',
  r: 'BRL',
  nz: 'NZD',
  nzd: 'NZD',
  mex: 'MXN',
  mx: 'MXN',
};

/** ISO codes recognised next to a number when written in capitals (plus Rmb/rmb, see below). */
export const ISO_CODES = new Set(
  (
    'USD EUR GBP JPY CNY RMB CNH HKD TWD SGD AUD CAD CHF NZD INR KRW BRL MXN RUB ZAR SEK NOK DKK PLN TRY ' +
    'THB IDR MYR VND SAR AED ILS NGN EGP ARS CLP COP PKR CZK HUF'
  ).split(' '),
);
/** Codes also accepted in any case ("rmb 10", "Rmb52bn", "usd 20"). */
export const ANY_CASE_CODES = new Set(['rmb', 'usd', 'cny', 'hkd', 'eur', 'gbp', 'jpy']);
/** Other prefixes before a number: Rs (INR), RM (MYR). */
export const OTHER_PREFIX: Readonly<Record<string, string>> = { Rs: 'INR', RM: 'MYR', Rp: 'IDR' };

/**
 * English money words after a number: word -> [code, factor, strong]. A weak word ("pounds", "won",
 * "rand", "marks") counts only with a scale word, because "5 pounds" may be a weight.
 */
export const EN_MONEY: Readonly<Record<string, readonly [string, number, boolean]>> = {
  dollar: ['USD', 1, true],
  dollars: ['USD', 1, true],
  'us dollar': ['USD', 1, true],
  'us dollars': ['USD', 1, true],
  'u.s. dollar': ['USD', 1, true],
  'u.s. dollars': ['USD', 1, true],
  'american dollars': ['USD', 1, true],
  'hong kong dollar': ['HKD', 1, true],
  'hong kong dollars': ['HKD', 1, true],
  'hk dollars': ['HKD', 1, true],
  'singapore dollar': ['SGD', 1, true],
  'singapore dollars': ['SGD', 1, true],
  'australian dollar': ['AUD', 1, true],
  'australian dollars': ['AUD', 1, true],
  'canadian dollar': ['CAD', 1, true],
  'canadian dollars': ['CAD', 1, true],
  'new zealand dollar': ['NZD', 1, true],
  'new zealand dollars': ['NZD', 1, true],
  'taiwan dollars': ['TWD', 1, true],
  'taiwan dollar': ['TWD', 1, true],
  'new taiwan dollars': ['TWD', 1, true],
  yuan: ['CNY', 1, true],
  'chinese yuan': ['CNY', 1, true],
  renminbi: ['CNY', 1, true],
  rmb: ['CNY', 1, true],
  euro: ['EUR', 1, true],
  euros: ['EUR', 1, true],
  pound: ['GBP', 1, false],
  pounds: ['GBP', 1, false],
  'pounds sterling': ['GBP', 1, true],
  sterling: ['GBP', 1, true],
  yen: ['JPY', 1, true],
  'japanese yen': ['JPY', 1, true],
  won: ['KRW', 1, false],
  'korean won': ['KRW', 1, true],
  'south korean won': ['KRW', 1, true],
  rupee: ['INR', 1, true],
  rupees: ['INR', 1, true],
  'indian rupees': ['INR', 1, true],
  rupiah: ['IDR', 1, true],
  ringgit: ['MYR', 1, true],
  baht: ['THB', 1, true],
  peso: ['MXN', 1, true],
  pesos: ['MXN', 1, true],
  'mexican pesos': ['MXN', 1, true],
  'philippine pesos': ['PHP', 1, true],
  franc: ['CHF', 1, true],
  francs: ['CHF', 1, true],
  'swiss francs': ['CHF', 1, true],
  'swiss franc': ['CHF', 1, true],
  'french francs': ['FRF', 1, true],
  lira: ['TRY', 1, true],
  'turkish lira': ['TRY', 1, true],
  rand: ['ZAR', 1, false],
  rubles: ['RUB', 1, true],
  roubles: ['RUB', 1, true],
  naira: ['NGN', 1, true],
  riyals: ['SAR', 1, true],
  dirhams: ['AED', 1, true],
  shekels: ['ILS', 1, true],
  kronor: ['SEK', 1, true],
  krona: ['SEK', 1, true],
  kroner: ['NOK', 1, true],
  zloty: ['PLN', 1, true],
  dong: ['VND', 1, false],
  reais: ['BRL', 1, true],
  pesetas: ['ESP', 1, true],
  marks: ['DEM', 1, false],
  cent: ['USD', 0.01, true],
  cents: ['USD', 0.01, true],
  pence: ['GBP', 0.01, true],
};

/** English scale words (and abbreviations) -> factor. `single` ones (k, m, b, mm) need a currency. */
export const EN_SCALE: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  mil: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  b: 1e9,
};

/** English number words: units and tens. */
export const EN_UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
