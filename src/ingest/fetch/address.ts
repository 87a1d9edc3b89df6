/**
 * Is an IP address on the public internet? A URL pasted in chat must never make
 * the bot talk to the machine it runs on, its LAN or a cloud metadata service
 * (169.254.169.254), so everything that is not plainly public is refused.
 *
 * The tables follow the IANA special-purpose registries. IPv6 is refused unless
 * it is global unicast (2000::/3) — new special ranges are carved out of the
 * rest far more often than out of 2000::/3 — and IPv6 forms that carry an IPv4
 * address (v4-mapped, NAT64, 6to4) are judged by the IPv4 address inside, since
 * that is where the packets end up.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';

export type AddressRange =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared' // carrier-grade NAT, 100.64.0.0/10
  | 'link-local'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'reserved'
  | 'invalid'; // not an IP address at all: never connect to what we cannot judge

type Row = readonly [AddressRange, string, number];

// First match wins, so the broadcast address is named before 240.0.0.0/4 holds it.
const V4_ROWS: readonly Row[] = [
  ['broadcast', '255.255.255.255', 32],
  ['unspecified', '0.0.0.0', 8], // "this network"; Linux connects 0.0.0.0 to localhost
  ['loopback', '127.0.0.0', 8],
  ['private', '10.0.0.0', 8],
  ['private', '172.16.0.0', 12],
  ['private', '192.168.0.0', 16],
  ['shared', '100.64.0.0', 10],
  ['link-local', '169.254.0.0', 16], // includes cloud metadata endpoints
  ['multicast', '224.0.0.0', 4],
  ['documentation', '192.0.2.0', 24],
  ['documentation', '198.51.100.0', 24],
  ['documentation', '203.0.113.0', 24],
  ['reserved', '192.0.0.0', 24], // IETF protocol assignments
  ['reserved', '192.88.99.0', 24], // old 6to4 relay anycast
  ['reserved', '198.18.0.0', 15], // benchmarking
  ['reserved', '240.0.0.0', 4], // future use
];

const V6_ROWS: readonly Row[] = [
  ['unspecified', '::', 128],
  ['loopback', '::1', 128],
  ['reserved', '::', 96], // deprecated IPv4-compatible addresses
  ['reserved', '100::', 64], // discard-only
  ['reserved', '64:ff9b:1::', 48], // local-use NAT64
  ['documentation', '2001:db8::', 32],
  ['documentation', '3fff::', 20],
  ['reserved', '2001::', 23], // IETF protocol assignments, incl. Teredo
  ['private', 'fc00::', 7], // unique local
  ['link-local', 'fe80::', 10],
  ['private', 'fec0::', 10], // deprecated site-local
  ['multicast', 'ff00::', 8],
];

type Table = ReadonlyArray<{ range: AddressRange; list: BlockList }>;

function table(rows: readonly Row[], type: 'ipv4' | 'ipv6'): Table {
  return rows.map(([range, net, prefix]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, type);
    return { range, list };
  });
}

const V4 = table(V4_ROWS, 'ipv4');
const V6 = table(V6_ROWS, 'ipv6');

/**
 * The range a non-public address belongs to, or null when it is public.
 * Accepts dotted IPv4 and IPv6 (with or without brackets or a zone id).
 */
export function classifyAddress(address: string): AddressRange | null {
  const a = stripBrackets(address).replace(/%.*$/, '');
  if (isIPv4(a)) return V4.find((row) => row.list.check(a, 'ipv4'))?.range ?? null;
  if (!isIPv6(a)) return 'invalid';
  const bytes = ipv6Bytes(a);
  if (!bytes) return 'invalid';
  const embedded = embeddedIPv4(bytes);
  if (embedded) return classifyAddress(embedded);
  const row = V6.find((r) => r.list.check(a, 'ipv6'));
  if (row) return row.range;
  // Only 2000::/3 is allocated for global unicast.
  return (bytes[0]! & 0xe0) === 0x20 ? null : 'reserved';
}

export const isPublicAddress = (address: string): boolean => classifyAddress(address) === null;

/**
 * The IP address a URL host stands for, or null if it is a name. Besides plain
 * v4 and bracketed v6 it reads the legacy inet_aton forms (2130706433,
 * 0x7f.1, 0177.0.0.1) that some resolvers and HTTP stacks still accept: the
 * WHATWG URL parser already normalises them, but this module does not rely on
 * every caller having gone through it.
 */
export function hostToAddress(host: string): string | null {
  const h = stripBrackets(host);
  if (isIPv4(h) || isIPv6(h)) return h;
  return parseIPv4Literal(h);
}

/** inet_aton: one to four parts, each decimal, 0x-hex or 0-octal; the last fills the remaining bytes. */
export function parseIPv4Literal(text: string): string | null {
  const parts = text.split('.');
  if (parts.length > 1 && parts.at(-1) === '') parts.pop(); // "127.0.0.1." is the same host
  if (parts.length === 0 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p, 8);
    else if (/^(0|[1-9]\d*)$/.test(p)) n = Number(p);
    else return null;
    if (!Number.isSafeInteger(n)) return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255)) return null;
  if (last >= 256 ** (4 - nums.length)) return null;
  let value = last;
  nums.forEach((n, i) => (value += n * 256 ** (3 - i)));
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

const stripBrackets = (s: string) => (s.startsWith('[') && s.endsWith(']') ? s.slice(1, -1) : s);

/** 16 bytes of a valid IPv6 address (zone id already removed). */
export function ipv6Bytes(address: string): Uint8Array | null {
  let s = address.toLowerCase();
  // A dotted tail (::ffff:127.0.0.1) becomes two hex groups.
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return null;
    const [a, b, c, d] = tail.split('.').map(Number) as [number, number, number, number];
    s = `${s.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const fill = halves.length === 2 ? 8 - head.length - rest.length : 0;
  if (fill < 0) return null;
  const all = [...head, ...Array<string>(fill).fill('0'), ...rest];
  if (all.length !== 8) return null;
  const bytes = new Uint8Array(16);
  for (const [i, g] of all.entries()) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
    const v = parseInt(g, 16);
    bytes[i * 2] = v >> 8;
    bytes[i * 2 + 1] = v & 0xff;
  }
  return bytes;
}

/** The IPv4 address an IPv6 address delivers to: v4-mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) or 6to4 (2002::/16). */
function embeddedIPv4(b: Uint8Array): string | null {
  const v4 = (at: number) => `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;
  const zeros = (from: number, to: number) => b.subarray(from, to).every((x) => x === 0);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return v4(12);
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return v4(12);
  if (b[0] === 0x20 && b[1] === 0x02) return v4(2);
  return null;
}
