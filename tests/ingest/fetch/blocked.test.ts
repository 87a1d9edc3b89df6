/**
 * Every way a URL can point at a non-public address, through fetchPage itself.
 * None of these may connect anywhere: the resolver is a fake (no DNS leaves
 * the machine) and the outbound guard fails the test on any connection
 * attempt to something other than 127.0.0.1.
 */
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, FetchRefusal, type FetchPageOptions } from '../../../src/ingest/fetch/index.ts';
import { blockedConnections, fakeResolver, guardOutboundConnections, startServer, type TestServer } from './server.ts';

let unguard: () => void;
let server: TestServer;

beforeAll(async () => {
  unguard = guardOutboundConnections();
  server = await startServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<html><body>local</body></html>');
  });
});

afterAll(async () => {
  await server.close();
  unguard();
});

afterEach(() => {
  const seen = blockedConnections.splice(0);
  expect(seen).toEqual([]);
});

async function refusalFor(url: string, options: FetchPageOptions = {}): Promise<FetchRefusal> {
  const error = await fetchPage(url, { resolver: fakeResolver({}), ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}

describe('IP literals in the URL', () => {
  it.each([
    // loopback, every spelling
    'http://127.0.0.1/',
    'http://127.0.0.1:8080/admin',
    'https://127.1.2.3/',
    'http://127.0.0.1./',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://017700000001/',
    'http://127.1/',
    'http://[::1]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://%31%32%37.0.0.1/',
    'http://127.0.0.1:80/',
    // private
    'http://10.0.0.1/',
    'http://167772161/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.0.1/',
    'http://0xc0.0xa8.1.1/',
    'http://[::ffff:10.0.0.1]/',
    'http://[::ffff:c0a8:101]/',
    'http://[fc00::1]/',
    'http://[fd00:ec2::254]/',
    // link-local, incl. cloud metadata
    'http://169.254.169.254/latest/meta-data/',
    'http://0xa9fea9fe/',
    'http://2852039166/',
    'http://[fe80::1]/',
    'http://[::ffff:169.254.169.254]/',
    // shared (CGNAT)
    'http://100.64.0.1/',
    'http://[::ffff:100.100.100.100]/',
    // multicast
    'http://224.0.0.1/',
    'http://239.255.255.250/',
    'http://[ff02::1]/',
    // unspecified
    'http://0.0.0.0/',
    'http://0/',
    'http://[::]/',
    'http://[::ffff:0.0.0.0]/',
    // broadcast and reserved
    'http://255.255.255.255/',
    'http://4294967295/',
    'http://240.0.0.1/',
    'http://198.18.0.1/',
    'http://[100::1]/',
    'http://[::127.0.0.1]/',
    // documentation
    'http://192.0.2.1/',
    'http://198.51.100.1/',
    'http://203.0.113.1/',
    'http://[2001:db8::1]/',
    // NAT64 / 6to4 wrapping a private IPv4
    'http://[64:ff9b::a00:1]/',
    'http://[2002:7f00:1::1]/',
  ])('%s is refused without DNS or a connection', async (url) => {
    const resolver = fakeResolver({});
    const e = await refusalFor(url, { resolver });
    expect(e.code).toBe('private-address');
    expect(e.message).toBe('that address is on a private network');
    expect(resolver.asked).toEqual([]);
  });
});

describe('names that resolve to non-public addresses', () => {
  it.each([
    ['localhost', ['127.0.0.1', '::1']],
    ['loopback.example', ['127.0.0.53']],
    ['lan.example', ['192.168.1.10']],
    ['ten.example', ['10.1.2.3']],
    ['docker.example', ['172.17.0.2']],
    ['cgnat.example', ['100.64.1.1']],
    ['metadata.example', ['169.254.169.254']],
    ['ula.example', ['fd12:3456::1']],
    ['linklocal6.example', ['fe80::1']],
    ['mapped.example', ['::ffff:10.0.0.1']],
    ['multicast.example', ['224.0.0.251']],
    ['zero.example', ['0.0.0.0']],
    ['broadcast.example', ['255.255.255.255']],
    ['reserved.example', ['240.1.1.1']],
    ['doc.example', ['192.0.2.55']],
    // one bad record spoils the name: no picking the public one and hoping
    ['mixed.example', ['93.184.216.34', '10.0.0.5']],
    ['mixed6.example', ['2606:2800:220:1::1', '::1']],
  ])('%s (%j) is refused', async (name, addresses) => {
    const resolver = fakeResolver({ [name]: addresses });
    const e = await refusalFor(`http://${name}/article`, { resolver });
    expect(e).toMatchObject({ code: 'private-address', message: 'that address is on a private network' });
    expect(resolver.asked).toEqual([name]);
  });

  it('refuses a name that resolves to the test server itself when it is not allowed', async () => {
    // The real connect path: the lookup net calls is the one that refuses.
    const resolver = fakeResolver({ 'sneaky.example': ['127.0.0.1'] });
    const e = await refusalFor(`http://sneaky.example:${server.port}/`, { resolver });
    expect(e).toMatchObject({ code: 'private-address', detail: '127.0.0.1 is loopback' });
    expect(server.requests).toEqual([]);
  });

  it('says so when a name does not resolve', async () => {
    const e = await refusalFor('http://no-such-host.example/');
    expect(e).toMatchObject({ code: 'dns', message: 'that site could not be found', transient: true });
  });
});

describe('FETCH_ALLOW_HOSTS, the one exception', () => {
  it('lets an allowed host:port through, by literal or by name', async () => {
    expect(await fetchPage(server.url('/'), { allowHosts: [server.allow] })).toMatchObject({ text: '<html><body>local</body></html>' });
    const resolver = fakeResolver({ 'intranet.test': ['127.0.0.1'] });
    const byName = await fetchPage(`http://intranet.test:${server.port}/`, { resolver, allowHosts: [`intranet.test:${server.port}`] });
    expect(byName).toMatchObject({ finalUrl: `http://intranet.test:${server.port}/` });
  });

  it('allows only that exact host and port', async () => {
    const other = await refusalFor('http://127.0.0.1:1/', { allowHosts: [server.allow] });
    expect(other.code).toBe('private-address');
    const sibling = await refusalFor(`http://localhost:${server.port}/`, {
      allowHosts: [server.allow],
      resolver: fakeResolver({ localhost: ['127.0.0.1'] }),
    });
    expect(sibling.code).toBe('private-address');
  });
});

describe('schemes', () => {
  it.each([
    ['file:///etc/passwd', 'file:'],
    ['file://localhost/etc/passwd', 'file:'],
    ['ftp://example.com/file.html', 'ftp:'],
    ['data:text/html,<h1>hi</h1>', 'data:'],
    ['javascript:alert(1)', 'javascript:'],
    ['gopher://example.com/', 'gopher:'],
    ['ws://example.com/', 'ws:'],
    ['HTTPX://example.com/', 'httpx:'],
  ])('%s is refused', async (url, scheme) => {
    const resolver = fakeResolver({});
    const e = await refusalFor(url, { resolver });
    expect(e).toMatchObject({ code: 'scheme', message: `only web pages (http or https) can be fetched, not ${scheme} links` });
    expect(resolver.asked).toEqual([]);
  });

  it.each(['not a url', '', '//example.com/relative', 'http://', 'http://exa mple.com/'])('%j is not a web address', async (url) => {
    const e = await refusalFor(url);
    expect(e).toMatchObject({ code: 'bad-url', message: 'that is not a valid web address' });
  });
});

describe('the outbound guard these tests rely on', () => {
  it('stops a connection to anything but 127.0.0.1 before it is made', () => {
    // Checked against a stand-in connect, so even this self-test sends nothing.
    const real = net.Socket.prototype.connect;
    const attempted: unknown[] = [];
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      attempted.push(args[0]);
      return this;
    } as typeof real;
    const undo = guardOutboundConnections();
    try {
      const socket = new net.Socket();
      expect(() => socket.connect({ host: '10.0.0.5', port: 80 })).toThrow(/test guard/);
      expect(() => socket.connect(80, '::1')).toThrow(/test guard/);
      // http.request's shape: normalised [options, callback] with `path: null`.
      expect(() => socket.connect([{ host: '10.0.0.5', port: 80, path: null }, null] as never)).toThrow(/test guard/);
      socket.connect({ host: '127.0.0.1', port: 80 });
      expect(attempted).toEqual([{ host: '127.0.0.1', port: 80 }]);
    } finally {
      undo();
      net.Socket.prototype.connect = real;
      blockedConnections.length = 0;
    }
  });
});
