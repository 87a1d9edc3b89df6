/**
 * fetchPage end to end against a local server on 127.0.0.1 (allowed through
 * FETCH_ALLOW_HOSTS, as an intranet source would be). Every refusal is
 * asserted by its code and its exact user-facing line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, FetchRefusal, type FetchPageOptions, type FetchResult } from '../../../src/ingest/fetch/index.ts';
import { blockedConnections, fakeResolver, guardOutboundConnections, startServer, type TestServer } from './server.ts';

const HTML = '<!doctype html><html><head><title>Hello</title></head><body><p>Body text.</p></body></html>';
const CP1252 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]); // café – “q”
const SJIS = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]); // 日本語

let server: TestServer;
let unguard: () => void;
/** Set by the endless route when the client hangs up: proves the fetch stopped reading. */
let endlessClosed: Promise<void> = Promise.resolve();

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const send = (status: number, headers: Record<string, string | number>, body?: string | Buffer) => {
    res.writeHead(status, headers);
    res.end(body);
  };
  const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
  if (hop) {
    const n = Number(hop[1]);
    // Relative and absolute Locations alternate, and the status cycles through the redirect kinds.
    const statuses = [301, 302, 303, 307, 308];
    const next = n === 1 ? '/page' : n % 2 ? `/hop/${n - 1}` : `${server.url('')}/hop/${n - 1}`;
    return send(statuses[n % statuses.length]!, { Location: next });
  }
  switch (url.pathname) {
    case '/page':
      return send(200, { 'Content-Type': 'text/html; charset=utf-8', ETag: '"v1"', 'Last-Modified': 'Wed, 01 Jan 2025 00:00:00 GMT' }, HTML);
    case '/conditional':
      if (req.headers['if-none-match'] === '"v1"') return send(304, { ETag: '"v1"', 'Last-Modified': 'Wed, 01 Jan 2025 00:00:00 GMT' });
      return send(200, { 'Content-Type': 'text/html', ETag: '"v1"' }, HTML);
    case '/redirect':
      return send(302, { Location: url.searchParams.get('to') ?? '/page' });
    case '/status':
      return send(Number(url.searchParams.get('code')), { 'Content-Type': 'text/html' }, '<h1>oops</h1>');
    case '/hang':
      return; // never answers
    case '/stall-body':
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html><body>'); // …and never finishes
      return;
    case '/big-declared':
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': 6 * 1024 * 1024 });
      res.write('<html>');
      return; // the body never needs to come: the header alone is refused
    case '/endless': {
      // Chunked, no Content-Length, never ends: only a streaming limit can stop this.
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      endlessClosed = new Promise((resolve) => res.once('close', () => resolve()));
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return;
    }
    case '/gzip-bomb':
      return send(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, BOMB);
    case '/brotli-bomb':
      return send(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'br' }, BROTLI_BOMB);
    case '/gzip':
      return send(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, zlib.gzipSync(HTML));
    case '/deflate':
      return send(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'deflate' }, zlib.deflateSync(HTML));
    case '/br':
      return send(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'br' }, zlib.brotliCompressSync(HTML));
    case '/corrupt-gzip':
      return send(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, Buffer.from('this is not gzip at all'));
    case '/zstd':
      return send(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'zstd' }, Buffer.from('(zstd bytes)'));
    case '/typed':
      return send(200, { 'Content-Type': url.searchParams.get('type')! }, url.searchParams.get('body') ?? '\x89PNG\r\n');
    case '/untyped':
      res.removeHeader('Content-Type');
      return send(200, {}, url.searchParams.get('body') ?? '');
    case '/cp1252-header':
      return send(200, { 'Content-Type': 'text/html; charset=windows-1252' }, Buffer.concat([Buffer.from('<p>'), CP1252]));
    case '/latin1-meta':
      return send(200, { 'Content-Type': 'text/html' }, Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><p>'), CP1252]));
    case '/sjis-meta':
      return send(
        200,
        { 'Content-Type': 'text/html' },
        Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>'), SJIS]),
      );
    case '/sjis-header':
      return send(200, { 'Content-Type': 'text/html; charset=shift_jis' }, Buffer.concat([Buffer.from('<p>'), SJIS]));
    case '/sjis-rss':
      return send(
        200,
        { 'Content-Type': 'application/rss+xml' },
        Buffer.concat([Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><rss><channel><title>'), SJIS, Buffer.from('</title></channel></rss>')]),
      );
    case '/unknown-charset':
      return send(200, { 'Content-Type': 'text/html; charset=x-klingon' }, Buffer.from('<p>é</p>'));
    case '/feed.json':
      return send(200, { 'Content-Type': 'application/feed+json' }, '{"version":"https://jsonfeed.org/version/1.1","items":[]}');
    case '/atom':
      return send(200, { 'Content-Type': 'application/atom+xml; charset=utf-8' }, '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>');
    default:
      return send(404, { 'Content-Type': 'text/html' }, 'not found');
  }
}

// 32 MB of zeros: ~32 KB gzipped, a few dozen bytes as brotli.
const ZEROS = Buffer.alloc(32 * 1024 * 1024);
const BOMB = zlib.gzipSync(ZEROS, { level: 9 });
const BROTLI_BOMB = zlib.brotliCompressSync(ZEROS, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });

beforeAll(async () => {
  unguard = guardOutboundConnections();
  server = await startServer(route);
});

afterAll(async () => {
  await server.close();
  unguard();
});

afterEach(() => {
  const seen = blockedConnections.splice(0);
  expect(seen).toEqual([]);
});

const fetchLocal = (path: string, options: FetchPageOptions = {}) =>
  fetchPage(server.url(path), { allowHosts: [server.allow], resolver: fakeResolver({}), ...options });

async function refusal(promise: Promise<FetchResult>): Promise<FetchRefusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}

describe('fetching a page', () => {
  it('returns the text, type, charset and validators', async () => {
    const page = await fetchLocal('/page');
    expect(page).toEqual({
      notModified: false,
      finalUrl: server.url('/page'),
      status: 200,
      kind: 'html',
      contentType: 'text/html',
      charset: 'utf-8',
      text: HTML,
      headers: { etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' },
    });
  });

  it('names briefbot in the User-Agent and asks for compressed pages', async () => {
    await fetchLocal('/page');
    const { headers } = server.requests.at(-1)!;
    expect(headers['user-agent']).toMatch(/briefbot/);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers.accept).toMatch(/text\/html/);
    expect(headers.host).toBe(server.allow);
  });

  it('reads RSS/Atom and JSON feeds', async () => {
    expect(await fetchLocal('/atom')).toMatchObject({ kind: 'xml', contentType: 'application/atom+xml' });
    expect(await fetchLocal('/feed.json')).toMatchObject({ kind: 'json', contentType: 'application/feed+json', text: expect.stringContaining('jsonfeed') });
  });
});

describe('conditional requests', () => {
  it('sends If-None-Match and If-Modified-Since and reports a 304 as not modified', async () => {
    const result = await fetchLocal('/conditional', { etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' });
    expect(result).toEqual({
      notModified: true,
      finalUrl: server.url('/conditional'),
      status: 304,
      headers: { etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' },
    });
    const { headers } = server.requests.at(-1)!;
    expect(headers['if-none-match']).toBe('"v1"');
    expect(headers['if-modified-since']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  });

  it('sends no validators when it has none, and gets the page', async () => {
    expect(await fetchLocal('/conditional')).toMatchObject({ notModified: false, text: HTML });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBeUndefined();
  });
});

describe('redirects', () => {
  it('follows relative and absolute redirects of every kind, up to 5', async () => {
    const page = await fetchLocal('/hop/5');
    expect(page).toMatchObject({ notModified: false, finalUrl: server.url('/page'), text: HTML });
    expect(server.requests.slice(-6).map((r) => r.path)).toEqual(['/hop/5', '/hop/4', '/hop/3', '/hop/2', '/hop/1', '/page']);
  });

  it('refuses a sixth redirect', async () => {
    const before = server.requests.length;
    const e = await refusal(fetchLocal('/hop/6'));
    expect(e).toMatchObject({ code: 'too-many-redirects', message: 'too many redirects (more than 5)' });
    // Six redirects were answered; the seventh request was never made.
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/hop/6', '/hop/5', '/hop/4', '/hop/3', '/hop/2', '/hop/1']);
  });

  it('honours a lower redirect limit', async () => {
    expect((await refusal(fetchLocal('/hop/2', { maxRedirects: 1 }))).code).toBe('too-many-redirects');
  });

  it('refuses a redirect to a name that resolves to a private address', async () => {
    const resolver = fakeResolver({ 'intranet.example': ['10.0.0.5'] });
    const e = await refusal(fetchLocal('/redirect?to=http://intranet.example/admin', { resolver }));
    expect(e).toMatchObject({ code: 'private-address', message: 'that address is on a private network', detail: '10.0.0.5 is private' });
    expect(resolver.asked).toEqual(['intranet.example']);
  });

  it.each([
    ['the metadata service', 'http://169.254.169.254/latest/meta-data/'],
    ['a private IPv4 literal', 'http://192.168.1.1/'],
    ['a decimal loopback literal', 'http://2130706433/'],
    ['a hex loopback literal', 'http://0x7f.1/'],
    ['an IPv6 loopback literal', 'http://[::1]/'],
    ['a v4-mapped IPv6 literal', 'http://[::ffff:127.0.0.1]/'],
    ['the same server on a port not allowed', 'http://127.0.0.1:1/'],
  ])('refuses a redirect to %s', async (_, to) => {
    const resolver = fakeResolver({});
    const e = await refusal(fetchLocal(`/redirect?to=${encodeURIComponent(to)}`, { resolver }));
    expect(e).toMatchObject({ code: 'private-address', message: 'that address is on a private network' });
    expect(resolver.asked).toEqual([]); // literals are judged without DNS
  });

  it('refuses a redirect to another scheme', async () => {
    const e = await refusal(fetchLocal(`/redirect?to=${encodeURIComponent('file:///etc/passwd')}`));
    expect(e).toMatchObject({ code: 'scheme', message: 'only web pages (http or https) can be fetched, not file: links' });
  });

  it('follows a redirect to another allowed host', async () => {
    const resolver = fakeResolver({ 'intranet.test': ['127.0.0.1'] });
    const allowHosts = [server.allow, `intranet.test:${server.port}`];
    const page = await fetchLocal(`/redirect?to=${encodeURIComponent(`http://intranet.test:${server.port}/page`)}`, { resolver, allowHosts });
    expect(page).toMatchObject({ finalUrl: `http://intranet.test:${server.port}/page`, text: HTML });
    expect(server.requests.at(-1)!.headers.host).toBe(`intranet.test:${server.port}`);
  });
});

describe('HTTP errors', () => {
  it.each([
    [500, 'the site had an error (500)', true],
    [503, 'the site had an error (503)', true],
    [404, 'the page was not found (404)', false],
    [403, 'the site does not let us read that page (403)', false],
    [429, 'the site asked us to slow down (429)', true],
  ])('refuses a %i', async (code, message, transient) => {
    const e = await refusal(fetchLocal(`/status?code=${code}`));
    expect(e).toMatchObject({ code: 'http-status', status: code, message, transient });
  });

  it('refuses a redirect status without a Location', async () => {
    expect(await refusal(fetchLocal('/status?code=302'))).toMatchObject({ code: 'http-status', status: 302 });
  });

  it('refuses a server that is not there', async () => {
    const closed = await startServer(() => {});
    await closed.close();
    const e = await refusal(fetchPage(closed.url('/'), { allowHosts: [closed.allow] }));
    expect(e).toMatchObject({ code: 'network', message: 'the site could not be reached', detail: 'ECONNREFUSED', transient: true });
  });
});

describe('the deadline', () => {
  it('refuses a server that never answers', async () => {
    const e = await refusal(fetchLocal('/hang', { deadlineMs: 200 }));
    expect(e).toMatchObject({ code: 'timeout', message: 'the site took longer than 0.2 s', transient: true });
  });

  it('refuses a body that never finishes', async () => {
    const e = await refusal(fetchLocal('/stall-body', { deadlineMs: 200 }));
    expect(e).toMatchObject({ code: 'timeout', message: 'the site took longer than 0.2 s' });
  });

  it('stops when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = fetchLocal('/hang', { signal: controller.signal });
    controller.abort(new Error('shutting down'));
    await expect(pending).rejects.toThrow('shutting down'); // the caller's reason, not a refusal
  });
});

describe('size limits', () => {
  it('refuses a declared Content-Length over the limit before reading', async () => {
    const e = await refusal(fetchLocal('/big-declared'));
    expect(e).toMatchObject({ code: 'too-large', message: 'the page is larger than 5 MB', detail: `Content-Length ${6 * 1024 * 1024}` });
  });

  it('stops reading a body without Content-Length as soon as it passes the limit', async () => {
    // The server never stops sending, so only an abort mid-stream can end this (else: timeout).
    const e = await refusal(fetchLocal('/endless', { deadlineMs: 20_000 }));
    expect(e).toMatchObject({ code: 'too-large', message: 'the page is larger than 5 MB' });
    await endlessClosed; // and the connection was closed
  });

  it('honours a smaller limit', async () => {
    const e = await refusal(fetchLocal('/page', { maxBytes: 64 }));
    expect(e).toMatchObject({ code: 'too-large', message: 'the page is larger than 64 bytes' });
  });

  it('refuses a gzip bomb, counting the decompressed bytes', async () => {
    expect(BOMB.length).toBeLessThan(1024 * 1024);
    const e = await refusal(fetchLocal('/gzip-bomb'));
    expect(e).toMatchObject({ code: 'too-large', message: 'the page is larger than 5 MB' });
    expect(e.detail).toMatch(/after decompression/);
  });

  it('refuses a brotli bomb', async () => {
    const e = await refusal(fetchLocal('/brotli-bomb'));
    expect(e).toMatchObject({ code: 'too-large', detail: expect.stringMatching(/after decompression/) });
  });
});

describe('compression', () => {
  it.each(['/gzip', '/deflate', '/br'])('decodes %s', async (path) => {
    expect(await fetchLocal(path)).toMatchObject({ text: HTML });
  });

  it('refuses a body that does not decompress', async () => {
    const e = await refusal(fetchLocal('/corrupt-gzip'));
    expect(e).toMatchObject({ code: 'bad-encoding', message: 'the page could not be decompressed' });
  });

  it('refuses a compression it does not know', async () => {
    const e = await refusal(fetchLocal('/zstd'));
    expect(e).toMatchObject({ code: 'bad-encoding', message: 'the page uses a compression we cannot read (zstd)' });
  });
});

describe('content types', () => {
  it.each([
    ['image/png', 'that is not an article page (image/png)'],
    ['application/pdf', 'that is not an article page (application/pdf)'],
    ['image/svg+xml', 'that is not an article page (image/svg+xml)'],
    ['text/plain; charset=utf-8', 'that is not an article page (text/plain)'],
    ['application/octet-stream', 'that is not an article page (application/octet-stream)'],
    ['nonsense', 'that is not an article page (unknown type)'],
  ])('refuses %s', async (type, message) => {
    const e = await refusal(fetchLocal(`/typed?type=${encodeURIComponent(type)}`));
    expect(e).toMatchObject({ code: 'content-type', message, transient: false });
  });

  it('sniffs a page sent without a Content-Type', async () => {
    const page = await fetchLocal(`/untyped?body=${encodeURIComponent(HTML)}`);
    expect(page).toMatchObject({ kind: 'html', contentType: 'text/html', text: HTML });
  });

  it('refuses an untyped body that is not plainly a page', async () => {
    const e = await refusal(fetchLocal(`/untyped?body=${encodeURIComponent('%PDF-1.7')}`));
    expect(e).toMatchObject({ code: 'content-type', message: 'that is not an article page (no content type)' });
  });
});

describe('character sets', () => {
  it('decodes windows-1252 declared in the header', async () => {
    expect(await fetchLocal('/cp1252-header')).toMatchObject({ charset: 'windows-1252', text: '<p>café – “q”' });
  });

  it('decodes iso-8859-1 declared in <meta charset> as windows-1252', async () => {
    const page = await fetchLocal('/latin1-meta');
    expect(page).toMatchObject({ charset: 'windows-1252', text: expect.stringContaining('<p>café – “q”') });
  });

  it('decodes Shift_JIS from the header, <meta http-equiv> and the XML declaration', async () => {
    expect(await fetchLocal('/sjis-header')).toMatchObject({ charset: 'shift_jis', text: '<p>日本語' });
    expect(await fetchLocal('/sjis-meta')).toMatchObject({ charset: 'shift_jis', text: expect.stringContaining('<title>日本語') });
    expect(await fetchLocal('/sjis-rss')).toMatchObject({ kind: 'xml', charset: 'shift_jis', text: expect.stringContaining('<title>日本語</title>') });
  });

  it('falls back to UTF-8 for a label it does not know', async () => {
    expect(await fetchLocal('/unknown-charset')).toMatchObject({ charset: 'utf-8', text: '<p>é</p>' });
  });
});
