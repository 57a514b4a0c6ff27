/**
 * Annotations and the notes their cards show: a variant's or equivalent's own note, the page's
 * figure against the recorded one for differs, "within the page's bound", and what the page did not
 * state (the unit, the event). Pure.
 *
 * The notes are written in the matcher's language (`Lang`): English, or Chinese in the reader's
 * script (simplified under zh_CN, traditional under zh_TW). The dataset's own texts (subject,
 * statement, a variant's note) are taken in that script too, as `contentText` picks them.
 */
import type { Figure } from '../figures/types';
import type { CompiledFigure } from './compile';
import { contentText, matcherContentLanguage } from './content-text';
import { figureForNote, formatPageFigure, type Lang } from './format';
import type { Annotation, AnnotationFlag, ClaimRecord, Verdict } from './types';

/** The sentences the matcher writes, per language; each traditional one the OpenCC form of its simplified one. */
export const NOTE_TEXTS: Record<
  Lang,
  {
    flags: Record<AnnotationFlag, string>;
    differs: (page: string, recorded: string, asOf: string) => string;
    withinBound: (recorded: string) => string;
    /** between the note's sentences */
    joiner: string;
  }
> = {
  en: {
    flags: {
      'implied-unit': 'The page does not state the unit; read in the claim\u2019s currency.',
      'event-unplaced': 'The page does not say this figure is from the event the claim describes.',
    },
    differs: (page, recorded, asOf) => `Page: ${page}; recorded: ${recorded} (as of ${asOf}).`,
    withinBound: (recorded) => `Within the page's bound; recorded: ${recorded}.`,
    joiner: ' ',
  },
  zh: {
    flags: {
      'implied-unit': '页面未写明单位，按记录的币种理解。',
      'event-unplaced': '页面未说明此数字是否属于记录所述的事件。',
    },
    differs: (page, recorded, asOf) => `页面：${page}；记录：${recorded}（截至${asOf}）`,
    withinBound: (recorded) => `在页面给出的范围内；记录：${recorded}`,
    joiner: '',
  },
  'zh-Hant': {
    flags: {
      'implied-unit': '頁面未寫明單位，按記錄的幣種理解。',
      'event-unplaced': '頁面未說明此數字是否屬於記錄所述的事件。',
    },
    differs: (page, recorded, asOf) => `頁面：${page}；記錄：${recorded}（截至${asOf}）`,
    withinBound: (recorded) => `在頁面給出的範圍內；記錄：${recorded}`,
    joiner: '',
  },
};

export class Notes {
  private readonly formatted = new Map<string, string>();
  private readonly texts: (typeof NOTE_TEXTS)[Lang];

  constructor(
    private readonly claims: ClaimRecord[],
    private readonly lang: Lang,
  ) {
    this.texts = NOTE_TEXTS[lang];
  }

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
    const language = matcherContentLanguage(this.lang);
    if (fig.role === 'v') {
      const note = rec.variants?.[fig.i ?? 0]?.note;
      return note && contentText(note, language);
    }
    if (fig.role === 'e' && verdict !== 'differs') {
      const note = rec.equivalents?.[fig.i ?? 0]?.note;
      return note && contentText(note, language);
    }
    const recorded = this.recordedText(ci, fig);
    if (verdict === 'differs')
      return this.texts.differs(formatPageFigure(figure, this.lang), recorded, rec.asOf);
    const bound = figure.approx === 'over' || figure.approx === 'under' || figure.max !== undefined;
    if (bound && (figure.approx !== rec.figure.approx || figure.max !== rec.figure.max))
      return this.texts.withinBound(recorded);
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
    const language = matcherContentLanguage(this.lang);
    const ann: Annotation = {
      text: figure.text,
      start: figure.start,
      end: figure.end,
      figure,
      claim: {
        id: rec.id,
        subject: contentText(rec.subject, language),
        statement: contentText(rec.statement, language),
        kind: rec.figure.kind,
        value: rec.figure.value,
        unit: rec.figure.unit,
      },
      verdict,
    };
    const parts = [this.base(ci, fig, verdict, figure), ...flags.map((f) => this.texts.flags[f])];
    const note = parts.filter((p) => p).join(this.texts.joiner);
    if (note) ann.note = note;
    if (flags.length > 0) ann.flags = flags;
    return ann;
  }
}
