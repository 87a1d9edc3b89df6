/**
 * Downloading a file someone attached in chat (Discord's `/sources add
 * file:`). Only from the platform's own file servers, over https, with the
 * fetcher's guards: its address checks (the socket connects only where the
 * checked lookup says), its deadline and its streaming size limit. No
 * redirects are followed. Unlike fetchPage, the content type does not decide:
 * Discord serves .md and .txt as text/plain, so the file's name does, and the
 * bytes are judged by what reads them next.
 */
import { allowMatcher, hostPortKey } from './fetch/allowHosts.ts';
import { readBody } from './fetch/body.ts';
import { FetchRefusal, formatBytes, formatSeconds, statusMessage } from './fetch/errors.ts';
import { FETCH_DEFAULTS } from './fetch/fetchPage.ts';
import { checkLiteralHost, checkUrl, systemResolver, type Resolver } from './fetch/guard.ts';
import { requestOnce } from './fetch/request.ts';

/** Where Discord serves attachments. */
export const DISCORD_ATTACHMENT_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'] as const;

export interface Attachment {
  url: string;
  /** The file's name as the user uploaded it ("notes.md"). */
  name: string;
  /** Bytes, as the platform reports it. */
  size?: number | undefined;
}

export interface AttachmentOptions {
  /** Host names (any port, https only) or exact host:port entries (http too) attachments may come from. */
  hosts?: readonly string[] | undefined;
  /** FETCH_ALLOW_HOSTS: host:port entries that may be private. */
  allowHosts?: readonly string[] | undefined;
  resolver?: Resolver | undefined;
  maxBytes?: number | undefined;
  deadlineMs?: number | undefined;
}

function fromAttachmentHost(url: URL, hosts: readonly string[]): boolean {
  return hosts.some((entry) => (entry.includes(':') ? allowMatcher([entry])(url) : url.protocol === 'https:' && url.hostname === entry.toLowerCase()));
}

export async function downloadAttachment(attachment: Attachment, options: AttachmentOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const deadlineMs = options.deadlineMs ?? FETCH_DEFAULTS.deadlineMs;
  if (attachment.size !== undefined && attachment.size > maxBytes) {
    throw new FetchRefusal('too-large', `the file is larger than ${formatBytes(maxBytes)}`, { detail: `${attachment.size} bytes` });
  }
  const url = checkUrl(attachment.url);
  if (!fromAttachmentHost(url, options.hosts ?? DISCORD_ATTACHMENT_HOSTS)) {
    throw new FetchRefusal('bad-url', 'attachments are read only from the chat platform’s own file servers', { detail: hostPortKey(url) });
  }
  const allowed = allowMatcher(options.allowHosts)(url);
  checkLiteralHost(url, allowed);
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new FetchRefusal('timeout', `the file took longer than ${formatSeconds(deadlineMs)} to download`, { url: url.href })),
    deadlineMs,
  );
  try {
    const response = await requestOnce({
      url,
      headers: { 'User-Agent': FETCH_DEFAULTS.userAgent, Accept: '*/*', 'Accept-Encoding': 'gzip, deflate, br' },
      resolver: options.resolver ?? systemResolver,
      allowed,
      signal: controller.signal,
    });
    const status = response.statusCode ?? 0;
    if (status !== 200) {
      response.destroy();
      throw new FetchRefusal('http-status', statusMessage(status).replace('the page', 'the file'), { status, url: url.href });
    }
    const length = Number(response.headers['content-length']);
    if (Number.isFinite(length) && length > maxBytes) {
      response.destroy();
      throw new FetchRefusal('too-large', `the file is larger than ${formatBytes(maxBytes)}`, { detail: `Content-Length ${length}`, url: url.href });
    }
    const body = await readBody(response, { maxBytes, contentEncoding: response.headers['content-encoding'], url });
    return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    if (error instanceof FetchRefusal) throw error.code === 'too-large' ? new FetchRefusal('too-large', `the file is larger than ${formatBytes(maxBytes)}`, error.extra) : error;
    throw new FetchRefusal('network', 'the file could not be downloaded', { detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  } finally {
    clearTimeout(timer);
  }
}
