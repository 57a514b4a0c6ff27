/**
 * Chinese in both scripts, at compile time. A dataset writes its Chinese once (in simplified script,
 * as a rule); Hong Kong and Taiwan papers write the same names and words in traditional script, with
 * their own regional forms (吳泳銘, 阿里雲, 通義千問, 股價, 資本開支, 數據中心/資料中心). The compiler asks a
 * `ScriptConverter` for every form of each alias and topic word, and for each shown text in the
 * other script, so the compiled index carries them and the page pays nothing for the conversion.
 *
 * This module has no conversion data: the converter is given to `compileDatasets`. The build and the
 * CLI give it OpenCC's (`src/platform/opencc-converter.ts`, a dev dependency that never reaches the content script
 * or the page engine). Datasets the reader imports are converted in the options page, which records
 * the converter's answers (`recordingConverter`) and stores them with the dataset; the page engine
 * compiles them again with `tableConverter` over that record.
 */
import { chineseScript } from './page-language';
import type { LocalizedText } from './types';

export interface ScriptConverter {
  /**
   * Every other form a page may write a phrase in: traditional script (OpenCC's standard, Hong Kong
   * and Taiwan, with Taiwan's own phrases), and simplified script for a phrase written traditional.
   * Never includes the phrase itself.
   */
  forms(phrase: string): string[];
  /** A shown text (a statement, a note) in traditional script: characters only, no phrase rewording. */
  toTraditional(text: string): string;
  /** A shown text in simplified script. */
  toSimplified(text: string): string;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Whether a phrase has Chinese characters, the only ones a converter changes. */
export const hasHan = (text: string): boolean => HAN.test(text);

/**
 * The phrases followed by every other form of those with Chinese characters, without duplicates,
 * in a stable order (the phrases as written first).
 */
export function withScriptForms(
  phrases: readonly string[],
  converter: ScriptConverter | undefined,
): string[] {
  const out = [...new Set(phrases)];
  if (!converter) return out;
  const seen = new Set(out);
  for (const phrase of phrases) {
    if (!hasHan(phrase)) continue;
    for (const form of converter.forms(phrase)) {
      if (seen.has(form)) continue;
      seen.add(form);
      out.push(form);
    }
  }
  return out;
}

/** A dataset's `{en, zh}` text with its Chinese in the other script, where the converter gives it. */
export function compiledText(text: { en: string; zh: string }, converter?: ScriptConverter): LocalizedText {
  const out: LocalizedText = { en: text.en, zh: text.zh };
  if (!converter || !hasHan(text.zh)) return out;
  if (chineseScript(text.zh) === 'hant') {
    const hans = converter.toSimplified(text.zh);
    if (hans !== text.zh) out.zhHans = hans;
  } else {
    const hant = converter.toTraditional(text.zh);
    if (hant !== text.zh) out.zhHant = hant;
  }
  return out;
}

/** What a converter answered, by question: enough to answer the same questions again without it. */
export interface ScriptTable {
  forms: Record<string, string[]>;
  traditional: Record<string, string>;
  simplified: Record<string, string>;
}

/** Wraps a converter to record its answers (only those that change something) in `table`. */
export function recordingConverter(converter: ScriptConverter): {
  converter: ScriptConverter;
  table: ScriptTable;
} {
  const table: ScriptTable = { forms: {}, traditional: {}, simplified: {} };
  return {
    table,
    converter: {
      forms(phrase) {
        const forms = converter.forms(phrase);
        if (forms.length > 0) table.forms[phrase] = forms;
        return forms;
      },
      toTraditional(text) {
        const out = converter.toTraditional(text);
        if (out !== text) table.traditional[text] = out;
        return out;
      },
      toSimplified(text) {
        const out = converter.toSimplified(text);
        if (out !== text) table.simplified[text] = out;
        return out;
      },
    },
  };
}

const own = (record: Record<string, unknown> | undefined, key: string) =>
  record !== undefined && Object.hasOwn(record, key);

/**
 * A converter that answers from recorded answers (stored with an imported dataset, so possibly
 * malformed or from an older version): a question it has no good answer for changes nothing.
 */
export function tableConverter(table: Partial<ScriptTable> | undefined): ScriptConverter {
  return {
    forms(phrase) {
      const forms = own(table?.forms, phrase) ? table!.forms![phrase] : undefined;
      return Array.isArray(forms)
        ? forms.filter((f): f is string => typeof f === 'string' && f !== phrase)
        : [];
    },
    toTraditional(text) {
      const out = own(table?.traditional, text) ? table!.traditional![text] : undefined;
      return typeof out === 'string' ? out : text;
    },
    toSimplified(text) {
      const out = own(table?.simplified, text) ? table!.simplified![text] : undefined;
      return typeof out === 'string' ? out : text;
    },
  };
}

/** Several tables as one (the imported datasets each bring theirs). */
export function mergeTables(tables: readonly (Partial<ScriptTable> | undefined)[]): ScriptTable {
  // no prototype: a stored key such as "__proto__" stays a key
  const out: ScriptTable = {
    forms: Object.create(null),
    traditional: Object.create(null),
    simplified: Object.create(null),
  };
  for (const table of tables) {
    if (!table || typeof table !== 'object') continue;
    for (const key of ['forms', 'traditional', 'simplified'] as const) {
      const part = table[key];
      if (part && typeof part === 'object') Object.assign(out[key], part);
    }
  }
  return out;
}
