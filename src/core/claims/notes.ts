/**
 * Annotations and the notes their cards show: a variant's or equivalent's own note, the page's
 * figure against the recorded one for differs, "within the page's bound", and what the page did not
 * state (the unit, the event). Pure.
 */
import type { Figure } from '../figures/types';
import type { CompiledFigure } from './compile';
import { figureForNote, formatPageFigure, type Lang } from './format';
import type { Annotation, AnnotationFlag, ClaimRecord, Verdict } from './types';

const FLAG_NOTES: Record<AnnotationFlag, { en: string; zh: string }> = {
  'implied-unit': {
    en: 'The page does not state the unit; read in the claim\u2019s currency.',
    zh: '\u9875\u9762\u672a\u5199\u660e\u5355\u4f4d\uff0c\u6309\u8bb0\u5f55\u7684\u5e01\u79cd\u7406\u89e3\u3002', // 页面未写明单位，按记录的币种理解。
  },
  'event-unplaced': {
    en: 'The page does not say this figure is from the event the claim describes.',
    zh: '\u9875\u9762\u672a\u8bf4\u660e\u6b64\u6570\u5b57\u662f\u5426\u5c5e\u4e8e\u8bb0\u5f55\u6240\u8ff0\u7684\u4e8b\u4ef6\u3002', // 页面未说明此数字是否属于记录所述的事件。
  },
};

export class Notes {
  private readonly formatted = new Map<string, string>();

  constructor(
    private readonly claims: ClaimRecord[],
    private readonly lang: Lang,
  ) {}

  private recordedText(ci: number, fig: CompiledFigure): string {
    const rec = this.claims[ci]!;
    const key = fig.role === 'e' ? `${ci}e${fig.i ?? 0}` : `${ci}`;
    let text = this.formatted.get(key);
    if (text === undefined) {
      const shown = fig.role === 'e' ? (rec.equivalents?.[fig.i ?? 0]?.figure ?? rec.figure) : rec.figure;
      text = figureForNote(shown, this.lang);
      this.formatted.set(key, text);
    }
    return text;
  }

  private base(ci: number, fig: CompiledFigure, verdict: Verdict, figure: Figure): string | undefined {
    const rec = this.claims[ci]!;
    const lang = this.lang;
    if (fig.role === 'v') return rec.variants?.[fig.i ?? 0]?.note[lang];
    if (fig.role === 'e' && verdict !== 'differs') return rec.equivalents?.[fig.i ?? 0]?.note[lang];
    const recorded = this.recordedText(ci, fig);
    if (verdict === 'differs') {
      return lang === 'zh'
        ? `\u9875\u9762\uff1a${formatPageFigure(figure, lang)}\uff1b\u8bb0\u5f55\uff1a${recorded}\uff08\u622a\u81f3${rec.asOf}\uff09` // 页面：…；记录：…（截至…）
        : `Page: ${formatPageFigure(figure, lang)}; recorded: ${recorded} (as of ${rec.asOf}).`;
    }
    const bound = figure.approx === 'over' || figure.approx === 'under' || figure.max !== undefined;
    if (bound && (figure.approx !== rec.figure.approx || figure.max !== rec.figure.max)) {
      return lang === 'zh'
        ? `\u5728\u9875\u9762\u7ed9\u51fa\u7684\u8303\u56f4\u5185\uff1b\u8bb0\u5f55\uff1a${recorded}` // 在页面给出的范围内；记录：
        : `Within the page's bound; recorded: ${recorded}.`;
    }
    return undefined;
  }

  annotate(
    ci: number,
    fig: CompiledFigure,
    verdict: Verdict,
    figure: Figure,
    flags: AnnotationFlag[],
  ): Annotation {
    const rec = this.claims[ci]!;
    const lang = this.lang;
    const ann: Annotation = {
      text: figure.text,
      start: figure.start,
      end: figure.end,
      figure,
      claim: {
        id: rec.id,
        subject: rec.subject[lang],
        statement: rec.statement[lang],
        kind: rec.figure.kind,
        value: rec.figure.value,
        unit: rec.figure.unit,
      },
      verdict,
    };
    const parts = [this.base(ci, fig, verdict, figure), ...flags.map((f) => FLAG_NOTES[f][lang])];
    const note = parts.filter((p) => p).join(lang === 'zh' ? '' : ' ');
    if (note) ann.note = note;
    if (flags.length > 0) ann.flags = flags;
    return ann;
  }
}
