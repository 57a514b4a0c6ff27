/**
 * Plain-words rendering of recorded figures for matcher notes ("recorded: more than CNY 380 billion").
 * Chinese in both scripts: simplified (`zh`) and traditional (`zh-Hant`), each traditional word the
 * OpenCC standard form of its simplified one (a unit test checks them).
 */
import type { RecordedFigure } from './types';

/** The language the matcher writes its notes in: English, simplified or traditional Chinese. */
export type Lang = 'en' | 'zh' | 'zh-Hant';

const SCALES: Record<Lang, [number, string][]> = {
  en: [
    [1e12, ' trillion'],
    [1e9, ' billion'],
    [1e6, ' million'],
  ],
  zh: [
    [1e12, '万亿'],
    [1e8, '亿'],
    [1e4, '万'],
  ],
  'zh-Hant': [
    [1e12, '萬億'],
    [1e8, '億'],
    [1e4, '萬'],
  ],
};

function trim(n: number): string {
  return String(Number(n.toPrecision(6)));
}

export function formatQuantity(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  for (const [scale, word] of SCALES[lang]) {
    if (abs >= scale) return trim(value / scale) + word;
  }
  return abs >= 1000 && Number.isInteger(value) ? value.toLocaleString('en-US') : trim(value);
}

/** Chinese words of a recorded figure, per script */
export const CHINESE_WORDS = {
  zh: {
    currency: { CNY: '元', USD: '美元', HKD: '港元', EUR: '欧元', JPY: '日元' } as Record<string, string>,
    approx: { exact: '', about: '约', over: '超过', under: '近' } as Record<string, string>,
    direction: { up: '上涨', down: '下降' } as Record<string, string>,
    percentagePoints: '个百分点',
    basisPoints: '个基点',
    times: '倍',
  },
  'zh-Hant': {
    currency: { CNY: '元', USD: '美元', HKD: '港元', EUR: '歐元', JPY: '日元' } as Record<string, string>,
    approx: { exact: '', about: '約', over: '超過', under: '近' } as Record<string, string>,
    direction: { up: '上漲', down: '下降' } as Record<string, string>,
    percentagePoints: '個百分點',
    basisPoints: '個基點',
    times: '倍',
  },
};

const APPROX_EN: Record<string, string> = {
  exact: '',
  about: 'about ',
  over: 'more than ',
  under: 'nearly ',
};
const DIRECTION_EN: Record<string, string> = { up: 'up ', down: 'down ' };

const approxWord = (lang: Lang, approx: string | undefined) =>
  (lang === 'en' ? APPROX_EN : CHINESE_WORDS[lang].approx)[approx ?? 'exact'] ?? '';
const directionWord = (lang: Lang, direction: 'up' | 'down' | undefined) =>
  direction ? (lang === 'en' ? DIRECTION_EN : CHINESE_WORDS[lang].direction)[direction] : '';

/**
 * A recorded figure in the plain words of a matcher note: "more than CNY 380 billion", "up 9.16%",
 * "10×"; in Chinese "超过3800亿元", "超過3800億元". (The card and popup show figures with
 * ui/format.ts's formatFigure, in the reader's locale.)
 */
export function figureForNote(fig: RecordedFigure, lang: Lang): string {
  const range = (f: (v: number) => string) =>
    fig.max !== undefined ? `${f(fig.value)}\u2013${f(fig.max)}` : f(fig.value);
  const zh = lang === 'en' ? undefined : CHINESE_WORDS[lang];
  let body: string;
  switch (fig.kind) {
    case 'money':
      if (zh) body = range((v) => formatQuantity(v, lang)) + (zh.currency[fig.unit ?? ''] ?? ` ${fig.unit}`);
      else body = `${fig.unit} ${range((v) => formatQuantity(v, 'en'))}`;
      break;
    case 'percent':
      body = `${range(trim)}%`;
      break;
    case 'percentage_points':
      body = zh ? `${range(trim)}${zh.percentagePoints}` : `${range(trim)} percentage points`;
      break;
    case 'basis_points':
      body = zh ? `${range(trim)}${zh.basisPoints}` : `${range(trim)} bp`;
      break;
    case 'multiple':
      body = zh ? `${range(trim)}${zh.times}` : `${range(trim)}\u00d7`;
      break;
    default:
      body = range((v) => formatQuantity(v, lang));
  }
  return `${directionWord(lang, fig.direction)}${approxWord(lang, fig.approx)}${body}`;
}

/** The page's figure with the words the recognizer read around it: "down 9.2%", "more than 380 billion yuan". */
export function formatPageFigure(
  figure: { text: string; approx: string; direction?: 'up' | 'down' | undefined },
  lang: Lang,
): string {
  return `${directionWord(lang, figure.direction)}${approxWord(lang, figure.approx)}${figure.text}`;
}
