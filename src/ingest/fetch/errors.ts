/**
 * Why a fetch was refused. A URL comes from a chat user, so a refusal is an
 * expected answer, not a crash: its message is one polite line a bot can show
 * as-is ("that address is on a private network"), and everything a log or a
 * retry policy needs (code, HTTP status, technical detail) sits beside it.
 */

export type RefusalCode =
  | 'bad-url' // not a parseable absolute URL
  | 'scheme' // not http: or https:
  | 'private-address' // loopback, private, link-local, … (directly, by DNS, or by redirect)
  | 'dns' // the name does not resolve
  | 'network' // connection refused/reset, TLS failure, malformed HTTP
  | 'timeout' // the whole fetch overran its deadline
  | 'too-many-redirects'
  | 'too-large' // declared or streamed body (after decompression) over the limit
  | 'content-type' // not HTML, XML or JSON
  | 'http-status' // a non-2xx, non-304 final answer
  | 'bad-encoding'; // compressed body that cannot be decoded, or an unknown Content-Encoding

export class FetchRefusal extends Error {
  override readonly name = 'FetchRefusal';

  constructor(
    readonly code: RefusalCode,
    message: string,
    readonly extra: {
      /** For logs only: may name an internal address, so never shown to the user by default. */
      detail?: string;
      /** The HTTP status, for 'http-status'. */
      status?: number;
      /** The URL being fetched when the refusal happened (after redirects). */
      url?: string;
    } = {},
  ) {
    super(message);
  }

  get detail(): string | undefined {
    return this.extra.detail;
  }

  get status(): number | undefined {
    return this.extra.status;
  }

  get url(): string | undefined {
    return this.extra.url;
  }

  /**
   * Whether trying again later may succeed: feeds back off on these and pause
   * on the others (a private address or a PNG will not fix itself).
   */
  get transient(): boolean {
    if (this.code === 'timeout' || this.code === 'network' || this.code === 'dns') return true;
    const status = this.extra.status;
    return this.code === 'http-status' && status !== undefined && (status === 429 || status === 408 || status >= 500);
  }
}

export const isFetchRefusal = (e: unknown): e is FetchRefusal => e instanceof FetchRefusal;

/** "5 MB", "512 KB", "900 bytes": limits are shown as a person would say them. */
export function formatBytes(n: number): string {
  const MB = 1024 * 1024;
  if (n >= MB && Number.isInteger((n / MB) * 10)) return `${n / MB} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

/** "15 s", "0.2 s". */
export function formatSeconds(ms: number): string {
  return `${+(ms / 1000).toFixed(1)} s`;
}

/** A short polite line for a final HTTP status that is not a page. */
export function statusMessage(status: number): string {
  if (status === 404) return 'the page was not found (404)';
  if (status === 410) return 'the page has been removed (410)';
  if (status === 401 || status === 403) return `the site does not let us read that page (${status})`;
  if (status === 429) return 'the site asked us to slow down (429)';
  if (status >= 500) return `the site had an error (${status})`;
  if (status >= 300 && status < 400) return `the site sent a redirect without a destination (${status})`;
  return `the site answered with status ${status}`;
}
