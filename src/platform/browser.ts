/**
 * The one door to the extension API. Everything else imports `browser` from here, so the polyfill
 * (promises on Chrome, native on Firefox) is an implementation detail of this folder.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
