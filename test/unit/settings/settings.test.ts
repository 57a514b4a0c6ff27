import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => ({ browser: {} }));

const {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  isSiteEnabledForUrl,
  migrateStoredSettings,
  needsMigration,
  readSettings,
  saveSettingsTo,
  siteKey,
  validSettingsFields,
  withSiteEnabled,
  SETTINGS_VERSION,
} = await import('../../../src/platform/settings');
const { memoryArea } = await import('../../support/fake-storage');

describe('readSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings({})).toEqual({
      enabledByDefault: true,
      sites: {},
      highlightStyle: 'underline',
      language: 'auto',
      showConsistent: true,
    });
  });

  it('keeps valid fields of a partial object and defaults the rest', () => {
    expect(readSettings({ highlightStyle: 'outline', settingsVersion: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      highlightStyle: 'outline',
    });
  });

  it('defaults corrupt fields one by one, never losing the valid ones', () => {
    const settings = readSettings({
      enabledByDefault: 'yes',
      sites: { 'ft.com': false, 'bad host!': true, 'reuters.com': 'off', 'News.Example.COM.': true },
      highlightStyle: 'sparkles',
      language: 'zh_CN',
      showConsistent: null,
    });
    expect(settings).toEqual({
      enabledByDefault: true,
      sites: { 'ft.com': false, 'news.example.com': true },
      highlightStyle: 'underline',
      language: 'zh_CN',
      showConsistent: true,
    });
  });

  it('survives garbage of any shape', () => {
    for (const raw of [
      null,
      42,
      'settings',
      [],
      [1, 2],
      { sites: [] },
      { sites: 'ft.com' },
      { sites: null },
    ]) {
      expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('migrates the pre-release keys', () => {
    const settings = readSettings({
      enabled: false,
      disabledSites: ['ft.com', 'https://www.Bloomberg.com/news', 42, 'no spaces allowed'],
      enabledSites: ['reuters.com'],
      highlight: 'box',
      lang: 'zh-CN',
      hideConsistent: true,
    });
    expect(settings).toEqual({
      enabledByDefault: false,
      sites: { 'ft.com': false, 'www.bloomberg.com': false, 'reuters.com': true },
      highlightStyle: 'outline',
      language: 'zh_CN',
      showConsistent: false,
    });
  });

  it('prefers current fields over legacy ones', () => {
    expect(
      readSettings({ enabled: false, enabledByDefault: true, lang: 'en', language: 'auto' }),
    ).toMatchObject({
      enabledByDefault: true,
      language: 'auto',
    });
  });
});

describe('stored settings migration', () => {
  it('rewrites old settings in the current shape and removes the legacy keys', async () => {
    const area = memoryArea({
      enabled: false,
      disabledSites: ['ft.com'],
      highlight: 'highlight',
      other: 'kept',
    });
    expect(needsMigration(area.data)).toBe(true);
    expect(await migrateStoredSettings(area)).toBe(true);
    expect(area.data).toEqual({
      enabledByDefault: false,
      siteShards: 1,
      'sites.0': { 'ft.com': false },
      highlightStyle: 'background',
      language: 'auto',
      showConsistent: true,
      settingsVersion: SETTINGS_VERSION,
      other: 'kept',
    });
    expect(await migrateStoredSettings(area)).toBe(false);
  });

  it('leaves an empty store alone', async () => {
    const area = memoryArea();
    expect(await migrateStoredSettings(area)).toBe(false);
    expect(area.data).toEqual({});
  });

  it('repairs corrupt stored fields', async () => {
    const area = memoryArea({ highlightStyle: 7, settingsVersion: 0 });
    await migrateStoredSettings(area);
    expect(area.data.highlightStyle).toBe('underline');
  });
});

describe('saveSettingsTo', () => {
  it('writes valid fields with the version', async () => {
    const area = memoryArea();
    await saveSettingsTo(area, { highlightStyle: 'background' });
    expect(area.data).toEqual({ highlightStyle: 'background', settingsVersion: SETTINGS_VERSION });
  });

  it('refuses invalid values and unknown keys', async () => {
    const area = memoryArea();
    await expect(saveSettingsTo(area, { highlightStyle: 'glow' as never })).rejects.toThrow(/highlightStyle/);
    await expect(saveSettingsTo(area, { colour: 'red' } as never)).rejects.toThrow(/colour/);
    await expect(saveSettingsTo(area, { showConsistent: 'yes' as never })).rejects.toThrow(/showConsistent/);
    await expect(saveSettingsTo(area, { sites: { 'bad host!': true } })).rejects.toThrow(/sites/);
    await expect(saveSettingsTo(area, { sites: { 'ft.com': 'off' as never } })).rejects.toThrow(/sites/);
    await expect(saveSettingsTo(area, { sites: [] as never })).rejects.toThrow(/sites/);
    expect(area.data).toEqual({});
  });

  it('writes site rules as given', async () => {
    const area = memoryArea();
    await saveSettingsTo(area, { sites: { 'ft.com': false, 'file://': true }, language: 'zh_CN' });
    expect(area.data).toEqual({
      siteShards: 1,
      'sites.0': { 'ft.com': false, 'file://': true },
      language: 'zh_CN',
      settingsVersion: SETTINGS_VERSION,
    });
  });
});

describe('validSettingsFields', () => {
  it('returns only the valid fields and names the invalid ones', () => {
    expect(
      validSettingsFields({ highlightStyle: 'outline', language: 'fr', sites: { 'a.com': true, x: 'no' } }),
    ).toEqual({
      patch: { highlightStyle: 'outline', sites: { 'a.com': true } },
      invalid: ['language'],
      skippedSites: ['x'],
    });
  });
});

describe('sites', () => {
  it('normalizes site keys from hostnames and URLs', () => {
    expect(siteKey('Example.COM')).toBe('example.com');
    expect(siteKey('https://www.ft.com/content/abc?x=1')).toBe('www.ft.com');
    expect(siteKey('localhost:8080')).toBe('localhost');
    expect(siteKey('127.0.0.1')).toBe('127.0.0.1');
    expect(siteKey('file:///home/me/page.html')).toBe('file://');
    expect(siteKey('http://[::1]:3000/')).toBe('[::1]');
    expect(siteKey('新闻.中国')).toMatch(/^xn--[a-z0-9]+\.xn--fiqs8s$/);
    for (const bad of [
      '',
      '   ',
      'chrome://extensions',
      'about:blank',
      'javascript:alert(1)',
      'a b',
      'http://',
    ]) {
      expect(siteKey(bad)).toBeUndefined();
    }
  });

  it('the most specific rule wins; no rule: the default', () => {
    const settings = { ...DEFAULT_SETTINGS, sites: { 'example.com': false, 'news.example.com': true } };
    expect(isSiteEnabled(settings, 'example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(true);
    expect(isSiteEnabled(settings, 'a.news.example.com')).toBe(true);
    expect(isSiteEnabled(settings, 'notexample.com')).toBe(true);
    expect(isSiteEnabled({ ...settings, enabledByDefault: false }, 'other.org')).toBe(false);
    expect(isSiteEnabledForUrl(settings, 'https://www.example.com/a')).toBe(false);
  });

  it('reads page URLs as the site keys they stand for', () => {
    const settings = { ...DEFAULT_SETTINGS, sites: { 'example.com': false, 'file://': false } };
    for (const url of [
      'https://News.Example.COM/story',
      'http://example.com:8080/x',
      'https://example.com./x',
      'file:///home/me/page.html',
    ]) {
      expect(isSiteEnabledForUrl(settings, url)).toBe(false);
    }
    expect(isSiteEnabledForUrl(settings, 'https://other.org/')).toBe(true);
    expect(isSiteEnabledForUrl(settings, 'chrome://newtab')).toBe(true); // no site: the default
    expect(isSiteEnabledForUrl({ ...settings, enabledByDefault: false }, 'not a url')).toBe(false);
  });

  it('withSiteEnabled adds a rule only where it changes something', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'https://www.ft.com/x', false);
    expect(off.sites).toEqual({ 'www.ft.com': false });
    const back = withSiteEnabled(off, 'https://www.ft.com/y', true);
    expect(back.sites).toEqual({});
    const parentOff = { ...DEFAULT_SETTINGS, sites: { 'ft.com': false } };
    expect(withSiteEnabled(parentOff, 'https://www.ft.com/', true).sites).toEqual({
      'ft.com': false,
      'www.ft.com': true,
    });
    expect(() => withSiteEnabled(DEFAULT_SETTINGS, 'chrome://newtab', false)).toThrow();
  });
});

const { fakeArea, SYNC_QUOTA } = await import('../../support/fake-storage');
const { loadSettingsFrom, SITE_SHARDS_KEY } = await import('../../../src/platform/settings');

/** n site rules with hostnames of realistic length (about 25 bytes a rule in JSON) */
const manyRules = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`news-site-${i}.example.com`, i % 2 === 0]));

describe('a newer build’s settings (settingsVersion above ours)', () => {
  const newer = { settingsVersion: SETTINGS_VERSION + 1, highlightStyle: 'outline', futureField: { x: 1 } };

  it('are not migrated, so an older build never rewrites them', async () => {
    const area = fakeArea(newer);
    expect(needsMigration(area.data)).toBe(false);
    expect(await migrateStoredSettings(area)).toBe(false);
    expect(area.writes).toBe(0);
  });

  it('have their known fields read', () => {
    expect(readSettings(newer).highlightStyle).toBe('outline');
  });

  it('keep their version and unknown fields when this build saves a change', async () => {
    const area = fakeArea(newer);
    await saveSettingsTo(area, { language: 'zh_CN' });
    expect(area.data).toMatchObject({ ...newer, language: 'zh_CN' });
  });
});

describe('site rules in storage.sync', () => {
  it.each([
    [1, 'one rule'],
    [600, 'twice what one sync item holds (the reported ceiling was about 300)'],
    [2000, 'thousands: spread over many items'],
  ])('%i rules are saved within sync’s quotas and read back (%s)', async (count) => {
    const area = fakeArea({}, { quota: SYNC_QUOTA });
    const sites = manyRules(count);
    await saveSettingsTo(area, { sites });
    expect((await loadSettingsFrom(area)).sites).toEqual(sites);
  });

  it('refuses more rules than sync holds, with the reason, before writing anything', async () => {
    const area = fakeArea(
      { highlightStyle: 'outline', settingsVersion: SETTINGS_VERSION },
      { quota: SYNC_QUOTA },
    );
    await expect(saveSettingsTo(area, { sites: manyRules(6000) })).rejects.toThrow(/site rules/);
    expect(area.writes).toBe(0);
  });

  it('fewer rules than before leave no stale shard behind', async () => {
    const area = fakeArea({}, { quota: SYNC_QUOTA });
    await saveSettingsTo(area, { sites: manyRules(2000) });
    await saveSettingsTo(area, { sites: { 'ft.com': false } });
    expect((await loadSettingsFrom(area)).sites).toEqual({ 'ft.com': false });
    expect(Object.keys(area.data).filter((k) => k.startsWith('sites'))).toEqual(['sites.0']);
    expect(area.data[SITE_SHARDS_KEY]).toBe(1);
  });

  it('are moved from the one-item form of version 1 into shards on migration', async () => {
    const area = fakeArea({ sites: { 'ft.com': false }, settingsVersion: 1 }, { quota: SYNC_QUOTA });
    expect(await migrateStoredSettings(area)).toBe(true);
    expect(area.data.sites).toBeUndefined();
    expect((await loadSettingsFrom(area)).sites).toEqual({ 'ft.com': false });
  });

  it('of the one-item form are still read before migration', async () => {
    expect(
      (await loadSettingsFrom(fakeArea({ sites: { 'ft.com': false }, settingsVersion: 1 }))).sites,
    ).toEqual({
      'ft.com': false,
    });
  });
});

describe('hosts named like Object.prototype members', () => {
  it.each([
    ['https://__proto__/', 'the prototype itself'],
    ['https://x.constructor/', 'a label named constructor'],
    ['https://a.hasownproperty/', 'a label named like a method'],
    ['https://tostring/', 'toString, lower-cased as hosts are'],
  ])('%s follows the default, not a prototype member (%s)', (url) => {
    const off = { ...DEFAULT_SETTINGS, enabledByDefault: false };
    expect(isSiteEnabledForUrl(off, url)).toBe(false);
    expect(
      isSiteEnabledForUrl(readSettings({ enabledByDefault: false, sites: { 'ft.com': true } }), url),
    ).toBe(false);
  });

  it('a rule for a host named __proto__ is an ordinary rule', () => {
    const settings = readSettings({ enabledByDefault: true, sites: JSON.parse('{"__proto__": false}') });
    expect(isSiteEnabledForUrl(settings, 'https://__proto__/')).toBe(false);
    expect(isSiteEnabledForUrl(settings, 'https://other.org/')).toBe(true);
  });
});
