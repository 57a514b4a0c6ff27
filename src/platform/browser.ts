/**
 * The one door to the extension API. Everything else imports `browser` from here, so the polyfill
 * (promises on Chrome, native on Firefox) is an implementation detail of this folder.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };

/** True when running inside an extension context (false in Node and happy-dom tests). */
export function hasExtensionApi(): boolean {
  const g = globalThis as { chrome?: { runtime?: { id?: string } } };
  return Boolean(g.chrome?.runtime?.id);
}
