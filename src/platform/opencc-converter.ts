/**
 * The `ScriptConverter` over OpenCC's data (opencc-js). Build time, the CLI and the options page's
 * import only: its dictionaries weigh about a megabyte, so nothing the content script or the page
 * engine imports may import this module (a test checks the built engine for it).
 */
import * as OpenCC from 'opencc-js';
import { compileDatasets } from '../core/claims/compile';
import type { Dataset } from '../core/claims/schema';
import { recordingConverter, type ScriptConverter, type ScriptTable } from '../core/claims/script-variants';

/**
 * Simplified -> traditional the ways papers write it: OpenCC's standard traditional characters, Hong
 * Kong's and Taiwan's standards, and Taiwan's phrases (数据中心 -> 資料中心, 英伟达 -> 輝達).
 */
const TO_TRADITIONAL = (['t', 'hk', 'tw', 'twp'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
/** Traditional (Hong Kong, Taiwan with its phrases) -> simplified, for a phrase written traditional. */
const TO_SIMPLIFIED = (['hk', 'twp'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
/** Shown text: Taiwan's standard characters (為, 著, 裡), read in Hong Kong as well; no phrase rewording. */
const SHOWN_TRADITIONAL = OpenCC.Converter({ from: 'cn', to: 'tw' });
const SHOWN_SIMPLIFIED = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function openccConverter(): ScriptConverter {
  return {
    forms(phrase) {
      const forms = new Set<string>();
      const simplified = new Set([phrase, ...TO_SIMPLIFIED.map((convert) => convert(phrase))]);
      for (const base of simplified) {
        forms.add(base);
        for (const convert of TO_TRADITIONAL) forms.add(convert(base));
      }
      forms.delete(phrase);
      return [...forms];
    },
    toTraditional: (text) => SHOWN_TRADITIONAL(text),
    toSimplified: (text) => SHOWN_SIMPLIFIED(text),
  };
}

/**
 * What the converter answers while a validated dataset compiles: stored with an imported dataset
 * so that the page engine, which has no converter, compiles it the same (`tableConverter`).
 */
export function scriptTableFor(dataset: Record<string, unknown>): ScriptTable {
  const { converter, table } = recordingConverter(openccConverter());
  compileDatasets([dataset as unknown as Dataset], converter);
  return table;
}
