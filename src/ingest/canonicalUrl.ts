/**
 * One address per article: the same page pasted with a campaign tag, a click
 * id or a fragment is the same article. The WHATWG parser already lower-cases
 * the scheme and host, drops a default port and resolves dot segments; here
 * the fragment and tracking parameters go, and the remaining parameters are
 * sorted (so their order never makes two addresses differ).
 */

/** Query parameters that only say how someone arrived, never which page it is. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid', 'igsh',
  'mc_cid', 'mc_eid', 'mkt_tok', '_hsenc', '_hsmi', '_ga', '_gl', 'ocid', 'cmpid', 'sr_share', 'smid', 'smtyp', 'ito', 'at_medium', 'at_campaign',
]);

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/** The canonical form of an http(s) address, or undefined when it is not one. */
export function canonicalUrl(input: string | URL): string | undefined {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  return url.href;
}

/** Whether two addresses name the same article. */
export function sameArticleUrl(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const left = canonicalUrl(a);
  return left !== undefined && left === canonicalUrl(b);
}
