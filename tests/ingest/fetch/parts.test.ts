/** The small pieces of the fetcher on their own: charset, content type, allow list, refusals, lookup. */
import type { LookupAddress } from 'node:dns';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { allowMatcher, normaliseAllowEntry, parseAllowHosts } from '../../../src/ingest/fetch/allowHosts.ts';
import { decodeBody, decodeWindows1252, detectCharset } from '../../../src/ingest/fetch/charset.ts';
import { kindOfMediaType, parseContentType, sniffKind } from '../../../src/ingest/fetch/contentType.ts';
import { FetchRefusal, formatBytes, formatSeconds, statusMessage } from '../../../src/ingest/fetch/errors.ts';
import { checkPeer, checkUrl, safeLookup } from '../../../src/ingest/fetch/guard.ts';
import { fakeResolver } from './server.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

// "café – “quoted”" in windows-1252, and 日本語 in Shift_JIS.
const CP1252 = [0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94];
const SJIS = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea];

describe('charset', () => {
  it('takes the Content-Type charset', () => {
    const r = decodeBody(bytes('<p>', CP1252), 'windows-1252', 'html');
    expect(r).toMatchObject({ charset: 'windows-1252', source: 'header', text: '<p>café – “q”' });
  });

  it('decodes windows-1252 by the WHATWG table, whatever Node version', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x99, 0x9f, 0x81, 0x9d, 0xe9, 0x41))).toBe(
      '€…‘’–—™Ÿ\x81\x9déA',
    );
  });

  it('maps iso-8859-1 and latin1 to windows-1252, as browsers do', () => {
    expect(detectCharset(bytes('x'), 'ISO-8859-1').charset).toBe('windows-1252');
    expect(detectCharset(bytes('x'), 'latin1').charset).toBe('windows-1252');
  });

  it('reads <meta charset> and <meta http-equiv> in the first bytes', () => {
    const meta = bytes('<!doctype html><html><head><meta charset="shift_jis"><title>', SJIS, '</title>');
    expect(decodeBody(meta, undefined, 'html')).toMatchObject({ charset: 'shift_jis', source: 'meta', text: expect.stringContaining('日本語') });
    const equiv = bytes('<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Windows-1252">', CP1252);
    expect(decodeBody(equiv, undefined, 'html')).toMatchObject({ charset: 'windows-1252', source: 'meta', text: expect.stringContaining('café – “q”') });
    const unquoted = bytes('<meta charset=sjis>', SJIS);
    expect(decodeBody(unquoted, undefined, 'html').text).toContain('日本語');
  });

  it('reads the XML declaration', () => {
    const xml = bytes('<?xml version="1.0" encoding="Shift_JIS"?><rss><title>', SJIS, '</title></rss>');
    expect(decodeBody(xml, undefined, 'xml')).toMatchObject({ charset: 'shift_jis', source: 'xml-declaration', text: expect.stringContaining('日本語') });
  });

  it('lets a BOM win over the header and the document', () => {
    const utf8 = bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252">', [0xc3, 0xa9]);
    expect(decodeBody(utf8, 'windows-1252', 'html')).toMatchObject({ charset: 'utf-8', source: 'bom', text: '<meta charset="windows-1252">é' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>é</p>', 'utf16le')]);
    expect(decodeBody(utf16, 'utf-8', 'html')).toMatchObject({ charset: 'utf-16le', text: '<p>é</p>' });
  });

  it('prefers the header to the document', () => {
    expect(detectCharset(bytes('<meta charset="shift_jis">'), 'windows-1252', 'html')).toEqual({ charset: 'windows-1252', source: 'header' });
  });

  it('skips labels it does not know and ends at UTF-8', () => {
    expect(detectCharset(bytes('<meta charset="windows-1252">'), 'x-nonsense', 'html')).toEqual({ charset: 'windows-1252', source: 'meta' });
    expect(detectCharset(bytes('<meta charset="klingon">'), 'x-nonsense', 'html')).toEqual({ charset: 'utf-8', source: 'default' });
    expect(decodeBody(bytes([0xc3, 0xa9]), 'x-nonsense').text).toBe('é');
    expect(detectCharset(bytes('<p>plain</p>')).charset).toBe('utf-8');
  });

  it('treats a document that declares utf-16 in ASCII as UTF-8', () => {
    expect(detectCharset(bytes('<meta charset="utf-16">'), undefined, 'html').charset).toBe('utf-8');
  });

  it('ignores in-document declarations for JSON', () => {
    expect(detectCharset(bytes('{"a":"<meta charset=shift_jis>"}'), undefined, 'json').charset).toBe('utf-8');
  });

  it('does not look for a declaration past the first 4 KB', () => {
    expect(detectCharset(bytes(' '.repeat(5000), '<meta charset="shift_jis">'), undefined, 'html').charset).toBe('utf-8');
  });
});

describe('content type', () => {
  it('parses the media type and charset', () => {
    expect(parseContentType('Text/HTML; Charset="ISO-8859-1"')).toEqual({ mediaType: 'text/html', charset: 'ISO-8859-1' });
    expect(parseContentType('application/json')).toEqual({ mediaType: 'application/json' });
    expect(parseContentType('garbage')).toBeNull();
    expect(parseContentType(undefined)).toBeNull();
  });

  it.each([
    ['text/html', 'html'],
    ['application/xhtml+xml', 'html'],
    ['text/xml', 'xml'],
    ['application/xml', 'xml'],
    ['application/rss+xml', 'xml'],
    ['application/atom+xml', 'xml'],
    ['application/rdf+xml', 'xml'],
    ['application/json', 'json'],
    ['application/feed+json', 'json'],
    ['application/ld+json', 'json'],
  ])('%s is read as %s', (type, kind) => expect(kindOfMediaType(type)).toBe(kind));

  it.each(['image/png', 'image/svg+xml', 'application/pdf', 'application/octet-stream', 'text/plain', 'text/css', 'application/javascript', 'video/mp4', 'application/zip'])(
    '%s is refused',
    (type) => expect(kindOfMediaType(type)).toBeNull(),
  );

  it('sniffs a body that came without a type, only when unambiguous', () => {
    expect(sniffKind(bytes('\n  <!DOCTYPE html><html>'))).toBe('html');
    expect(sniffKind(bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0"?><rss>'))).toBe('xml');
    expect(sniffKind(bytes('<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe('xml');
    expect(sniffKind(bytes('{"version":"https://jsonfeed.org/version/1.1"}'))).toBe('json');
    expect(sniffKind(bytes([0x89], 'PNG\r\n'))).toBeNull();
    expect(sniffKind(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffKind(bytes('just some text'))).toBeNull();
  });
});

describe('FETCH_ALLOW_HOSTS', () => {
  it('parses comma-separated host:port into canonical keys', () => {
    expect(parseAllowHosts(undefined)).toEqual([]);
    expect(parseAllowHosts('  ')).toEqual([]);
    expect(parseAllowHosts('Intranet.Example:8080, 127.0.0.1:3000,[0:0::1]:80')).toEqual([
      'intranet.example:8080',
      '127.0.0.1:3000',
      '[::1]:80',
    ]);
    expect(normaliseAllowEntry('0x7f.1:8080')).toBe('127.0.0.1:8080');
  });

  it('names a bad entry', () => {
    expect(() => parseAllowHosts('intranet.example')).toThrow(/"intranet.example" is not host:port/);
    expect(() => parseAllowHosts('a:99999')).toThrow(/not host:port/);
    expect(() => parseAllowHosts('exa mple:80')).toThrow(/not name a valid host/);
  });

  it('matches exact host and port only, with default ports filled in', () => {
    const allowed = allowMatcher(['intranet.example:80', '127.0.0.1:8443']);
    expect(allowed(new URL('http://INTRANET.example/a'))).toBe(true);
    expect(allowed(new URL('https://intranet.example/a'))).toBe(false); // 443, not 80
    expect(allowed(new URL('http://intranet.example:8080/'))).toBe(false);
    expect(allowed(new URL('http://sub.intranet.example/'))).toBe(false);
    expect(allowed(new URL('https://2130706433:8443/'))).toBe(true); // same host, spelled otherwise
    expect(allowMatcher(undefined)(new URL('http://127.0.0.1/'))).toBe(false);
  });
});

describe('refusal messages', () => {
  it('say limits as a person would', () => {
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(64 * 1024)).toBe('64 KB');
    expect(formatBytes(1000)).toBe('1000 bytes');
    expect(formatSeconds(15_000)).toBe('15 s');
    expect(formatSeconds(200)).toBe('0.2 s');
  });

  it('explain HTTP statuses', () => {
    expect(statusMessage(404)).toBe('the page was not found (404)');
    expect(statusMessage(500)).toBe('the site had an error (500)');
    expect(statusMessage(403)).toMatch(/does not let us/);
    expect(statusMessage(429)).toMatch(/slow down/);
    expect(statusMessage(418)).toBe('the site answered with status 418');
  });

  it('know which failures may pass', () => {
    expect(new FetchRefusal('timeout', 'x').transient).toBe(true);
    expect(new FetchRefusal('http-status', 'x', { status: 503 }).transient).toBe(true);
    expect(new FetchRefusal('http-status', 'x', { status: 404 }).transient).toBe(false);
    expect(new FetchRefusal('private-address', 'x').transient).toBe(false);
    expect(new FetchRefusal('content-type', 'x').transient).toBe(false);
  });
});

describe('guard', () => {
  it('refuses schemes other than http(s) and unparseable URLs', () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/', 'data:text/html,hi', 'javascript:alert(1)', 'gopher://x/', 'ws://x/']) {
      expect(() => checkUrl(url)).toThrow(FetchRefusal);
    }
    expect(() => checkUrl('not a url')).toThrow(/not a valid web address/);
    expect(checkUrl('/next', new URL('https://example.com/a/b')).href).toBe('https://example.com/next');
  });

  const lookupWith = (table: Record<string, string[]>, allowed = false) =>
    safeLookup(fakeResolver(table), new URL('http://x.example/'), allowed);

  const call = (lookup: ReturnType<typeof lookupWith>, options: object) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family?: number }>((resolve) =>
      lookup('x.example', options, (err, address, family) => resolve({ err, address, family })),
    );

  it('answers net in both shapes, honouring the family asked', async () => {
    const lookup = lookupWith({ 'x.example': ['93.184.216.34', '2606:2800:220:1::1'] });
    expect(await call(lookup, {})).toEqual({ err: null, address: '93.184.216.34', family: 4 });
    expect((await call(lookup, { all: true })).address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::1', family: 6 },
    ]);
    expect(await call(lookup, { family: 6 })).toEqual({ err: null, address: '2606:2800:220:1::1', family: 6 });
  });

  it('refuses a name if any of its addresses is not public', async () => {
    const { err } = await call(lookupWith({ 'x.example': ['93.184.216.34', '10.0.0.5'] }), { all: true });
    expect(err).toBeInstanceOf(FetchRefusal);
    expect(err).toMatchObject({ code: 'private-address', message: 'that address is on a private network', detail: '10.0.0.5 is private' });
  });

  it('lets an allowed host resolve anywhere', async () => {
    expect((await call(lookupWith({ 'x.example': ['127.0.0.1'] }, true), {})).address).toBe('127.0.0.1');
  });

  it('turns a failed resolution into a dns refusal', async () => {
    const { err } = await call(lookupWith({}), {});
    expect(err).toMatchObject({ code: 'dns', message: 'that site could not be found' });
  });

  it('checks the connected peer as a backstop', () => {
    const url = new URL('http://x.example/');
    const peer = (remoteAddress: string | undefined) => ({ remoteAddress }) as Socket;
    expect(checkPeer(peer('10.0.0.1'), url, false)?.code).toBe('private-address');
    expect(checkPeer(peer('::ffff:127.0.0.1'), url, false)?.code).toBe('private-address');
    expect(checkPeer(peer(undefined), url, false)?.code).toBe('private-address');
    expect(checkPeer(peer('93.184.216.34'), url, false)).toBeNull();
    expect(checkPeer(peer('127.0.0.1'), url, true)).toBeNull();
  });
});
