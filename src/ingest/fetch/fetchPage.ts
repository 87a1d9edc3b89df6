/**
 * fetchPage: the one way briefbot downloads a page or feed someone named.
 * It follows redirects itself so that every hop goes through the same checks
 * (scheme, address, allow list), keeps one deadline for the whole fetch, and
 * refuses — with a FetchRefusal whose message can be shown as-is — anything
 * that is not a public, reasonably sized HTML, XML or JSON document.
 */
import type { IncomingMessage } from 'node:http';
import { allowMatcher } from './allowHosts.ts';
import { readBody, tooLarge } from './body.ts';
import { decodeBody } from './charset.ts';
import { kindOfMediaType, parseContentType, sniffKind, type PageKind } from './contentType.ts';
import { FetchRefusal, formatSeconds, statusMessage } from './errors.ts';
import { checkLiteralHost, checkUrl, systemResolver, type Resolver } from './guard.ts';
import { requestOnce } from './request.ts';

export const FETCH_DEFAULTS = {
  maxRedirects: 5,
  deadlineMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  userAgent: 'Mozilla/5.0 (compatible; briefbot/0.1; article reader)',
} as const;

export interface FetchPageOptions {
  /** Validators from the previous fetch of this URL: sent as If-None-Match / If-Modified-Since. */
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** FETCH_ALLOW_HOSTS: exact host:port entries that may be private (tests, intranet sources). */
  allowHosts?: readonly string[] | undefined;
  /** Name resolution; tests inject a fake so no DNS query leaves the machine. */
  resolver?: Resolver | undefined;
  /** For the whole fetch, redirects and body included. Default 15 s. */
  deadlineMs?: number | undefined;
  /** Body limit, compressed and decompressed. Default 5 MB. */
  maxBytes?: number | undefined;
  maxRedirects?: number | undefined;
  userAgent?: string | undefined;
  /** Cancels the fetch (shutdown); the signal's reason is thrown as-is. */
  signal?: AbortSignal | undefined;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchedPage {
  notModified: false;
  /** After redirects. */
  finalUrl: string;
  status: number;
  kind: PageKind;
  /** Media type without parameters ("text/html"); sniffed when the server sent none. */
  contentType: string;
  /** The encoding the text was decoded from ("utf-8", "windows-1252", …). */
  charset: string;
  text: string;
  headers: Validators;
}

export interface NotModified {
  notModified: true;
  finalUrl: string;
  status: 304;
  headers: Validators;
}

export type FetchResult = FetchedPage | NotModified;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export async function fetchPage(input: string | URL, options: FetchPageOptions = {}): Promise<FetchResult> {
  const deadlineMs = options.deadlineMs ?? FETCH_DEFAULTS.deadlineMs;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new FetchRefusal('timeout', `the site took longer than ${formatSeconds(deadlineMs)}`, { url: String(input) })),
    deadlineMs,
  );
  const cancel = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await fetchFollowingRedirects(input, options, controller.signal);
  } catch (error) {
    // Once the deadline (or the caller) has aborted, whatever broke is a consequence of that.
    if (controller.signal.aborted) throw controller.signal.reason;
    throw asRefusal(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

async function fetchFollowingRedirects(input: string | URL, options: FetchPageOptions, signal: AbortSignal): Promise<FetchResult> {
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const isAllowed = allowMatcher(options.allowHosts);
  const headers = requestHeaders(options);
  let url = checkUrl(input);
  for (let redirects = 0; ; redirects++) {
    const allowed = isAllowed(url);
    checkLiteralHost(url, allowed);
    const response = await requestOnce({ url, headers, resolver: options.resolver ?? systemResolver, allowed, signal });
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(status) && location) {
      response.destroy(); // the redirect's own body is never read
      if (redirects >= maxRedirects) {
        throw new FetchRefusal('too-many-redirects', `too many redirects (more than ${maxRedirects})`, { url: url.href });
      }
      url = checkUrl(location, url); // relative Locations resolve against the current hop
      continue;
    }
    return await finalResponse(response, url, options);
  }
}

function requestHeaders(options: FetchPageOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'User-Agent': options.userAgent ?? FETCH_DEFAULTS.userAgent,
    Accept:
      'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.8,application/json;q=0.8,*/*;q=0.1',
    'Accept-Encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  return headers;
}

async function finalResponse(response: IncomingMessage, url: URL, options: FetchPageOptions): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const status = response.statusCode ?? 0;
  const validators = validatorsOf(response);
  const finalUrl = url.href;

  if (status === 304) {
    response.destroy();
    return { notModified: true, finalUrl, status: 304, headers: validators };
  }
  if (status < 200 || status > 299) {
    response.destroy();
    throw new FetchRefusal('http-status', statusMessage(status), { status, url: finalUrl });
  }

  // Refuse from the headers when they already say no, before downloading anything.
  const declared = parseContentType(response.headers['content-type']);
  const declaredKind = declared ? kindOfMediaType(declared.mediaType) : null;
  if (response.headers['content-type']?.trim() && !declaredKind) {
    response.destroy();
    throw notAnArticle(declared?.mediaType ?? 'unknown type', url);
  }
  const length = Number(response.headers['content-length']);
  if (Number.isFinite(length) && length > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes, url, `Content-Length ${length}`);
  }

  const body = await readBody(response, { maxBytes, contentEncoding: response.headers['content-encoding'], url });
  const kind = declaredKind ?? sniffKind(body);
  if (!kind) throw notAnArticle('no content type', url);
  const contentType = declared?.mediaType ?? { html: 'text/html', xml: 'application/xml', json: 'application/json' }[kind];
  const { text, charset } = decodeBody(body, declared?.charset, kind);
  return { notModified: false, finalUrl, status, kind, contentType, charset, text, headers: validators };
}

function validatorsOf(response: IncomingMessage): Validators {
  const validators: Validators = {};
  const etag = response.headers.etag;
  const lastModified = response.headers['last-modified'];
  if (etag) validators.etag = etag;
  if (lastModified) validators.lastModified = lastModified;
  return validators;
}

function notAnArticle(what: string, url: URL): FetchRefusal {
  // The type comes from the server and ends up in a chat message: keep it short and plain.
  const shown = what.replace(/[^\w.+/ -]/g, '').slice(0, 60);
  return new FetchRefusal('content-type', `that is not an article page (${shown})`, { url: url.href });
}

/** Socket, TLS and parser errors become one polite line; the code stays in `detail` for the log. */
function asRefusal(error: unknown): FetchRefusal {
  if (error instanceof FetchRefusal) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const detail = code || String(error);
  if (/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/.test(code)) return new FetchRefusal('dns', 'that site could not be found', { detail });
  if (/CERT|SELF_SIGNED|ERR_TLS|UNABLE_TO_VERIFY/.test(code)) {
    return new FetchRefusal('network', 'the site’s security certificate is not valid', { detail });
  }
  return new FetchRefusal('network', 'the site could not be reached', { detail });
}
