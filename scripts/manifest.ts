/**
 * One manifest.json, two browsers. Chrome runs the background as a service worker and rejects
 * Firefox's keys; Firefox (MV3) runs background scripts and needs its gecko settings, and has no
 * `use_dynamic_url` (it warns about the key; its extension origins are random per install anyway,
 * so a page cannot probe for our files there).
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
    const resources = manifest.web_accessible_resources as Json[] | undefined;
    for (const resource of resources ?? []) delete resource.use_dynamic_url;
  }
  manifest.background = background;
  return manifest;
}
