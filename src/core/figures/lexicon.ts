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

/**
 * Chinese text written as the code points of its characters, four hex digits each, anything else
 * kept ("4e074ebf|5146" -> "万亿|兆"): a character takes 4 bytes of the bundle this way, against 6 as
 * a \u escape. Written so, the lists stay ASCII; the comment beside each spells it out.
 */
export function han(hex: string): string {
  return hex.replace(/[0-9a-f]{4}/g, (h) => String.fromCharCode(Number.parseInt(h, 16)));
}

/** Chinese digits (零〇一二两三四五六七八九, 大写 壹贰叁肆伍陆柒捌玖, traditional 兩貳參叄陸) */
export const ZH_DIGITS = han(
  '96f630074e004e8c4e244e0956db4e94516d4e03516b4e5d' +
    '58f98d3053c180864f0d964667d2634c7396' +
    '51698cb353c353c49678',
);
/** the value of each of ZH_DIGITS, in order */
export const ZH_DIGIT_VALUES = '00122345678912345678922336';
/** units: small 十拾 百佰 千仟, big (from 万) 万萬 亿億 兆 */
export const ZH_UNITS = han('534162fe767e4f7053434edf4e07842c4ebf51045146');
export const ZH_UNIT_VALUES = [10, 10, 100, 100, 1000, 1000, 1e4, 1e4, 1e8, 1e8, 1e12];

/**
 * Money words after a number: [word, ISO code, factor]. Longest first is not needed: the matcher
 * tries every entry and keeps the longest. Written compactly (see table, han), by code:
 * 元 块钱 塊錢 人民币 人民幣 元人民币 元人民幣 美元 美金 港元 港币 港幣 港圆 港圓 日元 日圆 日圓 円 欧元 歐元 英镑 英鎊
 * 新台币 新台幣 台币 台幣 韩元 韓元 澳元 加元 新加坡元 新元 卢布 盧布 卢比 盧比 奈拉 泰铢 瑞士法郎 法郎 美分 欧分 越南盾 林吉特
 */
export const ZH_MONEY: ReadonlyArray<readonly [string, string, number]> = table(
  han(
    'CNY:5143,575794b1,584a9322,4eba6c115e01,4eba6c115e63,51434eba6c115e01,51434eba6c115e63;' +
      'USD:7f8e5143,7f8e91d1;HKD:6e2f5143,6e2f5e01,6e2f5e63,6e2f5706,6e2f5713;' +
      'JPY:65e55143,65e55706,65e55713,5186;EUR:6b275143,6b505143;GBP:82f19551,82f1938a;' +
      'TWD:65b053f05e01,65b053f05e63,53f05e01,53f05e63;KRW:97e95143,97d35143;AUD:6fb35143;' +
      'CAD:52a05143;SGD:65b052a057615143,65b05143;RUB:53625e03,76e75e03;INR:53626bd4,76e76bd4;' +
      'NGN:594862c9;THB:6cf094e2;CHF:745e58eb6cd590ce,6cd590ce;USD/100:7f8e5206;EUR/100:6b275206;' +
      'VND:8d8a535776fe;MYR:679754097279',
  ),
  (code, w) => [w, code.slice(0, 3), code.length > 3 ? 0.01 : 1] as const,
);

/**
 * Money words before a number (Chinese), in the order they are tried: 人民币 人民幣 港币 港幣 港元 美元 美金
 * 新台币 新台幣 台币 台幣 日元 欧元 英镑
 */
export const ZH_MONEY_BEFORE: ReadonlyArray<readonly [string, string]> = table(
  han(
    'CNY:4eba6c115e01,4eba6c115e63;HKD:6e2f5e01,6e2f5e63,6e2f5143;USD:7f8e5143,7f8e91d1;' +
      'TWD:65b053f05e01,65b053f05e63,53f05e01,53f05e63;JPY:65e55143;EUR:6b275143;GBP:82f19551',
  ),
  (code, w) => [w, code] as const,
);

/**
 * Currency signs (by character code) by ISO code ('YEN' = decide CNY or JPY from context), compact (see table):
 * $ € £ ¥ ￥ ₹ ₩ ₽ ₺ ₪ ₫ ₱ ₦ ₴ ₡ ₾ ₭ ฿ ₸ ₮
 */
export const SIGNS: ReadonlyMap<number, string> = new Map(
  table(
    han(
      'USD:$;EUR:20ac;GBP:00a3;YEN:00a5,ffe5;INR:20b9;KRW:20a9;RUB:20bd;TRY:20ba;ILS:20aa;' +
        'VND:20ab;PHP:20b1;NGN:20a6;UAH:20b4;CRC:20a1;GEL:20be;LAK:20ad;THB:0e3f;KZT:20b8;MNT:20ae',
    ),
    (code, sign) => [sign.charCodeAt(0), code] as const,
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
    'USD:dollar(s),us dollar(s),u.s. dollar(s),american dollars;' +
      'HKD:hong kong dollar(s),hk dollars;SGD:singapore dollar(s);AUD:australian dollar(s);' +
      'CAD:canadian dollar(s);NZD:new zealand dollar(s);TWD:taiwan dollar(s),new taiwan dollars;' +
      'CNY:yuan,chinese yuan,renminbi,rmb;EUR:euro(s);GBP:pound(s)*,pounds sterling,sterling;' +
      'JPY:yen,japanese yen;KRW:won*,korean won,south korean won;INR:rupee(s),indian rupees;IDR:rupiah;' +
      'MYR:ringgit;THB:baht;MXN:peso(s),mexican pesos;PHP:philippine pesos;CHF:franc(s),swiss franc(s);' +
      'FRF:french francs;TRY:lira,turkish lira;ZAR:rand*;RUB:rubles,roubles;NGN:naira;SAR:riyals;' +
      'AED:dirhams;ILS:shekels;SEK:kronor,krona;NOK:kroner;PLN:zloty;VND:dong*;BRL:reais;ESP:pesetas;' +
      'DEM:marks*;USD/100:cent(s);GBP/100:pence',
    (code, w) => {
      const weak = w.endsWith('*');
      const info = [code.slice(0, 3), code.length > 3 ? 0.01 : 1, !weak] as const;
      // "dollar(s)": dollar and dollars
      const word = weak ? w.slice(0, -1) : w;
      return word.endsWith('(s)')
        ? ([
            [word.slice(0, -3), info],
            [`${word.slice(0, -3)}s`, info],
          ] as const)
        : ([[word, info]] as const);
    },
  ).flat(),
);

/** English scale words (and abbreviations) -> factor. `single` ones (k, m, b, mm) need a currency. */
export const EN_SCALE: ReadonlyMap<string, number> = new Map(
  table(
    '1e2:hundred;1e3:thousand,k;1e6:million,mln,mn,mil,m,mm;1e9:billion,bn,bln,b;1e12:trillion,tn,trn;' +
      '1e5:lakh,lakhs;1e7:crore,crores',
    (factor, w) => [w, Number(factor)] as const,
  ),
);

/** English number words: units and tens. */
export const EN_UNITS: ReadonlyMap<string, number> = new Map([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, k) => [w, k] as const),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((w, k) => [w, 20 + 10 * k] as const),
]);
