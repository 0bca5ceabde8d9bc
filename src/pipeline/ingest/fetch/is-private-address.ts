import { parseIPv4, parseIPv6 } from './parse-ip.js';

// [network, prefix length]: ranges not reachable on the public internet (RFC 6890 and friends).
const PRIVATE_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, where cloud metadata services answer
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1..3)
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and 255.255.255.255 broadcast within it
];

const V4_RANGES = PRIVATE_V4.map(([net, bits]) => {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return { net: (parseIPv4(net)! & mask) >>> 0, mask };
});

function isPrivateV4(n: number): boolean {
  return V4_RANGES.some(({ net, mask }) => ((n & mask) >>> 0) === net);
}

const v4Of = (hi: number, lo: number) => hi * 0x10000 + lo;

function isPrivateV6(g: number[]): boolean {
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  // ::/96 covers :: and ::1 and the deprecated IPv4-compatible form; ::ffff:0:0/96 is IPv4-mapped.
  if (zeros(0, 6) || (zeros(0, 5) && g[5] === 0xffff)) return isPrivateV4(v4Of(g[6], g[7]));
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return isPrivateV4(v4Of(g[6], g[7])); // SIIT ::ffff:0:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b) {
    // NAT64 reaches the embedded IPv4 address; 64:ff9b:1::/48 is for local use only.
    return zeros(2, 6) ? isPrivateV4(v4Of(g[6], g[7])) : g[2] === 1;
  }
  if (g[0] === 0x2002) return isPrivateV4(v4Of(g[1], g[2])); // 6to4 tunnels to the embedded IPv4
  if (g[0] === 0x100 && zeros(1, 4)) return true; // discard-only
  if (g[0] === 0x2001 && g[1] === 0xdb8) return true; // documentation
  if ((g[0] & 0xfe00) === 0xfc00) return true; // unique local
  if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0) return true; // link-local, old site-local
  return (g[0] & 0xff00) === 0xff00; // multicast
}

/**
 * Whether an IP address (v4 or v6) is one a server on the public internet cannot have:
 * private, loopback, link-local, multicast, reserved, or a v6 form that embeds such a v4 address.
 * Anything that is not an IP address counts as private, so a caller that passes junk fails closed.
 *
 * @example isPrivateAddress('169.254.169.254') // true
 * @example isPrivateAddress('::ffff:8.8.8.8') // false
 */
export function isPrivateAddress(ip: string): boolean {
  const v4 = parseIPv4(ip);
  if (v4 !== undefined) return isPrivateV4(v4);
  const v6 = parseIPv6(ip);
  return v6 === undefined ? true : isPrivateV6(v6);
}
