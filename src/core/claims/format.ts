/**
 * Plain-words rendering of recorded figures for matcher notes ("recorded: more than CNY 380 billion").
 * Chinese literals are \u-escaped so the content-script bundle stays ASCII.
 */
import type { RecordedFigure } from './types';

export type Lang = 'en' | 'zh';

const SCALES_EN: [number, string][] = [
  [1e12, ' trillion'],
  [1e9, ' billion'],
  [1e6, ' million'],
];
const SCALES_ZH: [number, string][] = [
  [1e12, '\u4e07\u4ebf'], // 万亿
  [1e8, '\u4ebf'], // 亿
  [1e4, '\u4e07'], // 万
];

function trim(n: number): string {
  return String(Number(n.toPrecision(6)));
}

export function formatQuantity(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  for (const [scale, word] of lang === 'zh' ? SCALES_ZH : SCALES_EN) {
    if (abs >= scale) return trim(value / scale) + word;
  }
  return abs >= 1000 && Number.isInteger(value) ? value.toLocaleString('en-US') : trim(value);
}

const CURRENCY_ZH: Record<string, string> = {
  CNY: '\u5143', // 元
  USD: '\u7f8e\u5143', // 美元
  HKD: '\u6e2f\u5143', // 港元
  EUR: '\u6b27\u5143', // 欧元
  JPY: '\u65e5\u5143', // 日元
};

const APPROX: Record<Lang, Record<string, string>> = {
  en: { exact: '', about: 'about ', over: 'more than ', under: 'nearly ' },
  zh: { exact: '', about: '\u7ea6', over: '\u8d85\u8fc7', under: '\u8fd1' }, // 约 超过 近
};
const DIRECTION: Record<Lang, Record<string, string>> = {
  en: { up: 'up ', down: 'down ' },
  zh: { up: '\u4e0a\u6da8', down: '\u4e0b\u964d' }, // 上涨 下降
};

/**
 * A recorded figure in the plain words of a matcher note: "more than CNY 380 billion", "up 9.16%",
 * "10×"; in Chinese "超过3800亿元". (The card and popup show figures with ui/format.ts's
 * formatFigure, in the reader's locale.)
 */
export function figureForNote(fig: RecordedFigure, lang: Lang): string {
  const range = (f: (v: number) => string) =>
    fig.max !== undefined ? `${f(fig.value)}\u2013${f(fig.max)}` : f(fig.value);
  let body: string;
  switch (fig.kind) {
    case 'money':
      if (lang === 'zh')
        body = range((v) => formatQuantity(v, 'zh')) + (CURRENCY_ZH[fig.unit ?? ''] ?? ` ${fig.unit}`);
      else body = `${fig.unit} ${range((v) => formatQuantity(v, 'en'))}`;
      break;
    case 'percent':
      body = `${range(trim)}%`;
      break;
    case 'percentage_points':
      body = lang === 'zh' ? `${range(trim)}\u4e2a\u767e\u5206\u70b9` : `${range(trim)} percentage points`;
      break;
    case 'basis_points':
      body = lang === 'zh' ? `${range(trim)}\u4e2a\u57fa\u70b9` : `${range(trim)} bp`;
      break;
    case 'multiple':
      body = lang === 'zh' ? `${range(trim)}\u500d` : `${range(trim)}\u00d7`;
      break;
    default:
      body = range((v) => formatQuantity(v, lang));
  }
  const dir = fig.direction ? DIRECTION[lang][fig.direction] : '';
  return `${dir}${APPROX[lang][fig.approx] ?? ''}${body}`;
}

/** The page's figure with the words the recognizer read around it: "down 9.2%", "more than 380 billion yuan". */
export function formatPageFigure(
  figure: { text: string; approx: string; direction?: 'up' | 'down' | undefined },
  lang: Lang,
): string {
  const dir = figure.direction ? DIRECTION[lang][figure.direction] : '';
  return `${dir}${APPROX[lang][figure.approx] ?? ''}${figure.text}`;
}
