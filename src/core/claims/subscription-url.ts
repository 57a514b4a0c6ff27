/** Which addresses a dataset can be followed at, and the host permission each needs. */

/**
 * Plain http is allowed for one kind of host only: the loopback interface, where the browser tests
 * (and an editor trying a dataset on their own machine) serve files. Nothing on the network between
 * can read or change what comes from it.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type UrlCheck =
  | { ok: true; url: string; permission: string }
  | { ok: false; reason: 'invalid' | 'not-https' | 'credentials' };

/**
 * A typed subscription address, normalised, with the host permission pattern it needs (its origin,
 * any port); or why it cannot be followed.
 */
export function checkSubscriptionUrl(input: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const loopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !loopbackHttp) return { ok: false, reason: 'not-https' };
  // a password in the address would be sent with every check and shown in the list
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  url.hash = '';
  return { ok: true, url: url.href, permission: `${url.protocol}//${url.hostname}/*` };
}
