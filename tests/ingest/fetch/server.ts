/**
 * Test plumbing for the fetcher: a local HTTP server on 127.0.0.1, and a guard
 * that makes sure these tests never open a TCP connection anywhere else, even
 * if the code under test regressed and tried to (the tests point it at
 * 10.0.0.5, 169.254.169.254, …, and must never actually reach them).
 */
import dns from 'node:dns';
import http from 'node:http';
import net, { type AddressInfo, type LookupFunction } from 'node:net';
import type { ResolvedAddress, Resolver } from '../../../src/ingest/fetch/guard.ts';

export interface TestServer {
  port: number;
  /** `http://127.0.0.1:PORT${path}` */
  url(path: string): string;
  /** `127.0.0.1:PORT`, the FETCH_ALLOW_HOSTS entry that lets fetchPage reach it. */
  allow: string;
  /** Request paths in arrival order, with the headers they carried. */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

export async function startServer(handler: http.RequestListener): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    allow: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Attempts the guard stopped; a test that expects a refusal also expects this to stay empty. */
export const blockedConnections: string[] = [];

/**
 * Wraps net.Socket#connect: an IP other than 127.0.0.1, or a lookup answer
 * other than 127.0.0.1, throws before any packet is sent. Returns the undo.
 */
export function guardOutboundConnections(): () => void {
  const original = net.Socket.prototype.connect;
  const refuse = (what: string) => {
    blockedConnections.push(what);
    return new Error(`test guard: refused a connection to ${what}`);
  };
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // net.createConnection passes its normalised [options, callback] array as the first argument.
    const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
    const options = (typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }) as net.TcpNetConnectOpts & {
      path?: string | null;
    };
    // http passes `path: null` for TCP; only a non-empty path is a Unix socket.
    if (!options.path) {
      const host = options.host ?? 'localhost';
      if (net.isIP(host)) {
        if (host !== '127.0.0.1') throw refuse(host);
      } else {
        const inner: LookupFunction = options.lookup ?? (dns.lookup as unknown as LookupFunction);
        options.lookup = (hostname, lookupOptions, callback) =>
          inner(hostname, lookupOptions, (err, address, family) => {
            if (err) return callback(err, address, family);
            const list = Array.isArray(address) ? address.map((a) => a.address) : [address];
            const bad = list.find((a) => a !== '127.0.0.1');
            if (bad !== undefined) return callback(refuse(`${hostname} → ${bad}`), '');
            return callback(null, address, family);
          });
      }
    }
    return original.apply(this, args as Parameters<typeof original>);
  } as typeof original;
  return () => {
    net.Socket.prototype.connect = original;
  };
}

/** A resolver that answers from a table and records every name asked (so tests can show literals skip DNS). */
export function fakeResolver(table: Record<string, string[]>): Resolver & { asked: string[] } {
  const asked: string[] = [];
  const resolve = async (hostname: string): Promise<ResolvedAddress[]> => {
    asked.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 }));
  };
  return Object.assign(resolve, { asked });
}
