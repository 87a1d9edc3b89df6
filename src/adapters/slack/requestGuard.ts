/**
 * A guard in front of Bolt's HTTP receiver. Bolt reads a request's whole body,
 * with no limit, before it checks the signature, so an unsigned 50 MB POST
 * would cost its full size in memory before its 401. Here a body over
 * MAX_BODY_BYTES is refused with 413 — by its Content-Length before a byte of
 * it is read, and by counting while it streams when it declares none — and a
 * request dated more than five minutes from now, in either direction, is
 * refused with 401 before its body is read. What passes reaches Bolt already
 * read, and Bolt checks the signature as before.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { log } from '../../core/log.ts';

/** Slack's own payloads are a few kilobytes; a megabyte is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Slack's window for a signed request: five minutes either side of now. */
export const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

export interface RequestGuardOptions {
  /** The paths Bolt reads events from (`/slack/events`); other requests pass untouched. */
  paths: readonly string[];
  maxBodyBytes?: number;
  now?: () => number;
}

/** Bolt reads a request's `rawBody` when present instead of reading the stream again. */
type BufferedRequest = IncomingMessage & { rawBody?: Buffer };

export function guardSlackRequests(listener: RequestListener, options: RequestGuardOptions): RequestListener {
  const maxBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const now = options.now ?? Date.now;
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || !options.paths.includes(path)) return listener(req, res);
    if (Number(req.headers['content-length']) > maxBytes) return refuse(req, res, 413, `body declared over ${maxBytes} bytes`);
    if (!timestampInWindow(req.headers['x-slack-request-timestamp'], now())) return refuse(req, res, 401, 'timestamp outside the five-minute window');
    readAtMost(req, maxBytes).then(
      (body) => {
        if (!body) return refuse(req, res, 413, `body over ${maxBytes} bytes`);
        (req as BufferedRequest).rawBody = body;
        listener(req, res);
      },
      // The client went away mid-body: nobody is left to answer.
      () => req.destroy(),
    );
  };
}

/**
 * A timestamp more than the window away from now, in the past (a replay) or
 * the future, fails. A request without one passes to Bolt, which refuses it
 * unless it is Slack's unsigned ssl_check.
 */
export function timestampInWindow(header: string | string[] | undefined, nowMs: number): boolean {
  if (header === undefined) return true;
  const seconds = Number(header);
  return Number.isFinite(seconds) && Math.abs(nowMs / 1000 - seconds) <= TIMESTAMP_WINDOW_SECONDS;
}

/** The body, or undefined as soon as it passes `maxBytes` (the rest is never read). */
function readAtMost(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      done();
      req.pause();
      resolve(undefined);
    };
    const onEnd = () => (done(), resolve(Buffer.concat(chunks, size)));
    const onError = (error: Error) => (done(), reject(error));
    const onClose = () => (done(), reject(new Error('request closed before its end')));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

function refuse(req: IncomingMessage, res: ServerResponse, status: 401 | 413, reason: string): void {
  log('warn', 'slack request refused', { status, reason });
  res.writeHead(status, { connection: 'close' });
  // The rest of the body is unwanted: once the answer is out, the connection goes.
  res.end(() => req.destroy());
}
