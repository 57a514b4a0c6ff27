/**
 * Which language, and for Chinese which script, a page is written in: what the card and the popup
 * show a claim's statement and notes in. From the page's `<html lang>`, and from its text where
 * the tag is missing or does not say the script. Pure and cheap: a count of frequent characters
 * that exist in only one of the two scripts, no conversion table.
 */

export type ChineseScript = 'hans' | 'hant';

/** The languages a claims dataset is written in: English, and Chinese in either script. */
export type ContentLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

/**
 * Frequent characters of news text that differ between the scripts, as pairs written
 * simplified/traditional. Each simplified one is never written in traditional text and each
 * traditional one never in simplified text (a unit test checks both against OpenCC's data), so a
 * page's count of each says its script. Characters that both scripts use (后, 里, 干, 云, 台, 面)
 * are left out on purpose.
 */
const PAIRS =
  '这這 们們 说說 时時 国國 会會 对對 发發 经經 为為 来來 过過 还還 进進 动動 个個 么麼 样樣 现現 ' +
  '实實 点點 开開 关關 长長 门門 问問 间間 题題 东東 业業 产產 价價 资資 亿億 万萬 涨漲 场場 报報 ' +
  '与與 区區 务務 总總 网網 电電 数數 据據 术術 营營 银銀 买買 卖賣 让讓 认認 尔爾 显顯 导導 币幣 ' +
  '极極 战戰 扩擴 达達 强強 华華 财財 团團 从從 两兩 机機 预預 计計 亚亞';

let sets: { simplified: Set<string>; traditional: Set<string> } | undefined;

/**
 * The characters of each script only, built on first use (nothing runs when the module is
 * evaluated, so a bundle that imports this module and not the function pays only for its text).
 */
export function scriptOnlyCharacters(): { simplified: Set<string>; traditional: Set<string> } {
  if (sets) return sets;
  const simplified = new Set<string>();
  const traditional = new Set<string>();
  for (const pair of PAIRS.split(' ')) {
    const [s, t] = [...pair];
    // a pair whose two characters are the same says nothing about the script
    if (s && t && s !== t) {
      simplified.add(s);
      traditional.add(t);
    }
  }
  sets = { simplified, traditional };
  return sets;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * The script of a Chinese text: the one more of its script-only characters belong to; undefined
 * when neither has any (a short text, or one whose characters both scripts share).
 */
export function chineseScript(text: string): ChineseScript | undefined {
  const only = scriptOnlyCharacters();
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (only.simplified.has(ch)) simplified++;
    else if (only.traditional.has(ch)) traditional++;
  }
  if (simplified === traditional) return undefined;
  return traditional > simplified ? 'hant' : 'hans';
}

/**
 * Whether a text is mostly Chinese: a Chinese character carries about a word, so a page counts as
 * Chinese when it has at least a third as many as Latin letters (an English story quoting a Chinese
 * name has a few against thousands).
 */
export function isMostlyChinese(text: string): boolean {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (LATIN_LETTER.test(ch)) latin++;
  }
  return han > 0 && han * 3 >= latin;
}

/** The script a BCP 47 tag states: its script subtag, or a region that writes one script. */
function scriptOfTag(subtags: string[]): ChineseScript | undefined {
  for (const subtag of subtags.slice(1)) {
    if (subtag === 'hant' || subtag === 'tw' || subtag === 'hk' || subtag === 'mo') return 'hant';
    if (subtag === 'hans' || subtag === 'cn' || subtag === 'sg' || subtag === 'my') return 'hans';
  }
  // Cantonese is written in traditional script unless the tag says otherwise
  return subtags[0] === 'yue' ? 'hant' : undefined;
}

const CHINESE_LANGUAGES = new Set(['zh', 'cmn', 'yue', 'lzh']);

/**
 * The content language of a page from its `<html lang>` (`tag`, "" when missing) and, only when
 * needed, a sample of its text (`sample` is called at most once). A tag that names another language
 * wins (a Japanese page uses the English text: the datasets have no Japanese); a Chinese tag
 * without a script or region, or no tag, reads the script (and the language) from the text.
 * Chinese in neither script reads simplified, the datasets' own.
 */
export function pageLanguage(tag: string | null | undefined, sample: () => string): ContentLanguage {
  const subtags = (tag ?? '').trim().toLowerCase().replaceAll('_', '-').split('-').filter(Boolean);
  const language = subtags[0];
  if (language !== undefined && !CHINESE_LANGUAGES.has(language)) return 'en';
  const tagged = language === undefined ? undefined : scriptOfTag(subtags);
  if (tagged) return tagged === 'hant' ? 'zh-Hant' : 'zh-Hans';
  const text = sample();
  if (language === undefined && !isMostlyChinese(text)) return 'en';
  return chineseScript(text) === 'hant' ? 'zh-Hant' : 'zh-Hans';
}
