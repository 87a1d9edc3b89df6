/**
 * One HTTP exchange (no redirects followed), wired so that the socket can only
 * reach an address the guard approved:
 * - `lookup` is the guard's, so the address connected to is the one checked;
 * - `agent: false` gives every hop a fresh socket, so a connection opened for
 *   one host is never reused for another;
 * - the peer is checked again the instant the socket connects, before the
 *   request is written (a backstop; the lookup should already have refused).
 * Node's http ignores HTTP(S)_PROXY variables, so no proxy can reroute this.
 */
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { checkPeer, safeLookup, type Resolver } from './guard.ts';

export interface RequestOnceOptions {
  url: URL;
  headers: Record<string, string>;
  resolver: Resolver;
  /** The URL's host:port is in the allow list, so address checks are skipped. */
  allowed: boolean;
  signal: AbortSignal;
}

export function requestOnce({ url, headers, resolver, allowed, signal }: RequestOnceOptions): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http;
    const req = transport.request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { ...headers, Host: url.host },
      agent: false,
      lookup: safeLookup(resolver, url, allowed),
      signal,
    });
    const verifyPeer = (socket: Socket) => {
      const refusal = checkPeer(socket, url, allowed);
      if (refusal) req.destroy(refusal);
    };
    req.once('socket', (socket: Socket) => {
      if (socket.connecting || !socket.remoteAddress) socket.prependOnceListener('connect', () => verifyPeer(socket));
      else verifyPeer(socket);
    });
    req.once('response', resolve);
    req.on('error', reject); // `on`: a second error (a reset after a refusal) must not go uncaught
    req.end();
  });
}
