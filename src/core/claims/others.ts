/**
 * Companies that are not subjects of the bundled datasets but often share a sentence with them.
 * A figure whose sentence (or single-company block) names one of these is not tied to a dataset
 * subject: "Tencent plans to invest 380 billion yuan" is not Alibaba's plan. Matched case-sensitively
 * (proper names), English as whole words, Chinese anywhere. Chinese names are \u-escaped so the
 * content-script bundle stays ASCII; the readable name follows each line.
 */
export const OTHER_COMPANIES: readonly string[][] = [
  ['Tencent', '\u817e\u8baf'], // 腾讯
  ['Baidu', '\u767e\u5ea6'], // 百度
  ['JD.com', 'JD', '\u4eac\u4e1c'], // 京东
  ['ByteDance', '\u5b57\u8282\u8df3\u52a8'], // 字节跳动
  ['Meituan', '\u7f8e\u56e2'], // 美团
  ['Pinduoduo', 'PDD Holdings', 'Temu', '\u62fc\u591a\u591a'], // 拼多多
  ['NetEase', '\u7f51\u6613'], // 网易
  ['Xiaomi', '\u5c0f\u7c73\u96c6\u56e2'], // 小米集团
  ['Huawei', '\u534e\u4e3a'], // 华为
  ['Kuaishou', '\u5feb\u624b'], // 快手
  ['SenseTime', '\u5546\u6c64'], // 商汤
  ['iFlytek', '\u79d1\u5927\u8baf\u98de'], // 科大讯飞
  ['DeepSeek', '\u6df1\u5ea6\u6c42\u7d22'], // 深度求索
  ['Moonshot AI', '\u6708\u4e4b\u6697\u9762'], // 月之暗面
  ['Zhipu', '\u667a\u8c31'], // 智谱
  ['SMIC', '\u4e2d\u82af\u56fd\u9645'], // 中芯国际
  ['China Mobile', '\u4e2d\u56fd\u79fb\u52a8'], // 中国移动
  ['Microsoft', '\u5fae\u8f6f'], // 微软
  ['Google', 'Alphabet', '\u8c37\u6b4c'], // 谷歌
  ['Amazon', 'AWS', '\u4e9a\u9a6c\u900a'], // 亚马逊
  ['Meta Platforms', 'Meta', 'Facebook'],
  ['Apple', '\u82f9\u679c\u516c\u53f8'], // 苹果公司
  ['Nvidia', 'NVIDIA', '\u82f1\u4f1f\u8fbe'], // 英伟达
  ['OpenAI'],
  ['Anthropic'],
  ['Oracle', '\u7532\u9aa8\u6587'], // 甲骨文
  ['Tesla', '\u7279\u65af\u62c9'], // 特斯拉
  ['Intel', '\u82f1\u7279\u5c14'], // 英特尔
  ['AMD'],
  ['TSMC', '\u53f0\u79ef\u7535'], // 台积电
  ['Samsung', '\u4e09\u661f'], // 三星
  ['SoftBank', '\u8f6f\u94f6'], // 软银
  ['xAI'],
  ['Micron', '\u7f8e\u5149'], // 美光
  // banks and brokers: an analyst's estimate or target belongs to the analyst, not the company
  ['Goldman Sachs', 'Goldman', '\u9ad8\u76db'], // 高盛
  ['Morgan Stanley', '\u5927\u6469'], // 大摩
  ['JPMorgan', 'J.P. Morgan', '\u5c0f\u6469'], // 小摩
  ['Citi', 'Citigroup', '\u82b1\u65d7'], // 花旗
  ['UBS'],
  ['Nomura', '\u91ce\u6751'], // 野村
];
