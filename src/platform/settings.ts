/**
 * Reader settings in storage.sync. Read with defaults field by field, so a corrupt or old stored
 * value never stops ClaimLens or loses another setting. Imported datasets live elsewhere
 * (storage.local, see datasets-store.ts), so no settings problem can touch them.
 *
 * The five fields are checked by the small table below rather than a zod schema: the content script
 * reads settings on every page the reader opens, and evaluating zod there cost more than the rest of
 * its start-up on a page that names no claim's subject. Everything that crosses a boundary with
 * richer data (messages, datasets, backups) is still parsed with zod.
 */
import { browser } from './browser';
import type { StorageAreaLike } from './storage-area';

export const SETTINGS_VERSION = 1;

export const highlightStyles = ['underline', 'background', 'outline'] as const;
export const languages = ['auto', 'en', 'zh_CN', 'zh_TW'] as const;

export type HighlightStyle = (typeof highlightStyles)[number];
export type LanguageSetting = (typeof languages)[number];

export interface Settings {
  enabledByDefault: boolean;
  /** site rules: hostname (a rule for example.com also covers news.example.com) -> on/off */
  sites: Record<string, boolean>;
  highlightStyle: HighlightStyle;
  language: LanguageSetting;
  showConsistent: boolean;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);

/** Each field but `sites` (whose rules are kept one by one, see readSites): its check and default. */
const FIELDS = {
  enabledByDefault: { valid: isBoolean, fallback: true },
  highlightStyle: { valid: oneOf(highlightStyles), fallback: 'underline' },
  language: { valid: oneOf(languages), fallback: 'auto' },
  showConsistent: { valid: isBoolean, fallback: true },
} as const satisfies {
  [K in Exclude<keyof Settings, 'sites'>]: { valid: (v: unknown) => boolean; fallback: Settings[K] };
};

type PlainKey = keyof typeof FIELDS;
const PLAIN_KEYS = Object.keys(FIELDS) as PlainKey[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabledByDefault: FIELDS.enabledByDefault.fallback,
  sites: {},
  highlightStyle: FIELDS.highlightStyle.fallback,
  language: FIELDS.language.fallback,
  showConsistent: FIELDS.showConsistent.fallback,
});
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Keys written by pre-release builds (before `settingsVersion`), mapped onto the current fields. */
const LEGACY_KEYS = [
  'enabled',
  'disabledSites',
  'enabledSites',
  'highlight',
  'lang',
  'hideConsistent',
] as const;

/**
 * A site key for storage: a lowercased hostname without a trailing dot or port; `file://` for local
 * files. Accepts a URL or a bare hostname ("Example.com", "https://www.ft.com/content/x").
 * Undefined for pages ClaimLens does not run on (about:, chrome:, data:, junk).
 */
export function siteKey(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  if (/^file:/i.test(text) || text === 'file://') return 'file://';
  let host: string;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text)) {
    try {
      const url = new URL(text);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      host = url.hostname;
    } catch {
      return undefined;
    }
  } else {
    try {
      host = new URL(`http://${text}`).hostname;
    } catch {
      return undefined;
    }
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (!host || !/^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(\.[a-z0-9_-]+)*|xn--[a-z0-9-]+(\.[a-z0-9_-]+)*)$/.test(host)) {
    return undefined;
  }
  return host;
}

function normalizeLanguage(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const lower = value.toLowerCase().replace('-', '_');
  if (lower === 'auto') return 'auto';
  if (/^zh_(tw|hk|mo|hant)/.test(lower)) return 'zh_TW';
  if (lower.startsWith('zh')) return 'zh_CN';
  if (lower.startsWith('en')) return 'en';
  return value;
}

function normalizeHighlight(value: unknown): unknown {
  if (value === 'box' || value === 'border') return 'outline';
  if (value === 'highlight' || value === 'fill') return 'background';
  return value;
}

/**
 * Maps every stored shape we know onto the current field names. Pre-release builds stored
 * `enabled`, `disabledSites`/`enabledSites` (arrays of hostnames), `highlight`, `lang` and
 * `hideConsistent`; current fields win over legacy ones when both are present.
 */
export function migrateSettings(raw: unknown): Record<string, unknown> {
  const stored =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  if (typeof stored.enabled === 'boolean') out.enabledByDefault = stored.enabled;
  const legacySites: Record<string, boolean> = {};
  for (const [key, on] of [
    ['enabledSites', true],
    ['disabledSites', false],
  ] as const) {
    const list = stored[key];
    if (Array.isArray(list)) {
      for (const entry of list) {
        const site = typeof entry === 'string' ? siteKey(entry) : undefined;
        if (site) legacySites[site] = on;
      }
    }
  }
  if (Object.keys(legacySites).length > 0) out.sites = legacySites;
  if (stored.highlight !== undefined) out.highlightStyle = normalizeHighlight(stored.highlight);
  if (stored.lang !== undefined) out.language = normalizeLanguage(stored.lang);
  if (typeof stored.hideConsistent === 'boolean') out.showConsistent = !stored.hideConsistent;
  for (const key of SETTING_KEYS) {
    if (stored[key] !== undefined) out[key] = stored[key];
  }
  if (out.language !== undefined) out.language = normalizeLanguage(out.language);
  if (out.highlightStyle !== undefined) out.highlightStyle = normalizeHighlight(out.highlightStyle);
  return out;
}

/** Keeps the valid site rules of a stored `sites` value and drops only the broken ones. */
function readSites(value: unknown): Record<string, boolean> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, boolean> = {};
  for (const [host, on] of Object.entries(value as Record<string, unknown>)) {
    const site = siteKey(host);
    if (site && typeof on === 'boolean') out[site] = on;
  }
  return out;
}

/** Whether a value is right for a field as it is (`sites`: every rule a site and an on/off). */
function validField(key: keyof Settings, value: unknown): boolean {
  if (key !== 'sites') return FIELDS[key].valid(value);
  const sites = readSites(value);
  return sites !== undefined && Object.keys(sites).length === Object.keys(value as object).length;
}

/** Each field is taken when valid and defaulted when not, independently of the others. */
export function readSettings(raw: unknown): Settings {
  const stored = migrateSettings(raw);
  const out: Record<string, unknown> = { sites: readSites(stored.sites) ?? {} };
  for (const key of PLAIN_KEYS) {
    const field = FIELDS[key];
    out[key] = field.valid(stored[key]) ? stored[key] : field.fallback;
  }
  return out as unknown as Settings;
}

/** True when the stored object holds legacy keys or no version: worth rewriting in the current shape. */
export function needsMigration(raw: unknown): boolean {
  if (!raw || typeof raw !== 'object') return false;
  const stored = raw as Record<string, unknown>;
  const hasAny = Object.keys(stored).length > 0;
  return hasAny && (stored.settingsVersion !== SETTINGS_VERSION || LEGACY_KEYS.some((k) => k in stored));
}

/**
 * Only the valid fields of a stored or imported object (after migration), and the names of the
 * fields that were there but invalid. Site rules are taken one by one.
 */
export function validSettingsFields(raw: unknown): { patch: Partial<Settings>; invalid: string[] } {
  const stored = migrateSettings(raw);
  const patch: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const key of SETTING_KEYS) {
    if (stored[key] === undefined) continue;
    if (key === 'sites') {
      const sites = readSites(stored.sites);
      const given = stored.sites && typeof stored.sites === 'object' ? Object.keys(stored.sites).length : -1;
      if (sites) patch.sites = sites;
      if (!sites || Object.keys(sites).length !== given) invalid.push('sites');
      continue;
    }
    if (FIELDS[key].valid(stored[key])) patch[key] = stored[key];
    else invalid.push(key);
  }
  return { patch: patch as Partial<Settings>, invalid };
}

export async function loadSettingsFrom(area: StorageAreaLike): Promise<Settings> {
  return readSettings(await area.get(null));
}

export async function loadSettings(): Promise<Settings> {
  try {
    return await loadSettingsFrom(browser.storage.sync);
  } catch (error) {
    console.warn('[ClaimLens] could not read settings; using defaults', error);
    return { ...DEFAULT_SETTINGS, sites: {} };
  }
}

/** Writes only valid fields (an invalid patch field is an error, not silently stored). */
export async function saveSettingsTo(area: StorageAreaLike, patch: Partial<Settings>): Promise<void> {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(SETTING_KEYS as string[]).includes(key)) throw new Error(`unknown setting "${key}"`);
    if (!validField(key as keyof Settings, value)) throw new Error(`invalid value for setting "${key}"`);
    clean[key] = value;
  }
  await area.set({ ...clean, settingsVersion: SETTINGS_VERSION });
}

export function saveSettings(patch: Partial<Settings>): Promise<void> {
  return saveSettingsTo(browser.storage.sync, patch);
}

/** Rewrites old or partly corrupt stored settings in the current shape (run on install/update). */
export async function migrateStoredSettings(area: StorageAreaLike = browser.storage.sync): Promise<boolean> {
  const raw = await area.get(null);
  if (!needsMigration(raw)) return false;
  const settings = readSettings(raw);
  await area.set({ ...settings, settingsVersion: SETTINGS_VERSION });
  const legacy = LEGACY_KEYS.filter((key) => key in raw);
  if (legacy.length > 0) await area.remove([...legacy]);
  return true;
}

/** The most specific rule wins: "news.example.com" over "example.com"; no rule: the default. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return enabledForKey(settings, siteKey(hostname) ?? hostname.toLowerCase());
}

function enabledForKey(settings: Settings, host: string): boolean {
  if (host === 'file://') return settings.sites[host] ?? settings.enabledByDefault;
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const rule = settings.sites[labels.slice(i).join('.')];
    if (rule !== undefined) return rule;
  }
  return settings.enabledByDefault;
}

/** For a page URL (what the content script and popup have). */
export function isSiteEnabledForUrl(settings: Settings, url: string): boolean {
  // the page's URL is the common case, on every page: its parsed hostname needs no further checks
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'file:') return enabledForKey(settings, 'file://');
    if ((protocol === 'http:' || protocol === 'https:') && hostname && !hostname.endsWith('.'))
      return enabledForKey(settings, hostname);
  } catch {
    // not a URL: the general path decides
  }
  const site = siteKey(url);
  return site ? enabledForKey(settings, site) : settings.enabledByDefault;
}

/**
 * Remembers the reader's choice for the page's site. When a broader rule (example.com) already
 * says the same, no new rule is added; otherwise the exact hostname gets one.
 */
export function withSiteEnabled(settings: Settings, url: string, enabled: boolean): Settings {
  const site = siteKey(url);
  if (!site) throw new Error('this page has no site to remember');
  const sites = { ...settings.sites };
  delete sites[site];
  if (isSiteEnabled({ ...settings, sites }, site) !== enabled) sites[site] = enabled;
  return { ...settings, sites };
}

export async function setSiteEnabled(url: string, enabled: boolean): Promise<Settings> {
  const next = withSiteEnabled(await loadSettings(), url, enabled);
  await saveSettings({ sites: next.sites });
  return next;
}

/** Calls back with the new settings whenever they change in storage.sync. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync') return;
    if (!SETTING_KEYS.some((key) => key in changes)) return;
    void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
