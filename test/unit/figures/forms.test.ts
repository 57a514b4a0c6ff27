/**
 * Forms of financial writing beyond the spec files: signs written as words, financial-table notation,
 * number words in money, Chinese lists and colloquial money, crypto-assets, European formats chosen by
 * the page's language. One line per case with why (the format is in ./table.ts); each group is a
 * category of writing, and the sentences are our own, modelled on filings, wire stories and notices.
 */
import { describe } from 'vitest';
import { check } from './table';

describe('signs in words', () => {
  check([
    [
      'Real growth came in at negative 3% last year.',
      'negative 3%|p -3 down',
      '"negative" is a minus written as a word',
    ],
    ['The index returned minus 2.5 per cent.', 'minus 2.5 per cent|p -2.5 down', 'so is "minus"'],
    [
      'Margins were minus five percent in March.',
      'minus five percent|p -5 down',
      'before a spelled-out number too',
    ],
    [
      'Exports were down 2 per cent on the year.',
      '2 per cent|p 2 down',
      '"down" is a direction, the value stays positive',
    ],
    ['a margin of error of plus or minus 3%', '3%|p 3', '"plus or minus" is a margin, not a sign'],
    ['净利润减少5%', '5%|p 5 down', '减少 is a direction'],
    ['增速为负3%', '负3%|p -3 down', '负 is a minus'],
    ['the aminus 5% grade', '5%|p 5', '"minus" must be a word of its own'],
  ]);
});

describe('financial-table notation', () => {
  check([
    ['Revenue of 75 USD million was booked.', '75 USD million|m 75e6 USD', 'a code, then the scale'],
    ['Net debt: 3.2 EUR bn', '3.2 EUR bn|m 3.2e9 EUR', 'a scale abbreviation after the code'],
    ['Capex, US$m 12', 'US$m 12|m 12e6 USD', 'a scale on the dollar sign before the number'],
    ['Total assets HK$bn 5.4', 'HK$bn 5.4|m 5.4e9 HKD', 'billions of Hong Kong dollars'],
    ['Provisions (€m) €m 40', '€m 40|m 40e6 EUR', 'millions of euros; the header is not read'],
    ['Goodwill £bn 2', '£bn 2|m 2e9 GBP', 'billions of pounds'],
    ['Cash USDm 5', 'USDm 5|m 5e6 USD', 'm glued to the code'],
    ['Loans RMBbn 30', 'RMBbn 30|m 30e9 CNY', 'bn glued to the code'],
    ['Revenue MAUD 60', 'MAUD 60|m 60e6 AUD', 'M before the code: millions'],
    ['USD50 per share', 'USD50|m 50 USD', 'a code glued to the amount'],
    ['a $1MM round', '$1MM|m 1e6 USD', 'MM is a million'],
    ['75 USD a month', '75 USD|m 75 USD', 'a word after the code is no scale'],
  ]);
});

describe('number words in money', () => {
  check([
    [
      'three quarters of a billion dollars',
      'three quarters of a billion dollars|m 750e6 USD',
      'a count of quarters of a scale',
    ],
    ['two-thirds of a million people', 'two-thirds of a million|n 666666.666667', 'thirds, hyphenated'],
    ['half a billion yuan', 'half a billion yuan|m 500e6 CNY', 'half of a scale'],
    ['three quarters of the shares', '', 'quarters of something that is no scale'],
  ]);
});

describe('Chinese lists and colloquial money', () => {
  check([
    [
      '$20，300美圆，￥300',
      '$20|m 20 USD ; 300美圆|m 300 USD ; ￥300|m 300 CNY',
      'a full-width comma between ASCII digits separates amounts',
    ],
    [
      '$20、300美元、€300',
      '$20|m 20 USD ; 300美元|m 300 USD ; €300|m 300 EUR',
      'so does the enumeration comma',
    ],
    ['营收４，５００元', '４，５００元|m 4500 CNY', 'between full-width digits it still groups thousands'],
    ['收入20，同比增长5%', '5%|p 5 up', 'a count before a clause comma stays a count'],
    ['一杯咖啡三块五', '三块五|m 3.5 CNY', '三块五: a lone digit after 块 is tenths'],
    ['找了三块五毛钱', '三块五毛钱|m 3.5 CNY', 'with 毛 and 钱 written out'],
    ['车费5块3毛', '5块3毛|m 5.3 CNY', 'digits with 块 and 毛'],
    ['需要40块，延时低', '', '块 alone may count pieces (of chips, cards)'],
    ['买了三块蛋糕', '', '块 before a noun counts pieces'],
    ['我们一块儿去', '', '一块儿 is "together"'],
    ['五毛钱一个', '五毛钱|m 0.5 CNY', '毛钱 is a tenth of a yuan'],
    ['三毛的书', '', '毛 alone is no money (三毛 is a name)'],
    ['利润增长半成', '半成|p 5 up', '半成: half a tenth'],
    ['半成品库存', '', '半成品 is a word'],
    ['出口增长3成', '3成|p 30 up', '成 counts tenths'],
    ['全场打7.5 折', '7.5 折|p 75', '折 after a space'],
    ['收入处于百分之七十五分位', '', 'a percentile is not a percent'],
    ['占比百分之七十五', '百分之七十五|p 75', 'while 百分之 alone is'],
  ]);
});

describe('crypto-assets', () => {
  check([
    ['The fund holds 10,000 bitcoins.', '10,000 bitcoins|m 10000 BTC', 'a plural name after the amount'],
    ['The block reward fell to 6.25 BTC.', '6.25 BTC|m 6.25 BTC', 'a ticker in capitals'],
    ['a fee of 2 satoshis', '2 satoshis|m 2e-8 BTC', 'satoshis are hundred-millionths of a bitcoin'],
    ['He staked 50 ether.', '50 ether|m 50 ETH', 'ether is ETH'],
    ['a transfer of 100 USDT', '100 USDT|m 100 USDT', 'a four-letter ticker'],
    ['他持有5个比特币', '5个比特币|m 5 BTC', 'a measure word between amount and name'],
    ['买入3枚比特币', '3枚比特币|m 3 BTC', '枚 counts coins'],
    ['The BTC price in 2024', '', 'a ticker without an amount is no figure'],
    ['2 eth', '', 'tickers count only in capitals'],
  ]);
});

describe('European formats in a French page', () => {
  check(
    [
      ['Le titre a cédé 12,5 % en séance.', '12,5 %|p 12.5', 'a decimal comma, a space before %'],
      [
        'un bénéfice de 3,2 milliards d’euros',
        '3,2 milliards d’euros|m 3.2e9 EUR',
        "milliards, then d' with a curly apostrophe",
      ],
      [
        "un chiffre d'affaires de 3,2 milliards d'euros",
        "3,2 milliards d'euros|m 3.2e9 EUR",
        "d' before the money word",
      ],
      ['une hausse de 12\u202f%', '12\u202f%|p 12', 'a narrow no-break space before %'],
      [
        'le CAC 40 termine à 7.612,52 points',
        '7.612,52|n 7612.52',
        'a dot groups thousands, a comma gives the decimals',
      ],
      ['un coût de 1 234 567 €', '1 234 567 €|m 1234567 EUR', 'spaces group thousands, the euro sign after'],
      ['773 millions d’euros', '773 millions d’euros|m 773e6 EUR', 'millions'],
      [
        'les ventes de 8,4 milliards de dollars',
        '8,4 milliards de dollars|m 8.4e9 USD',
        '"de" before the money word',
      ],
      ['Le 12 mars 2024, à 15 h 30', '', 'dates and times stay no figures'],
      ['les listes 1,2,3', '', 'a comma between single digits is no decimal'],
    ],
    { lang: 'fr' },
  );
});

describe('French currencies named with their country, and approximation words', () => {
  check(
    [
      [
        'un profit de 12,4 milliards de dollars de Taïwan',
        '12,4 milliards de dollars de Taïwan|m 12.4e9 TWD',
        'dollars de Taïwan: the country says which dollar',
      ],
      [
        '9,8 millions de dollars canadiens',
        '9,8 millions de dollars canadiens|m 9.8e6 CAD',
        'an adjective says it too',
      ],
      [
        'un bénéfice de 15,2 milliards de couronnes suédoises',
        '15,2 milliards de couronnes suédoises|m 15.2e9 SEK',
        'couronnes suédoises',
      ],
      ['6,1 milliards de couronnes', '6,1 milliards|n 6.1e9', 'a crown without its country is no currency'],
      ['1,5 milliard de francs suisses', '1,5 milliard de francs suisses|m 1.5e9 CHF', 'francs suisses'],
      ['plus de 21.300 salariés', '21.300|n 21300 ~over', 'plus de: over'],
      ['près de 4.800 emplois', '4.800|n 4800 ~under', 'près de: nearly'],
      ['environ 2,7 milliards d’euros', '2,7 milliards d’euros|m 2.7e9 EUR ~about', 'environ: about'],
      ['une baisse jusqu’à 8,5 %', '8,5 %|p 8.5 ~under', 'jusqu’à: up to'],
    ],
    { lang: 'fr' },
  );
  check(
    [
      ['rund 4,2 Mrd. US-Dollar', '4,2 Mrd. US-Dollar|m 4.2e9 USD ~about', 'rund: about; US-Dollar'],
      ['mehr als 3.100 Stellen', '3.100|n 3100 ~over', 'mehr als: over'],
      ['6 Mrd. Schweizer Franken', '6 Mrd. Schweizer Franken|m 6e9 CHF', 'Schweizer Franken'],
    ],
    { lang: 'de' },
  );
  check([['plus de 5% of it', '5%|p 5', 'French words in an English page are not read']]);
});

describe('European formats in German, Spanish and Italian pages', () => {
  check(
    [
      [
        'Umsatz von 1.234,5 Mio. €',
        '1.234,5 Mio. €|m 1.2345e9 EUR',
        'Mio. with its dot, the euro sign after',
      ],
      ['ein Gewinn von 2,3 Mrd. Euro', '2,3 Mrd. Euro|m 2.3e9 EUR', 'Mrd. and the word Euro'],
      ['ein Plus von 4,5 Prozent', '4,5 Prozent|p 4.5', 'Prozent is percent'],
    ],
    { lang: 'de-DE' },
  );
  check(
    [['una inversión de 5 millones de dólares', '5 millones de dólares|m 5e6 USD', 'millones de dólares']],
    {
      lang: 'es',
    },
  );
  check([['un utile di 3 miliardi di euro', '3 miliardi di euro|m 3e9 EUR', 'miliardi di euro']], {
    lang: 'it',
  });
});

describe('English and Chinese pages keep their formats', () => {
  check([
    ['Revenue of 1,234 units', '1,234|n 1234', 'without lang a comma groups thousands'],
    ['a yield of 12,5 %', '', 'and 12,5 is no number'],
  ]);
  check([['Revenue of 1,234 units', '1,234|n 1234', 'in English a comma groups thousands']], {
    lang: 'en-GB',
  });
  check([['营收1,234亿元', '1,234亿元|m 123.4e9 CNY', 'in Chinese too']], { lang: 'zh-CN' });
});
