/**
 * Word tables of the figure recognizer. Kept small: this ships in the content script.
 * Chinese entries are written as \u escapes; the comment beside each table spells them out.
 */

/**
 * Reads a compact table "CODE:word,word;CODE:word" (CODE/100 for hundredths): for each word, in order,
 * make(code, word). Plain loops: this runs at load.
 */
export function table<T>(src: string, make: (code: string, word: string) => T): T[] {
  const out: T[] = [];
  const groups = src.split(';');
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const colon = group.indexOf(':');
    const code = group.slice(0, colon);
    const words = group.slice(colon + 1).split(',');
    for (let w = 0; w < words.length; w++) out.push(make(code, words[w]!));
  }
  return out;
}

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

/**
 * Money words after a number: [word, ISO code, factor]. Longest first is not needed: the matcher
 * tries every entry and keeps the longest. Written compactly (see table), by code.
 * 元 块钱 塊錢 人民币 人民幣 元人民币 元人民幣 美元 美金 港元 港币 港幣 港圆 港圓 日元 日圆 日圓 円 欧元 歐元 英镑 英鎊
 * 新台币 新台幣 台币 台幣 韩元 韓元 澳元 加元 新加坡元 新元 卢布 盧布 卢比 盧比 奈拉 泰铢 瑞士法郎 法郎 美分 欧分 越南盾 林吉特
 */
export const ZH_MONEY: ReadonlyArray<readonly [string, string, number]> = table(
  'CNY:\u5143,\u5757\u94b1,\u584a\u9322,\u4eba\u6c11\u5e01,\u4eba\u6c11\u5e63,\u5143\u4eba\u6c11\u5e01,\u5143\u4eba\u6c11\u5e63;' +
    'USD:\u7f8e\u5143,\u7f8e\u91d1;' +
    'HKD:\u6e2f\u5143,\u6e2f\u5e01,\u6e2f\u5e63,\u6e2f\u5706,\u6e2f\u5713;' +
    'JPY:\u65e5\u5143,\u65e5\u5706,\u65e5\u5713,\u5186;EUR:\u6b27\u5143,\u6b50\u5143;' +
    'GBP:\u82f1\u9551,\u82f1\u938a;' +
    'TWD:\u65b0\u53f0\u5e01,\u65b0\u53f0\u5e63,\u53f0\u5e01,\u53f0\u5e63;' +
    'KRW:\u97e9\u5143,\u97d3\u5143;AUD:\u6fb3\u5143;CAD:\u52a0\u5143;' +
    'SGD:\u65b0\u52a0\u5761\u5143,\u65b0\u5143;RUB:\u5362\u5e03,\u76e7\u5e03;' +
    'INR:\u5362\u6bd4,\u76e7\u6bd4;NGN:\u5948\u62c9;THB:\u6cf0\u94e2;' +
    'CHF:\u745e\u58eb\u6cd5\u90ce,\u6cd5\u90ce;USD/100:\u7f8e\u5206;EUR/100:\u6b27\u5206;' +
    'VND:\u8d8a\u5357\u76fe;MYR:\u6797\u5409\u7279',
  (code, w) => [w, code.slice(0, 3), code.length > 3 ? 0.01 : 1] as const,
);

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

/**
 * Currency signs by ISO code ('YEN' = decide CNY or JPY from context), compact (see table):
 * $ € £ ¥ ￥ ₹ ₩ ₽ ₺ ₪ ₫ ₱ ₦ ₴ ₡ ₾ ₭ ฿ ₸ ₮
 */
export const SIGNS: ReadonlyMap<string, string> = new Map(
  table(
    'USD:$;EUR:\u20ac;GBP:\u00a3;YEN:\u00a5,\uffe5;INR:\u20b9;KRW:\u20a9;RUB:\u20bd;TRY:\u20ba;ILS:\u20aa;' +
      'VND:\u20ab;PHP:\u20b1;NGN:\u20a6;UAH:\u20b4;CRC:\u20a1;GEL:\u20be;LAK:\u20ad;THB:\u0e3f;KZT:\u20b8;MNT:\u20ae',
    (code, sign) => [sign, code] as const,
  ),
);

/** Letters written before `$` (lower case, dots removed): HK$, US$, S$, A$, NT$, C$, R$, NZ$, Mex$ … */
export const DOLLAR_PREFIX: ReadonlyMap<string, string> = new Map(
  table(
    'USD:us,usd;HKD:hk,hkd;SGD:s,sg,sgd;AUD:a,au,aud;TWD:nt,twd;CAD:c,ca,cad;BRL:r;NZD:nz,nzd;MXN:mex,mx',
    (code, prefix) => [prefix, code] as const,
  ),
);

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
 * "rand", "marks") counts only with a scale word, because "5 pounds" may be a weight. Written
 * compactly (see table): words by code, weak ones marked with *.
 */
export const EN_MONEY: ReadonlyMap<string, readonly [string, number, boolean]> = new Map(
  table(
    'USD:dollar,dollars,us dollar,us dollars,u.s. dollar,u.s. dollars,american dollars;' +
      'HKD:hong kong dollar,hong kong dollars,hk dollars;SGD:singapore dollar,singapore dollars;' +
      'AUD:australian dollar,australian dollars;CAD:canadian dollar,canadian dollars;' +
      'NZD:new zealand dollar,new zealand dollars;' +
      'TWD:taiwan dollars,taiwan dollar,new taiwan dollars;CNY:yuan,chinese yuan,renminbi,rmb;' +
      'EUR:euro,euros;GBP:pound*,pounds*,pounds sterling,sterling;JPY:yen,japanese yen;' +
      'KRW:won*,korean won,south korean won;INR:rupee,rupees,indian rupees;IDR:rupiah;MYR:ringgit;' +
      'THB:baht;MXN:peso,pesos,mexican pesos;PHP:philippine pesos;' +
      'CHF:franc,francs,swiss francs,swiss franc;FRF:french francs;TRY:lira,turkish lira;ZAR:rand*;' +
      'RUB:rubles,roubles;NGN:naira;SAR:riyals;AED:dirhams;ILS:shekels;SEK:kronor,krona;NOK:kroner;' +
      'PLN:zloty;VND:dong*;BRL:reais;ESP:pesetas;DEM:marks*;USD/100:cent,cents;GBP/100:pence',
    (code, w) => {
      const weak = w.endsWith('*');
      return [
        weak ? w.slice(0, -1) : w,
        [code.slice(0, 3), code.length > 3 ? 0.01 : 1, !weak] as const,
      ] as const;
    },
  ),
);

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
export const EN_UNITS: ReadonlyMap<string, number> = new Map([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, k) => [w, k] as const),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((w, k) => [w, 20 + 10 * k] as const),
]);
