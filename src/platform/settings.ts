/**
 * Reader settings in storage.sync. Read with defaults field by field, so a corrupt or old stored
 * value never stops ClaimLens or loses another setting.
 */
import * as z from 'zod/mini';
import { browser } from './browser';

z.config({ jitless: true });

export const settingsSchema = z.object({
  enabledByDefault: z._default(z.boolean(), true),
  /** hostnames that differ from the default: true = on, false = off */
  sites: z._default(z.record(z.string(), z.boolean()), {}),
  highlightStyle: z._default(z.enum(['underline', 'background', 'outline']), 'underline'),
  language: z._default(z.enum(['auto', 'en', 'zh_CN']), 'auto'),
  showConsistent: z._default(z.boolean(), true),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = z.parse(settingsSchema, {});

/** Each field is taken when valid and defaulted when not, independently of the others. */
export function readSettings(raw: unknown): Settings {
  const stored = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(settingsSchema.def.shape)) {
    const parsed = z.safeParse(fieldSchema as z.ZodMiniType, stored[key]);
    out[key] = parsed.success ? parsed.data : (DEFAULT_SETTINGS as Record<string, unknown>)[key];
  }
  return out as Settings;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(Object.keys(DEFAULT_SETTINGS));
  return readSettings(stored);
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await browser.storage.sync.set(patch);
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.sites[hostname] ?? settings.enabledByDefault;
}
