/** The toolbar badge: the number of claims on the tab's page, coloured by the worst verdict. */
import type { Verdict } from '../core/claims/types';

export const BADGE_COLORS: Record<Verdict, string> = {
  differs: '#b3261e',
  'needs-context': '#8a5a00',
  consistent: '#1e7b34',
};

export interface Badge {
  text: string;
  color: string;
}

export function badgeFor(count: number, worst: Verdict | null): Badge {
  const n = Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
  if (n === 0) return { text: '', color: BADGE_COLORS.consistent };
  return { text: n > 999 ? '999+' : String(n), color: BADGE_COLORS[worst ?? 'consistent'] };
}

/** What the background needs of `browser.action`; a plain object in tests. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
}

export async function showBadge(api: BadgeApi, tabId: number, count: number, worst: Verdict | null) {
  const badge = badgeFor(count, worst);
  await api.setBadgeBackgroundColor({ tabId, color: badge.color });
  if (api.setBadgeTextColor) await api.setBadgeTextColor({ tabId, color: '#ffffff' }).catch(() => undefined);
  await api.setBadgeText({ tabId, text: badge.text });
}

export async function clearBadge(api: BadgeApi, tabId: number) {
  await api.setBadgeText({ tabId, text: '' });
}
