/**
 * The page engine, a module of its own (engine.js) that the content script (content.ts) imports
 * only on pages that may name a dataset subject, or when the popup or a keyboard command asks: wires
 * the engine (src/page/content-script.ts) to the bundled claims and to the extension's storage,
 * messages and UI language. Nothing here may throw into the page.
 */
import claimsIndex from 'virtual:claims-index';
import { ContentScript, type Handoff } from '../page/content-script';
import { reportError, sendToBackground } from '../platform/content-channel';
import { importedDatasets, onImportedDatasetsChanged } from '../platform/imported-datasets';
import { isSiteEnabledForUrl, onSettingsChanged } from '../platform/settings';
import { browserUiLanguage } from '../platform/ui-locale';

export type { Handoff };

/** What the content script keeps of the engine: the door for the messages it forwards. */
export interface EngineHandle {
  handle(raw: unknown): Promise<unknown>;
}

/** Starts the engine on this page, for as long as `signal` (the content script's lifetime) lasts. */
export function startEngine(handoff: Handoff, signal: AbortSignal): EngineHandle {
  const script = new ContentScript(document, handoff, {
    bundled: claimsIndex,
    onSettingsChanged,
    onImportedDatasetsChanged,
    importedDatasets,
    isSiteEnabledForUrl,
    uiLanguage: browserUiLanguage,
    sendSummary: (count, worst) => sendToBackground({ type: 'page-summary', count, worst }),
    parseMessage: async (raw) => {
      // the schemas (and zod) are evaluated when the first message comes, which on most pages is never
      const { parseMessage, toContentSchema } = await import('../contracts/messages');
      return parseMessage(toContentSchema(), raw, 'content script');
    },
    reportError,
  });
  try {
    script.start(signal);
  } catch (error) {
    reportError('start', error);
  }
  return script;
}
