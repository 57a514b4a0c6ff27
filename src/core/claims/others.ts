/**
 * Companies that are not subjects of the bundled datasets but often share a sentence with them.
 * A figure whose sentence (or single-company block) names one of these is not tied to a dataset
 * subject: "Tencent plans to invest 380 billion yuan" is not Alibaba's plan. Matched case-sensitively
 * (proper names), English as whole words, Chinese anywhere. Chinese names are listed in both scripts
 * where they differ (a unit test checks them against OpenCC's traditional forms).
 *
 * The last entry is a company the text does not name ("another company", 另一家): a paragraph about
 * one is not the article's subject's, so the headline's company does not carry over to it.
 */
export const OTHER_COMPANIES: readonly string[][] = [
  ['Tencent', '腾讯', '騰訊'],
  ['Baidu', '百度'],
  ['JD.com', 'JD', '京东', '京東'],
  ['ByteDance', '字节跳动', '字節跳動'],
  ['Meituan', '美团', '美團'],
  ['Pinduoduo', 'PDD Holdings', 'Temu', '拼多多'],
  ['NetEase', '网易', '網易'],
  ['Xiaomi', '小米集团', '小米集團'],
  ['Huawei', '华为', '華為', '華爲'],
  ['Kuaishou', '快手'],
  ['SenseTime', '商汤', '商湯'],
  ['iFlytek', '科大讯飞', '科大訊飛'],
  ['DeepSeek', '深度求索'],
  ['Moonshot AI', '月之暗面'],
  ['Zhipu', '智谱', '智譜'],
  ['SMIC', '中芯国际', '中芯國際'],
  ['China Mobile', '中国移动', '中國移動'],
  ['Microsoft', '微软', '微軟'],
  ['Google', 'Alphabet', '谷歌'],
  ['Amazon', 'AWS', '亚马逊', '亞馬遜'],
  ['Meta Platforms', 'Meta', 'Facebook'],
  ['Apple', '苹果公司', '蘋果公司'],
  ['Nvidia', 'NVIDIA', '英伟达', '英偉達', '輝達', '辉达'],
  ['OpenAI'],
  ['Anthropic'],
  ['Oracle', '甲骨文'],
  ['Tesla', '特斯拉'],
  ['Intel', '英特尔', '英特爾'],
  ['AMD'],
  ['TSMC', '台积电', '台積電', '臺積電'],
  ['Samsung', '三星'],
  ['SoftBank', '软银', '軟銀'],
  ['xAI'],
  ['Micron', '美光'],
  // banks and brokers: an analyst's estimate or target belongs to the analyst, not the company
  ['Goldman Sachs', 'Goldman', '高盛'],
  ['Morgan Stanley', '大摩'],
  ['JPMorgan', 'J.P. Morgan', '小摩'],
  ['Citi', 'Citigroup', '花旗'],
  ['UBS'],
  ['Nomura', '野村'],
  // a company the text does not name
  [
    'another company',
    'Another company',
    'another firm',
    'Another firm',
    'other companies',
    'Other companies',
    '另一家',
    '另一間',
    '另一间',
    '其他公司',
    '其他企业',
    '其他企業',
  ],
];
