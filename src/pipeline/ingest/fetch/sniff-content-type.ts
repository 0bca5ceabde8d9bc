// Magic numbers at offset 0, checked before anything textual.
const MAGIC: [bytes: number[], type: string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
  [[0xff, 0xd8, 0xff], 'image/jpeg'],
  [[0x47, 0x49, 0x46, 0x38, 0x37, 0x61], 'image/gif'],
  [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'image/gif'],
  [[0x50, 0x4b, 0x03, 0x04], 'application/zip'],
  [[0x50, 0x4b, 0x05, 0x06], 'application/zip'],
  [[0x1f, 0x8b, 0x08], 'application/gzip'],
];

// The tags the WHATWG MIME sniffing standard takes as the start of an HTML document.
const HTML_START = /^<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p)[\s>]/i;
// Declarations, processing instructions (stylesheets), comments and doctypes before an XML root.
const XML_PROLOGUE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)/i;
const XML_ROOT: [RegExp, string][] = [
  [/^<rss[\s>]/i, 'application/rss+xml'],
  [/^<(?:[\w-]+:)?feed[\s>]/i, 'application/atom+xml'],
  [/^<(?:[\w-]+:)?RDF[\s>]/, 'application/rdf+xml'],
  [/^<html[\s>]/i, 'text/html'],
];
const JSON_FEED = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;
// Bytes that never occur in text (WHATWG "binary data byte").
const BINARY_BYTE = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;
const HEAD_BYTES = 4096;
const TEXT_CHECK_BYTES = 65536;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head.subarray(2));
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head.subarray(2));
  return new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
}

function sniffMarkup(text: string): string | undefined {
  const declared = /^\s*<\?xml[\s?]/i.test(text);
  let rest = text;
  for (let m = XML_PROLOGUE.exec(rest); m && m[0].length > 0; m = XML_PROLOGUE.exec(rest)) {
    rest = rest.slice(m[0].length);
  }
  for (const [root, type] of XML_ROOT) if (root.test(rest)) return type;
  if (HTML_START.test(text.trimStart()) || HTML_START.test(rest)) return 'text/html';
  return declared ? 'application/xml' : undefined;
}

function isText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, TEXT_CHECK_BYTES);
  try {
    // stream: true, so a character cut in two by the slice is not an error.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return !BINARY_BYTE.test(text);
  } catch {
    return false;
  }
}

/**
 * The MIME type the bytes themselves show: PDF, HTML, RSS/Atom/RDF feeds, JSON Feed,
 * PNG/JPEG/GIF, ZIP and gzip by their signatures; other valid UTF-8 as text/plain.
 * Undefined for empty or unrecognised binary bytes.
 *
 * @example sniffContentType(new TextEncoder().encode('<?xml version="1.0"?><rss version="2.0">')) // 'application/rss+xml'
 */
export function sniffContentType(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return undefined;
  for (const [magic, type] of MAGIC) if (startsWith(bytes, magic)) return type;
  const text = headText(bytes);
  // PDF readers accept the header anywhere in the first 1024 bytes.
  if (text.slice(0, 1024).includes('%PDF-')) return 'application/pdf';
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') && JSON_FEED.test(trimmed)) return 'application/feed+json';
  if (trimmed.startsWith('<')) {
    const markup = sniffMarkup(trimmed);
    if (markup) return markup;
  }
  return isText(bytes) ? 'text/plain' : undefined;
}
