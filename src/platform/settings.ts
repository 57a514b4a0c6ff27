/**
 * Reader settings in storage.sync. Read with defaults field by field, so a corrupt or old stored
 * value never stops ClaimLens or loses another setting. Site rules are spread over as many sync
 * items as they need ("sites.0", "sites.1", …, their count in "siteShards"): one item holds 8 KB,
 * about 300 rules, and sync as a whole 100 KB. Settings written by a newer build (a higher
 * `settingsVersion`) are read for the fields we know and never rewritten by this one. Imported datasets live elsewhere
 * (storage.local, see datasets-store.ts), so no settings problem can touch them.
 *
 * The five fields are checked by the small table below rather than a zod schema: the content script
 * reads settings on every page the reader opens, and evaluating zod there cost more than the rest of
 * its start-up on a page that names no claim's subject. Everything that crosses a boundary with
 * richer data (messages, datasets, backups) is still parsed with zod.
 */
import { languages, highlightStyles, type Settings } from '../contracts/settings';
import { browser } from './browser';
import type { StorageAreaLike } from './storage-area';

/** 2: site rules in shards (1: in one `sites` item) */
export const SETTINGS_VERSION = 2;

/** how many `sites.N` items hold the site rules (absent: the one-item form of version 1) */
export const SITE_SHARDS_KEY = 'siteShards';
const SHARD_PREFIX = 'sites.';
/** storage.sync's QUOTA_BYTES_PER_ITEM (Chrome and Firefox), counted as key plus the value's JSON */
const SYNC_ITEM_BYTES = 8192;
/** storage.sync's QUOTA_BYTES, less room for the other settings (a few hundred bytes) */
const SITE_RULES_BYTES = 102_400 - 2_048;

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

/**
 * A map of site rules with no prototype: a host named "__proto__" or "constructor" is a key like any
 * other, and looking up a host without a rule finds nothing inherited.
 */
function siteMap(): Record<string, boolean> {
  return Object.create(null) as Record<string, boolean>;
}

/** Keeps the valid site rules of a stored `sites` value and drops only the broken ones. */
function readSites(value: unknown): Record<string, boolean> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out = siteMap();
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

/**
 * The stored object with its site-rule shards put back together as `sites` (when `siteShards` says
 * how many there are; a shard that is missing or broken loses only its own rules).
 */
function joinShards(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const stored = raw as Record<string, unknown>;
  const count = stored[SITE_SHARDS_KEY];
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return raw;
  const sites: Record<string, unknown> = siteMap();
  for (let i = 0; i < count; i++) {
    const shard = stored[`${SHARD_PREFIX}${i}`];
    if (shard && typeof shard === 'object' && !Array.isArray(shard)) Object.assign(sites, shard);
  }
  return { ...stored, sites };
}

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * Site rules as sync items of at most SYNC_ITEM_BYTES each, with their count. Throws, before anything
 * is written, when they are more than storage.sync holds.
 */
export function siteShards(sites: Record<string, boolean>): Record<string, unknown> {
  const shards: Record<string, boolean>[] = [];
  let shard = siteMap();
  // an item's size: its key ("sites.12"), the braces, and per rule its JSON ("host":true) and a comma
  const itemBase = `${SHARD_PREFIX}999{}`.length;
  let size = itemBase;
  let total = 0;
  for (const [host, on] of Object.entries(sites)) {
    const rule = jsonBytes(host) + 1 + String(on).length + 1;
    if (size > itemBase && size + rule > SYNC_ITEM_BYTES) {
      shards.push(shard);
      total += size;
      shard = siteMap();
      size = itemBase;
    }
    shard[host] = on;
    size += rule;
  }
  if (size > itemBase) {
    shards.push(shard);
    total += size;
  }
  if (total > SITE_RULES_BYTES) {
    throw new Error(
      `${Object.keys(sites).length} site rules take ${Math.ceil(total / 1024)} KB, more than the ${Math.floor(SITE_RULES_BYTES / 1024)} KB that synced settings hold for them`,
    );
  }
  const items: Record<string, unknown> = { [SITE_SHARDS_KEY]: shards.length };
  shards.forEach((s, i) => {
    items[`${SHARD_PREFIX}${i}`] = s;
  });
  return items;
}

/** The keys of shards beyond the first `count`, and the one-item form: left over after a write. */
function staleSiteKeys(stored: Record<string, unknown>, count: number): string[] {
  return Object.keys(stored).filter((key) => {
    if (key === 'sites') return true;
    if (!key.startsWith(SHARD_PREFIX)) return false;
    const n = Number(key.slice(SHARD_PREFIX.length));
    return !Number.isInteger(n) || n >= count;
  });
}

/** The stored version, when it is a newer build's: its fields are read, never rewritten by us. */
function isNewerVersion(raw: unknown): boolean {
  const version = (raw as Record<string, unknown> | null)?.settingsVersion;
  return typeof version === 'number' && version > SETTINGS_VERSION;
}

/** Each field is taken when valid and defaulted when not, independently of the others. */
export function readSettings(raw: unknown): Settings {
  const stored = migrateSettings(joinShards(raw));
  const out: Record<string, unknown> = { sites: readSites(stored.sites) ?? {} };
  for (const key of PLAIN_KEYS) {
    const field = FIELDS[key];
    out[key] = field.valid(stored[key]) ? stored[key] : field.fallback;
  }
  return out as unknown as Settings;
}

/**
 * True when the stored object is of an older shape (legacy keys, no or an older version, the one-item
 * site rules): worth rewriting in the current one. Never for a newer build's settings.
 */
export function needsMigration(raw: unknown): boolean {
  if (!raw || typeof raw !== 'object') return false;
  const stored = raw as Record<string, unknown>;
  if (isNewerVersion(stored)) return false;
  const hasAny = Object.keys(stored).length > 0;
  return (
    hasAny &&
    (stored.settingsVersion !== SETTINGS_VERSION || 'sites' in stored || LEGACY_KEYS.some((k) => k in stored))
  );
}

/**
 * Only the valid fields of a stored or imported object (after migration), the names of the fields
 * that were there but invalid, and the site rules that were skipped (each by its host as given).
 * Site rules are taken one by one: one bad rule skips that rule, not the others.
 */
export function validSettingsFields(raw: unknown): {
  patch: Partial<Settings>;
  invalid: string[];
  skippedSites: string[];
} {
  const stored = migrateSettings(raw);
  const patch: Record<string, unknown> = {};
  const invalid: string[] = [];
  const skippedSites: string[] = [];
  for (const key of SETTING_KEYS) {
    if (stored[key] === undefined) continue;
    if (key === 'sites') {
      const sites = readSites(stored.sites);
      if (!sites) {
        invalid.push('sites');
        continue;
      }
      patch.sites = sites;
      for (const [host, on] of Object.entries(stored.sites as Record<string, unknown>)) {
        const site = siteKey(host);
        if (!site || typeof on !== 'boolean') skippedSites.push(host);
      }
      continue;
    }
    if (FIELDS[key].valid(stored[key])) patch[key] = stored[key];
    else invalid.push(key);
  }
  return { patch: patch as Partial<Settings>, invalid, skippedSites };
}

export async function loadSettingsFrom(area: StorageAreaLike): Promise<Settings> {
  // one read of everything: the shards come with the fields
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

/**
 * The sync items that store `patch` (site rules as shards), checked before anything is written: an
 * invalid field, an unknown one or more site rules than sync holds is an error, not silently stored.
 */
export function settingsItems(patch: Partial<Settings>): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(SETTING_KEYS as string[]).includes(key)) throw new Error(`unknown setting "${key}"`);
    if (!validField(key as keyof Settings, value)) throw new Error(`invalid value for setting "${key}"`);
    if (key === 'sites') Object.assign(items, siteShards(value as Record<string, boolean>));
    else items[key] = value;
  }
  return items;
}

/**
 * Writes the patch's fields in one `set` (all of them or none), then removes shards left over from
 * a longer list of site rules. A newer build's settings keep their version (and fields we do not
 * know), so that build still reads them as its own.
 */
export async function saveSettingsTo(area: StorageAreaLike, patch: Partial<Settings>): Promise<void> {
  const items = settingsItems(patch);
  const stored = await area.get(null);
  if (!isNewerVersion(stored)) items.settingsVersion = SETTINGS_VERSION;
  await area.set(items);
  if (SITE_SHARDS_KEY in items) {
    const stale = staleSiteKeys(stored, items[SITE_SHARDS_KEY] as number);
    if (stale.length > 0) await area.remove(stale);
  }
}

export function saveSettings(patch: Partial<Settings>): Promise<void> {
  return saveSettingsTo(browser.storage.sync, patch);
}

/** Rewrites old or partly corrupt stored settings in the current shape (run on install/update). */
export async function migrateStoredSettings(area: StorageAreaLike = browser.storage.sync): Promise<boolean> {
  const raw = await area.get(null);
  if (!needsMigration(raw)) return false;
  const settings = readSettings(raw);
  const items = settingsItems(settings);
  await area.set({ ...items, settingsVersion: SETTINGS_VERSION });
  // the one-item site rules and the pre-release keys, now that the shards hold what they said
  const old = [
    ...LEGACY_KEYS.filter((key) => key in raw),
    ...staleSiteKeys(raw, items[SITE_SHARDS_KEY] as number),
  ];
  if (old.length > 0) await area.remove(old);
  return true;
}

/** The most specific rule wins: "news.example.com" over "example.com"; no rule: the default. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return enabledForKey(settings, siteKey(hostname) ?? hostname.toLowerCase());
}

/** The rule stored for exactly this key: an own boolean, never something inherited from Object. */
function ruleFor(sites: Record<string, boolean>, key: string): boolean | undefined {
  if (!Object.hasOwn(sites, key)) return undefined;
  const rule = sites[key];
  return typeof rule === 'boolean' ? rule : undefined;
}

function enabledForKey(settings: Settings, host: string): boolean {
  if (host === 'file://') return ruleFor(settings.sites, host) ?? settings.enabledByDefault;
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const rule = ruleFor(settings.sites, labels.slice(i).join('.'));
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
  const sites = Object.assign(siteMap(), settings.sites);
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
    const ours = (key: string) =>
      (SETTING_KEYS as string[]).includes(key) || key === SITE_SHARDS_KEY || key.startsWith(SHARD_PREFIX);
    if (!Object.keys(changes).some(ours)) return;
    void loadSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
