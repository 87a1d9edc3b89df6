/**
 * FETCH_ALLOW_HOSTS: the single, explicit exception to the public-address rule,
 * for tests and for intranet sources. An entry is an exact `host:port` (no
 * wildcards, no ranges) so allowing one intranet site never opens the LAN.
 *
 * Both the entries and each URL are normalised by the WHATWG URL parser, so
 * `LOCALHOST:8080`, `0x7f.1:8080` or `[0:0::1]:80` match what a URL with the
 * same host means, not merely what it spells.
 */

/** The canonical `host:port` key of a URL, with the scheme's default port filled in. */
export function hostPortKey(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname}:${port}`;
}

/** One `host:port` entry in canonical form; throws with the entry named when it is not one. */
export function normaliseAllowEntry(entry: string): string {
  const m = /^(.+):(\d{1,5})$/.exec(entry.trim());
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535) {
    throw new Error(`"${entry}" is not host:port (for example intranet.example:8080 or [::1]:8080)`);
  }
  let hostname: string;
  try {
    hostname = new URL(`http://${m[1]}/`).hostname;
  } catch {
    throw new Error(`"${entry}" does not name a valid host`);
  }
  return `${hostname}:${port}`;
}

/**
 * The comma-separated FETCH_ALLOW_HOSTS value as canonical keys (empty when
 * unset). Meant for src/config.ts, so a typo stops start-up instead of silently
 * allowing nothing.
 */
export function parseAllowHosts(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(normaliseAllowEntry);
}

/** A matcher over entries that may or may not be canonical yet. */
export function allowMatcher(entries: readonly string[] | undefined): (url: URL) => boolean {
  const keys = new Set((entries ?? []).map(normaliseAllowEntry));
  return (url) => keys.size > 0 && keys.has(hostPortKey(url));
}
