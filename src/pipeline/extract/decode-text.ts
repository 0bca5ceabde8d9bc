/**
 * Bytes to text for plain-text documents: UTF-8 (with or without BOM) and UTF-16 with a
 * BOM. Anything else is refused with a reason rather than read as garbage; the ingestion
 * stage adds the legacy encodings.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: `has a NUL byte at offset ${nul}: it looks binary, not plain text` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    return { error: 'is not UTF-8 text: convert it to UTF-8 (for example with iconv) and try again' };
  }
}
