/**
 * One manifest.json, two browsers. Chrome runs the background as a service worker and rejects
 * Firefox's keys; Firefox (MV3) runs background scripts and needs its gecko settings.
 */
export type Target = 'chrome' | 'firefox';

type Json = Record<string, unknown>;

export function manifestFor(source: Json, target: Target, version: string): Json {
  const manifest = structuredClone(source);
  manifest.version = version;
  const background = { ...(manifest.background as Json) };
  if (target === 'chrome') {
    delete background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    delete background.service_worker;
  }
  manifest.background = background;
  return manifest;
}
