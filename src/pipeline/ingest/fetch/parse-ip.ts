import { isIPv4, isIPv6 } from 'node:net';

/** An IPv4 address as an unsigned 32-bit number, or undefined when `ip` is not dotted-decimal IPv4. */
export function parseIPv4(ip: string): number | undefined {
  if (!isIPv4(ip)) return undefined;
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/**
 * An IPv6 address as its eight 16-bit groups, or undefined when `ip` is not IPv6.
 * Accepts brackets ("[::1]"), a zone ("fe80::1%eth0") and a dotted IPv4 tail ("::ffff:10.0.0.1").
 */
export function parseIPv6(ip: string): number[] | undefined {
  let text = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  text = text.split('%')[0];
  if (!isIPv6(text)) return undefined;
  const lastColon = text.lastIndexOf(':');
  const v4 = parseIPv4(text.slice(lastColon + 1));
  if (v4 !== undefined) text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  const halves = text.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...Array<string>(fill).fill('0'), ...tail].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}
