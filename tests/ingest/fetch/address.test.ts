import { describe, expect, it } from 'vitest';
import {
  classifyAddress,
  hostToAddress,
  ipv6Bytes,
  isPublicAddress,
  parseIPv4Literal,
  type AddressRange,
} from '../../../src/ingest/fetch/address.ts';

const blocked: Array<[string, AddressRange]> = [
  // IPv4, with the edges of every range
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['0.255.255.255', 'unspecified'],
  ['127.0.0.1', 'loopback'],
  ['127.0.0.0', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['127.1.2.3', 'loopback'],
  ['10.0.0.0', 'private'],
  ['10.0.0.1', 'private'],
  ['10.255.255.255', 'private'],
  ['172.16.0.0', 'private'],
  ['172.20.1.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.0.0', 'private'],
  ['192.168.1.1', 'private'],
  ['192.168.255.255', 'private'],
  ['100.64.0.0', 'shared'],
  ['100.100.100.100', 'shared'],
  ['100.127.255.255', 'shared'],
  ['169.254.0.0', 'link-local'],
  ['169.254.169.254', 'link-local'],
  ['169.254.255.255', 'link-local'],
  ['224.0.0.0', 'multicast'],
  ['224.0.0.251', 'multicast'],
  ['239.255.255.255', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['240.0.0.0', 'reserved'],
  ['250.1.2.3', 'reserved'],
  ['255.255.255.254', 'reserved'],
  ['192.0.0.0', 'reserved'],
  ['192.0.0.170', 'reserved'],
  ['192.88.99.1', 'reserved'],
  ['198.18.0.0', 'reserved'],
  ['198.19.255.255', 'reserved'],
  ['192.0.2.0', 'documentation'],
  ['192.0.2.255', 'documentation'],
  ['198.51.100.7', 'documentation'],
  ['203.0.113.200', 'documentation'],
  // IPv6
  ['::', 'unspecified'],
  ['0:0:0:0:0:0:0:0', 'unspecified'],
  ['::1', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['::2', 'reserved'],
  ['::7f00:1', 'reserved'], // deprecated IPv4-compatible
  ['::127.0.0.1', 'reserved'],
  ['fc00::', 'private'],
  ['fc00::1', 'private'],
  ['fd12:3456:789a::1', 'private'],
  ['fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'private'],
  ['fe80::', 'link-local'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['FE80::ABCD', 'link-local'],
  ['febf:ffff::1', 'link-local'],
  ['fec0::1', 'private'],
  ['ff00::', 'multicast'],
  ['ff02::1', 'multicast'],
  ['ff05::1:3', 'multicast'],
  ['2001:db8::', 'documentation'],
  ['2001:db8:85a3::8a2e:370:7334', 'documentation'],
  ['3fff::1', 'documentation'],
  ['100::1', 'reserved'],
  ['2001::1', 'reserved'], // Teredo
  ['2001:2::1', 'reserved'], // benchmarking
  ['64:ff9b:1::1', 'reserved'],
  ['4000::1', 'reserved'], // outside 2000::/3
  ['e000::1', 'reserved'],
  // IPv4-mapped IPv6, dotted and hex, of every IPv4 kind
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['0:0:0:0:0:ffff:7f00:0001', 'loopback'],
  ['::FFFF:127.0.0.1', 'loopback'],
  ['::ffff:10.0.0.1', 'private'],
  ['::ffff:a00:1', 'private'],
  ['::ffff:172.16.0.1', 'private'],
  ['::ffff:192.168.0.1', 'private'],
  ['::ffff:c0a8:1', 'private'],
  ['::ffff:169.254.169.254', 'link-local'],
  ['::ffff:a9fe:a9fe', 'link-local'],
  ['::ffff:100.64.0.1', 'shared'],
  ['::ffff:0.0.0.0', 'unspecified'],
  ['::ffff:224.0.0.1', 'multicast'],
  ['::ffff:255.255.255.255', 'broadcast'],
  ['::ffff:192.0.2.1', 'documentation'],
  ['::ffff:240.0.0.1', 'reserved'],
  // NAT64 and 6to4 deliver to the IPv4 inside
  ['64:ff9b::7f00:1', 'loopback'],
  ['64:ff9b::10.0.0.1', 'private'],
  ['2002:7f00:1::', 'loopback'],
  ['2002:a9fe:a9fe::1', 'link-local'],
  ['2002:c0a8:101::1', 'private'],
  // bracketed, as in URLs
  ['[::1]', 'loopback'],
  ['[::ffff:7f00:1]', 'loopback'],
  // not addresses at all
  ['', 'invalid'],
  ['localhost', 'invalid'],
  ['example.com', 'invalid'],
  ['2130706433', 'invalid'], // legacy forms are turned into dotted ones by hostToAddress first
  ['256.0.0.1', 'invalid'],
  ['1.2.3', 'invalid'],
  ['::ffff:1.2.3.256', 'invalid'],
  [':::1', 'invalid'],
];

const publicAddresses = [
  '1.1.1.1',
  '8.8.8.8',
  '93.184.216.34',
  '9.255.255.255', // just below 10/8
  '11.0.0.0', // just above
  '100.63.255.255', // just below 100.64/10
  '100.128.0.0', // just above
  '126.255.255.255',
  '128.0.0.0',
  '169.253.255.255',
  '169.255.0.0',
  '172.15.255.255',
  '172.32.0.0',
  '192.0.1.255',
  '192.0.3.0',
  '192.167.255.255',
  '192.169.0.0',
  '198.17.255.255',
  '198.20.0.0',
  '223.255.255.255', // last before multicast
  '2606:4700:4700::1111',
  '2001:4860:4860::8888',
  '2a00:1450:4001:80b::200e',
  '2001:200::1', // just past 2001::/23
  '::ffff:8.8.8.8', // mapped public is public
  '::ffff:808:808',
  '64:ff9b::8.8.8.8',
  '2002:808:808::1',
  '2c0f:fb50::1',
];

describe('classifyAddress', () => {
  it.each(blocked)('%s is %s', (address, range) => {
    expect(classifyAddress(address)).toBe(range);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(publicAddresses)('%s is public', (address) => {
    expect(classifyAddress(address)).toBeNull();
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('legacy IPv4 literals (inet_aton forms)', () => {
  it.each([
    ['2130706433', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['0X7F000001', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['127.0.1', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['0x7f.0x0.0x0.0x1', '127.0.0.1'],
    ['0x7f.0.0.1', '127.0.0.1'],
    ['127.0.0.1.', '127.0.0.1'],
    ['10.1', '10.0.0.1'],
    ['167772161', '10.0.0.1'],
    ['0xa9fea9fe', '169.254.169.254'],
    ['2852039166', '169.254.169.254'],
    ['0', '0.0.0.0'],
    ['0x', '0.0.0.0'],
    ['4294967295', '255.255.255.255'],
    ['8.8.8.8', '8.8.8.8'],
  ])('%s is %s', (text, dotted) => {
    expect(parseIPv4Literal(text)).toBe(dotted);
    expect(hostToAddress(text)).toBe(dotted);
  });

  it.each(['example.com', '4294967296', '256.0.0.1', '1.2.3.4.5', '08', '1.08', '0x1g', '1..2', '', '.', 'localhost', '1e3', '-1', '99999999999999999999999'])(
    '%s is not an IPv4 literal',
    (text) => {
      expect(parseIPv4Literal(text)).toBeNull();
    },
  );

  it('reads bracketed IPv6 hosts and leaves names alone', () => {
    expect(hostToAddress('[::1]')).toBe('::1');
    expect(hostToAddress('[::ffff:7f00:1]')).toBe('::ffff:7f00:1');
    expect(hostToAddress('example.com')).toBeNull();
    expect(hostToAddress('xn--bcher-kva.example')).toBeNull();
  });
});

describe('ipv6Bytes', () => {
  it('expands :: and dotted tails', () => {
    expect([...ipv6Bytes('::1')!]).toEqual([...Array(15).fill(0), 1]);
    expect([...ipv6Bytes('::ffff:127.0.0.1')!].slice(10)).toEqual([0xff, 0xff, 127, 0, 0, 1]);
    expect([...ipv6Bytes('2001:db8::8a2e:370:7334')!].slice(0, 4)).toEqual([0x20, 0x01, 0x0d, 0xb8]);
    expect([...ipv6Bytes('1:2:3:4:5:6:7:8')!]).toEqual([0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8]);
  });

  it('rejects what is not IPv6', () => {
    expect(ipv6Bytes('1::2::3')).toBeNull();
    expect(ipv6Bytes('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(ipv6Bytes('::ffff:1.2.3')).toBeNull();
  });
});
