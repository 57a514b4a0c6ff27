/** Small display helpers of the popup and options page (figures and dates live in ../format.ts). */

/** Hostname of a page URL for display, lowercased; undefined for pages without one (about:, chrome:). */
export function hostnameOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') return 'file://';
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
