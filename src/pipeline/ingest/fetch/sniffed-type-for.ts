import { sniffContentType } from './sniff-content-type.js';

// Types servers send when they do not know what the bytes are.
const UNKNOWN = new Set(['application/octet-stream', 'binary/octet-stream', 'application/unknown', 'application/x-unknown', 'application/download', 'application/x-download']);

/**
 * The sniffed type worth reporting next to a declared one: when the header is missing or
 * says nothing (octet-stream), or when the bytes show a definite type other than the header's
 * (a PDF sent as text/html, RSS sent as text/xml or text/plain). A weak sniff (text/plain)
 * never overrides a header that names a type: HTML often starts without a tag.
 */
export function sniffedTypeFor(declared: string | undefined, bytes: Uint8Array): string | undefined {
  const sniffed = sniffContentType(bytes);
  if (!sniffed || sniffed === declared) return undefined;
  if (sniffed === 'text/plain') return !declared || UNKNOWN.has(declared) ? sniffed : undefined;
  return sniffed;
}
