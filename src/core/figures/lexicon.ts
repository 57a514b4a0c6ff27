/**
 * The lexicon: every word list of the figure recognizer, as data (the modules that read them build
 * their look-up tables). Money tables are written compactly, by code: "CODE:word,word;CODE:word".
 */

/**
 * Reads a compact table "CODE:word,word;CODE:word" (CODE/100 for hundredths): for each word, in order,
 * make(code, word). Plain loops: this runs at load.
 */
/** A money table's code "USD" or "USD/100" as the unit and the factor to it (1, 0.01). */
export function unitAndFactor(code: string): readonly [string, number] {
  const slash = code.indexOf('/');
  return slash < 0 ? [code, 1] : [code.slice(0, slash), 1 / Number(code.slice(slash + 1))];
}

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
export const ZH_DIGITS = '零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖兩貳參叄陸';
/** the value of each of ZH_DIGITS, in order */
export const ZH_DIGIT_VALUES = '00122345678912345678922336';
/** units: small 十拾 百佰 千仟, big (from 万) 万萬 亿億 兆 */
export const ZH_UNITS = '十拾百佰千仟万萬亿億兆';
export const ZH_UNIT_VALUES = [10, 10, 100, 100, 1000, 1000, 1e4, 1e4, 1e8, 1e8, 1e12];

/**
 * Money words after a number: [word, ISO code, factor]. Longest first is not needed: the look-up
 * tries every entry and keeps the longest. 块 alone is money only with tenths after it (三块五,
 * 5块3毛; not 三块蛋糕, 40块 GPU); 毛 only as 毛钱 or after 块 (三毛 is a name).
 */
export const ZH_MONEY: ReadonlyArray<readonly [string, string, number]> = table(
  'CNY:元,块钱,塊錢,块,塊,人民币,人民幣,元人民币,元人民幣;CNY/10:毛钱,毛錢;USD:美元,美金,美圆,美圓;HKD:港元,港币,港幣,港圆,港圓;' +
    'JPY:日元,日圆,日圓,円;EUR:欧元,歐元;GBP:英镑,英鎊;TWD:新台币,新台幣,台币,台幣;KRW:韩元,韓元;AUD:澳元;' +
    'CAD:加元;SGD:新加坡元,新元;RUB:卢布,盧布;INR:卢比,盧比;NGN:奈拉;THB:泰铢;CHF:瑞士法郎,法郎;' +
    'USD/100:美分;EUR/100:欧分,歐分;GBP/100:便士;HKD/100:港仙;VND:越南盾;MYR:林吉特;' +
    // crypto-assets, by ticker (see CRYPTO_TICKERS)
    'BTC:比特币,比特幣;ETH:以太坊,以太币,以太幣;USDT:泰达币,泰達幣;DOGE:狗狗币,狗狗幣',
  (code, w) => [w, ...unitAndFactor(code)] as const,
);

/** Money words before a number (Chinese), in the order they are tried. */
export const ZH_MONEY_BEFORE: ReadonlyArray<readonly [string, string]> = table(
  'CNY:人民币,人民幣;HKD:港币,港幣,港元;USD:美元,美金;TWD:新台币,新台幣,台币,台幣;' +
    'JPY:日元;EUR:欧元;GBP:英镑',
  (code, w) => [w, code] as const,
);

/** Currency signs (by character code) by ISO code ('YEN' = decide CNY or JPY from context). */
export const SIGNS: ReadonlyMap<number, string> = new Map(
  table(
    'USD:$;EUR:€;GBP:£;YEN:¥,￥;INR:₹;KRW:₩;RUB:₽;TRY:₺;ILS:₪;VND:₫;PHP:₱;NGN:₦;UAH:₴;CRC:₡;GEL:₾;LAK:₭;' +
      'THB:฿;KZT:₸;MNT:₮',
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
/**
 * Crypto-assets have no ISO 4217 code: a figure's unit is then the asset's market ticker, in capitals
 * (BTC, ETH, USDT …), read after a number only when written in capitals ("6.25 BTC").
 */
export const CRYPTO_TICKERS = new Set(['BTC', 'ETH', 'USDT', 'USDC', 'SOL', 'XRP', 'DOGE']);
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
      'DEM:marks*;USD/100:cent(s);GBP/100:pence;' +
      // the same currencies named in French and German: the country after the word says which dollar
      // ("247,8 milliards de dollars de Taïwan") or which crown ("couronnes suédoises")
      'USD:dollars américains,us-dollar;TWD:dollars de taïwan,dollars de taiwan,dollars taïwanais;' +
      'HKD:dollars de hong kong,dollars hongkongais,hongkong-dollar;CAD:dollars canadiens;' +
      'AUD:dollars australiens;SGD:dollars de singapour;NZD:dollars néo-zélandais;' +
      'SEK:couronnes suédoises,schwedische kronen;DKK:couronnes danoises,dänische kronen;' +
      'NOK:couronnes norvégiennes,norwegische kronen;CZK:couronnes tchèques;' +
      'CHF:francs suisses,schweizer franken,franken;GBP:livres sterling,pfund sterling;' +
      // crypto-assets, by ticker (see CRYPTO_TICKERS)
      'USD:dólar,dólares,dollari;BTC:bitcoin(s);BTC/100000000:satoshi(s);ETH:ether,ethereum;USDT:tether;DOGE:dogecoin(s)',
    (code, w) => {
      const weak = w.endsWith('*');
      const info = [...unitAndFactor(code), !weak] as const;
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

/**
 * English scale words (and abbreviations) -> factor. The single letters (k, m, b, t) and mm glued to
 * digits need a currency before or after the amount ("$4T", "380B yuan"): "235B parameters" is a model.
 */
export const EN_SCALE: ReadonlyMap<string, number> = new Map(
  table(
    '1e2:hundred;1e3:thousand,k;1e6:million,mln,mn,mil,m,mm;1e9:billion,bn,bln,b;1e12:trillion,tn,trn,t;' +
      '1e5:lakh,lakhs;1e7:crore,crores',
    (factor, w) => [w, Number(factor)] as const,
  ),
);

/**
 * Scale words of French, German, Spanish, Italian, Portuguese and Dutch, read only in pages of those
 * languages (see FindFiguresOptions.lang), lower case; abbreviations may end with a dot ("Mrd.").
 */
export const EU_SCALE: ReadonlyMap<string, number> = new Map(
  table(
    '1e3:mil,tsd;' +
      '1e6:million,millions,millionen,mio,mn,mln,millones,millón,millon,milione,milioni,milhão,milhões,miljoen;' +
      '1e9:milliard,milliards,milliarde,milliarden,mrd,md,mds,mld,mds,millardo,millardos,miliardo,miliardi,' +
      'bilhão,bilhões,miljard;1e12:billion,billionen,bio,billón,billones',
    (factor, w) => [w, Number(factor)] as const,
  ),
);
export const EU_SCALE_ABBREVIATIONS = new Set(['tsd', 'mio', 'mn', 'mln', 'mrd', 'md', 'mds', 'mld', 'bio']);
/** The languages whose pages write numbers the European way (1.234,5): BCP 47 primary subtags. */
export const DECIMAL_COMMA_LANGUAGES = new Set(['fr', 'de', 'es', 'it', 'pt', 'nl']);
/** Before a money word in those languages: "3,2 milliards d'euros", "5 millones de dólares". */
export const EU_MONEY_LINKS = ["d'", 'd’', 'de ', 'di '];

/** Scale abbreviations on a currency in financial tables (US$m, €bn, USDm) -> factor. */
export const TABLE_SCALES: ReadonlyMap<string, number> = new Map(
  table('1e3:k;1e6:m,mn,mm,mln;1e9:bn,b,bln;1e12:tn,trn', (factor, w) => [w, Number(factor)] as const),
);

/** A minus written as a word before a number ("minus 5%", "negative 3%"). */
export const SIGN_WORDS = ['negative', 'minus'];

/** English number words: units and tens. */
export const EN_UNITS: ReadonlyMap<string, number> = new Map([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, k) => [w, k] as const),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((w, k) => [w, 20 + 10 * k] as const),
]);

/** English multipliers. */
export const EN_MULT: ReadonlyMap<string, number> = new Map(
  Object.entries({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }),
);

/** Every English number word the scan stops at: units and tens, multipliers, half and quarter. */
export const EN_NUMBER_WORDS = [...EN_UNITS.keys(), ...EN_MULT.keys(), 'half', 'quarter'];

/** The scale words after "half" / "a quarter": the first four need "(of) (a|an)" before them. */
export const HALF_SCALE_WORDS = [
  'million',
  'billion',
  'trillion',
  'thousand',
  'percentage point',
  'basis point',
];

// --- units after a number ---

/** Units written right after the digits: 5pc, 25bp, 3ppt, 10fold. */
export const LETTER_UNITS = 'pc pct percent bp bps bpts pp ppt ppts fold'.split(' ');
/** Unit words after a number, in the order they are tried. */
export const EN_UNIT_WORDS = (
  'percentage points|percentage-points|percentage point|percentage-point|percentage|percent|per cent|per-cent|' +
  'pct|pc|ppts|ppt|pp|basis points|basis-points|basis point|basis-point|bps|bp|bpts|times|-fold|fold|' +
  // percent in German, French, Spanish, Italian
  'prozent|pour cent|por ciento|per cento'
).split('|');
/** First words of the unit words above (the money words add theirs). */
export const EN_UNIT_FIRST_WORDS =
  'percentage percent per pct pc pp ppt ppts basis bps bp bpts times fold prozent pour por'.split(' ');
/** Words after "N times" that make it a multiple rather than a count of occasions. */
export const TIMES_MULTIPLE_BEFORE = (
  'the its their his her that this as more larger bigger higher greater faster smaller lower over ' +
  'earnings sales revenue book what'
).split(' ');

/** After 元 these make a word (一元化, 二元论), not money. */
export const ZH_YUAN_WORDS = '化素论論组組次宇旦首件';
/** After 成 these make a word (成员, 成为, 成本 …), not tenths. */
export const ZH_CHENG_WORDS = '员員为為本功立交果绩績就长長都品型熟分年人像形文批套色器药藥衣效';
/** After 成 as a whole word: 一成不变 is not ten percent. */
export const ZH_CHENG_IDIOMS = ['成不变', '成不變'];
/** After 七成六 these count something else (七成六个月), so the 六 is not a tenth of a tenth. */
export const ZH_CHENG_COUNTED = '个個月年日天人名家次';
/** After 折 these make a word (折合, 折旧, 折射 …), not a discount; the first six also after 半折 / 对折. */
export const ZH_ZHE_WORDS = '合旧舊算叠疊射腾騰磨价價返线線扣';
export const ZH_HALF_ZHE_WORDS = ZH_ZHE_WORDS.slice(0, 6);
/** Percentage points and basis points in Chinese (after 个/個 or not). */
export const ZH_PERCENTAGE_POINTS = ['百分点', '百分點'];
export const ZH_BASIS_POINTS = ['基点', '基點'];
/** 百分之 / 千分之 / 万分之: a fraction written before its numerator. */
export const ZH_FRACTION_OF = '分之';
/** After 百分之七十五: a percentile (分位, 百分位), not a percent. */
export const ZH_PERCENTILE = ['分位', '百分位'];
/**
 * Money sub-units after an amount, by place (tenths, then hundredths): [unit, factor, currency]. A
 * currency's own minor unit is read only after that currency (两美元又三美分, 10日元5日本銭 — 銭 is the
 * sen, a hundredth of a yen; 3英镑50便士; 1港元20仙); 角 毛 分 after any amount (50元6角三分).
 */
export const ZH_SUB_UNITS: ReadonlyArray<ReadonlyArray<readonly [string, number, string | null]>> = [
  [
    ['角', 0.1, null],
    ['毛', 0.1, null],
  ],
  [
    ['分', 0.01, null],
    ...table(
      'USD:美分;EUR:欧分,歐分;GBP:便士;HKD:港仙,仙;JPY:日本銭,日本钱,日本錢,銭,钱,錢',
      (code, w) => [w, 0.01, code] as const,
    ),
  ],
];

/** The first characters of the sub-units. */
export const ZH_SUB_UNIT_CHARS = '角毛分美';

/** 数 數 几 幾: "several" before a unit (数百亿). */
export const ZH_SEVERAL = '数數几幾';
/** 上 近 逾 超 约 約: before a bare unit they stand for its coefficient (上百亿, 近千万). */
export const ZH_LEAD_BEFORE = '上近逾超约約';
/** What may stand before a big unit that begins a run (数万, 上亿, 近万). */
export const ZH_VAGUE_BEFORE = ZH_SEVERAL + ZH_LEAD_BEFORE.slice(0, 2);

// --- approximation ---

/** Approximation words written before a number that mean over; English ones match in any case. */
export const OVER_BEFORE = (
  'more than|well over|just over|over|above|at least|in excess of|exceeding|upwards of|north of|topping|' +
  '超过|超過|超出|逾|突破|超|高于|高於|多于|不少于|不低于|至少'
).split('|');
/** … that mean under. */
export const UNDER_BEFORE = (
  'up to|as much as|as many as|as high as|nearly|almost|just under|under|less than|fewer than|below|' +
  'at most|no more than|close to|将近|將近|接近|逼近|近|不到|不足|低于|低於|少于|最多|至多'
).split('|');
/** … that mean about. */
export const ABOUT_BEFORE = (
  'about|around|approximately|roughly|some|an estimated|estimated|circa|~|' +
  '约合|約合|大约|大約|约为|約為|约|約|大概'
).split('|');
/**
 * Approximation words before a number in the European languages (French, German, Spanish, Italian,
 * Portuguese, Dutch), read only in pages of those languages: over, under, about. A word two languages
 * use for different things ("cerca de": nearly in Spanish, about in Portuguese) is left out.
 */
export const EU_OVER_BEFORE = (
  'plus de|au moins|mehr als|über|mindestens|más de|al menos|più di|oltre|almeno|mais de|pelo menos|' +
  'meer dan|ruim'
).split('|');
export const EU_UNDER_BEFORE = (
  "près de|moins de|jusqu’à|jusqu'à|presque|knapp|fast|bis zu|weniger als|casi|menos de|hasta|quasi|" +
  'meno di|fino a|quase|bijna|minder dan|tot'
).split('|');
export const EU_ABOUT_BEFORE = (
  'environ|quelque|autour de|approximativement|rund|etwa|circa|ca.|alrededor de|aproximadamente|unos|' +
  'unas|intorno a|ongeveer'
).split('|');
/** Approximation phrases after a number, in the order they are tried. */
export const EN_APPROX_AFTER =
  'or more|or higher|or above|or over|-plus|plus|+|or so|or less|or fewer|or lower'.split('|');
export const OVER_AFTER = ['plus', '+', 'or more', 'or higher', 'or above', 'or over', '以上'];
export const UNDER_AFTER = ['or less', 'or fewer', 'or lower', '以下', '以内', '之内'];
/** Chinese approximation words after a number (以上 over, 以下 以内 之内 under, 左右 上下 about). */
export const ZH_APPROX_AFTER = ['以上', '以下', '以内', '之内', '左右', '上下'];

// --- direction ---

/**
 * English direction verbs before a number, up then down. A word marked * is weak: with an amount it
 * says what was done with it ("raised $12.9bn"), not a change, unless "by" follows; one marked + also
 * gives the direction right after a figure ("5% higher").
 */
export const EN_UP = (
  'rose|rise+|rises+|rising|risen|up|gained*|gains*+|gain*+|gaining|grew|grow|grows|growing|increased|' +
  'increase+|increases+|jumped|jumps|jump+|surged|surges|surge+|soared|soars|climbed|climbs|climb+|advanced|' +
  'advances|added*|adds*|raised*|raise*|raises*|raising*|hiked|hike+|hikes+|boosted|boost|expanded|rebounded|' +
  'higher+|lifted|lifts|spiked|rallied'
).split('|');
export const EN_DOWN = (
  'fell|fall+|falls+|falling|fallen|down|dropped|drops+|drop+|declined|declines+|decline+|decreased|' +
  'decreases+|decrease+|slid|slides|slipped|slips|plunged|plunges|plunge+|tumbled|tumbles|sank|sinks|lost*|' +
  'loses*|lose*|cut*+|cuts*+|cutting*|lowered|lowers|lower+|reduced|reduces|reduce|shrank|shrunk|shrinks|' +
  'contracted|slumped|slumps|eased|eases|dipped|dips|slashed|slashes|trimmed|trims|retreated|shed*|sheds*|' +
  'plummeted|dived|dove'
).split('|');
/** Nouns that give the direction right after a figure besides the + verbs ("a 5% advance"). */
export const EN_DIRECTION_NOUNS_AFTER = ['advance', 'loss', 'slide', 'reduction'];
/** Chinese direction verbs right before a number (tried leftmost first, in this order). */
export const ZH_DIRECTION_BEFORE = (
  '负增长|負增長|同比增长|同比增長|同比下降|同比下滑|同比减少|同比減少|环比增长|环比下降|增长|增長|上涨|上漲|' +
  '上升|提高|增加|上调|上調|攀升|飙升|飆升|跃升|躍升|大涨|大漲|暴涨|扩大|擴大|加快|放缓|放緩|加息|升息|涨|漲|' +
  '升|增|下降|下跌|下滑|减少|減少|降低|下调|下調|回落|缩减|縮減|萎缩|萎縮|大跌|暴跌|收窄|缩水|降息|减息|跌|降|减|減'
).split('|');
/** Negative growth: down, and the figure negated when it has no sign of its own. */
export const ZH_NEGATIVE_GROWTH = ['负增长', '負增長'];
/** What may stand between such a verb and the figure (增长了, 上涨约, 达 …). */
export const ZH_DIRECTION_THEN = '了|约|約|达|達|逾|近|超过|超'.split('|');
/** 下调存款准备金率0.5个百分点: verbs that may have their object between them and the figure. */
export const ZH_DIRECTION_NEAR =
  '下调|下調|上调|上調|下降|上升|提高|降低|增长|增長|下跌|上涨|上漲|增加|减少|減少|加快|放缓|放緩'.split('|');
/** What may not stand between such a verb and the figure (besides ASCII digits). */
export const ZH_DIRECTION_NEAR_STOP = '，。；、！？,;!?%至到';
/** The starts of the Chinese verbs that mean up; the others mean down. */
export const ZH_UP_STARTS = '同比增|环比增|增|上|提|攀|飙|飆|跃|躍|大涨|大漲|暴涨|扩|擴|加|升|涨|漲'.split(
  '|',
);
