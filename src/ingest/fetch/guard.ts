/**
 * Where a fetch may go. Three checks, each closing a different hole:
 *
 * 1. `checkUrl`: only http(s), before anything else happens.
 * 2. `checkLiteralHost`: an IP literal in the URL is judged at once (Node's
 *    net skips the lookup for literals, so check 3 would never see it).
 * 3. `safeLookup`: a host name is resolved *here*, as the `lookup` the socket
 *    itself calls, and only addresses that passed are handed back to connect
 *    to. Resolving once to check and again to connect would let a DNS answer
 *    change in between (rebinding); this way the checked address is the
 *    connected one.
 *
 * `checkPeer` then looks at the socket's actual remote address once connected,
 * a last line of defence should any path above be bypassed.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction, Socket } from 'node:net';
import { classifyAddress, hostToAddress, type AddressRange } from './address.ts';
import { FetchRefusal } from './errors.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Name → addresses. Injectable so tests can make a name "resolve" to 10.0.0.5 without any DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

const PRIVATE_MESSAGE = 'that address is on a private network';

export function privateAddressRefusal(address: string, range: AddressRange, url: URL): FetchRefusal {
  return new FetchRefusal('private-address', PRIVATE_MESSAGE, { detail: `${address} is ${range}`, url: url.href });
}

/** Parses an absolute URL (or one relative to `base`, for Location headers) and keeps only http(s). */
export function checkUrl(input: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new FetchRefusal('bad-url', 'that is not a valid web address', { detail: String(input).slice(0, 200) });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusal('scheme', `only web pages (http or https) can be fetched, not ${url.protocol} links`, {
      url: url.href.slice(0, 200),
    });
  }
  if (!url.hostname) throw new FetchRefusal('bad-url', 'that is not a valid web address', { url: url.href });
  return url;
}

/** Refuses a URL whose host is an IP literal that is not public (unless allowed). */
export function checkLiteralHost(url: URL, allowed: boolean): void {
  if (allowed) return;
  const address = hostToAddress(url.hostname);
  if (address === null) return; // a name: safeLookup judges what it resolves to
  const range = classifyAddress(address);
  if (range) throw privateAddressRefusal(address, range, url);
}

/**
 * A `lookup` for http.request that resolves with `resolver`, refuses the whole
 * name if any of its addresses is not public (a name with one public and one
 * private record is an attack, not a misconfiguration), and answers in the
 * shape net expects (`all: true` when it is racing IPv4 and IPv6).
 */
export function safeLookup(resolver: Resolver, url: URL, allowed: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then(
      (found) => {
        if (!allowed) {
          for (const { address } of found) {
            const range = classifyAddress(address);
            if (range) return callback(privateAddressRefusal(address, range, url), '');
          }
        }
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
        const usable = family === 4 || family === 6 ? found.filter((a) => a.family === family) : found;
        const first = usable[0];
        if (!first) return callback(notFound(hostname, url), '');
        if (options.all) return callback(null, usable.map(({ address, family: f }) => ({ address, family: f })));
        return callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error instanceof FetchRefusal ? error : notFound(hostname, url, error), ''),
    );
  };
}

function notFound(hostname: string, url: URL, cause?: unknown): FetchRefusal {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'no addresses';
  return new FetchRefusal('dns', 'that site could not be found', { detail: `${hostname}: ${code}`, url: url.href });
}

/** Once connected, the peer must still be public: defence in depth for the checks above. */
export function checkPeer(socket: Socket, url: URL, allowed: boolean): FetchRefusal | null {
  if (allowed) return null;
  const address = socket.remoteAddress;
  if (!address) return privateAddressRefusal('(unknown)', 'invalid', url);
  const range = classifyAddress(address);
  return range ? privateAddressRefusal(address, range, url) : null;
}
