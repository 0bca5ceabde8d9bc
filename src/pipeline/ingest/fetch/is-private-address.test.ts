import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './is-private-address.js';
import { parseIPv6 } from './parse-ip.js';

describe('isPrivateAddress', () => {
  it.each([
    ['0.0.0.0', 'this network'],
    ['0.255.1.2', 'this network'],
    ['10.0.0.1', '10/8'],
    ['10.255.255.255', '10/8 top'],
    ['100.64.0.1', 'CGNAT bottom'],
    ['100.127.255.254', 'CGNAT top'],
    ['127.0.0.1', 'loopback'],
    ['127.1.2.3', 'loopback /8'],
    ['169.254.169.254', 'cloud metadata'],
    ['172.16.0.1', '172.16/12 bottom'],
    ['172.31.255.255', '172.16/12 top'],
    ['192.0.0.8', '192.0.0/24'],
    ['192.0.2.1', 'TEST-NET-1'],
    ['192.168.1.1', '192.168/16'],
    ['198.18.0.1', 'benchmarking bottom'],
    ['198.19.255.255', 'benchmarking top'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast top'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
  ])('refuses IPv4 %s (%s)', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(['8.8.8.8', '1.1.1.1', '9.255.255.255', '11.0.0.0', '100.63.255.255', '100.128.0.0', '126.255.255.255', '128.0.0.1', '169.253.0.1', '172.15.255.255', '172.32.0.0', '192.0.1.1', '192.167.0.1', '192.169.0.1', '198.17.255.255', '198.20.0.0', '223.255.255.255', '93.184.216.34'])(
    'allows public IPv4 %s',
    (ip) => expect(isPrivateAddress(ip)).toBe(false),
  );

  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback, long form'],
    ['[::1]', 'loopback in URL brackets'],
    ['fc00::1', 'unique local'],
    ['fd12:3456:789a::1', 'unique local fd'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local with zone'],
    ['febf:ffff::1', 'link-local top'],
    ['ff02::1', 'multicast'],
    ['ff0e::1', 'global multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback in hex'],
    ['::ffff:10.1.2.3', 'IPv4-mapped 10/8'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
    ['0:0:0:0:0:ffff:192.168.0.1', 'IPv4-mapped, long form'],
    ['::127.0.0.1', 'IPv4-compatible loopback'],
    ['64:ff9b::10.0.0.1', 'NAT64 of 10/8'],
    ['64:ff9b::7f00:1', 'NAT64 of loopback in hex'],
    ['64:ff9b:1::1', 'local-use NAT64'],
    ['2002:7f00:1::', '6to4 of loopback'],
    ['2002:c0a8:101::1', '6to4 of 192.168.1.1'],
    ['2001:db8::1', 'documentation'],
    ['100::1', 'discard-only'],
    ['fec0::1', 'old site-local'],
  ])('refuses IPv6 %s (%s)', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(['2606:4700:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8', '::ffff:808:808', '64:ff9b::8.8.8.8', '2002:808:808::1', 'fbff::1', '2a00:1450::1', '2001:db9::1'])(
    'allows public IPv6 %s',
    (ip) => expect(isPrivateAddress(ip)).toBe(false),
  );

  it.each(['', 'localhost', 'example.com', '256.1.1.1', '1.2.3', '127.0.0.1.5', '::g', '1:2:3:4:5:6:7:8:9', '1::2::3', ' 8.8.8.8'])(
    'counts %j, not an IP address, as private (fails closed)',
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  );
});

describe('parseIPv6', () => {
  it('expands ::, keeps a dotted tail and drops a zone', () => {
    expect(parseIPv6('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('1::')).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(parseIPv6('fe80::a:b%en0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0xa, 0xb]);
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6('10.0.0.1')).toBeUndefined();
  });
});
