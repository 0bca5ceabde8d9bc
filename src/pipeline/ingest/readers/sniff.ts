import { decodeBytes } from '../decode/decode-bytes.js';
import { ReadError } from './reader-types.js';

/** What the bytes of an input look like, judged by content alone. */
export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'pdf' }
  | { kind: 'binary'; what: string }
  | { kind: 'html' }
  | { kind: 'feed'; root: string }
  | { kind: 'json-feed' }
  /** XML (it has an XML declaration) whose root is not a feed. */
  | { kind: 'xml'; root: string }
  /** Starts with a tag that is neither HTML's nor a feed's: an HTML fragment, or XML without a declaration. */
  | { kind: 'markup'; root: string }
  | { kind: 'json' }
  | { kind: 'text' };

// Formats analysts are likely to feed in by mistake, named so the refusal says what the file is.
const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word, Excel or EPUB file)'],
  [[0x1f, 0x8b], 'gzip-compressed data'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office file (.doc, .xls)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];

const cache = new WeakMap<Uint8Array, Sniffed>();

/**
 * Sniffs an input's format from its first bytes, the way browsers do, so that a report saved
 * with the wrong extension or served with the wrong Content-Type still reaches the right reader.
 */
export function sniff(bytes: Uint8Array): Sniffed {
  let sniffed = cache.get(bytes);
  if (!sniffed) cache.set(bytes, (sniffed = sniffUncached(bytes)));
  return sniffed;
}

function sniffUncached(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return { kind: 'pdf' };
  const magic = MAGIC.find(([sig]) => sig.every((b, i) => bytes[i] === b));
  if (magic) return { kind: 'binary', what: magic[1] };
  let head: string;
  try {
    head = decodeBytes(bytes.subarray(0, 8192), { htmlMeta: true }).text.replace(/^\uFEFF/, '').trimStart();
  } catch (error) {
    if (error instanceof ReadError) return { kind: 'binary', what: `binary data, not text (${error.message.replace(/^looks binary, not text \((.*)\)$/, '$1')})` };
    throw error;
  }
  if (head === '') return { kind: 'text' }; // whitespace only: the text reader says so
  if (head.startsWith('<')) return sniffMarkup(head);
  if (/<!doctype\s+html|<html[\s>]/i.test(head.slice(0, 1024))) return { kind: 'html' };
  if (head.startsWith('{') || head.startsWith('[')) return sniffJson(bytes, head);
  return { kind: 'text' };
}

function sniffMarkup(head: string): Sniffed {
  const xmlDeclared = /^<\?xml\b/i.test(head);
  let rest = head;
  let doctypeHtml = false;
  // Skip the prolog: declarations, processing instructions, comments, the doctype.
  for (;;) {
    const prolog = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype\b[^>]*>)\s*/i.exec(rest);
    if (!prolog) break;
    if (/^<!doctype\s+html\b/i.test(prolog[0])) doctypeHtml = true;
    rest = rest.slice(prolog[0].length);
  }
  const root = /^<([A-Za-z][\w:.-]*)/.exec(rest)?.[1] ?? '';
  const lower = root.toLowerCase();
  if (!root) return xmlDeclared ? { kind: 'xml', root: '?' } : { kind: 'text' };
  if (doctypeHtml || lower === 'html' || lower === 'head' || lower === 'body') return { kind: 'html' };
  if (lower === 'rss' || lower === 'feed' || lower === 'rdf:rdf') return { kind: 'feed', root };
  if (xmlDeclared) return { kind: 'xml', root };
  if (/<html[\s>]|<body[\s>]/i.test(head.slice(0, 1024))) return { kind: 'html' };
  return { kind: 'markup', root };
}

function sniffJson(bytes: Uint8Array, head: string): Sniffed {
  // A truncated JSON Feed is still a JSON Feed (a broken one), so look at the version first.
  if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\//.test(head)) return { kind: 'json-feed' };
  try {
    JSON.parse(decodeBytes(bytes).text);
    return { kind: 'json' };
  } catch {
    return { kind: 'text' }; // "[Update 14:00] Shelling resumed…" is text that starts with a bracket
  }
}

/** The sniffed format in words, for "is not a format Truce reads (it looks like …)". */
export function describeSniffed(sniffed: Sniffed): string {
  switch (sniffed.kind) {
    case 'empty': return 'it is empty';
    case 'pdf': return 'it looks like a PDF';
    case 'binary': return `it looks like ${sniffed.what}`;
    case 'html': return 'it looks like HTML';
    case 'feed': return `it looks like a feed with root <${sniffed.root}>`;
    case 'json-feed': return 'it looks like a JSON Feed';
    case 'xml': return `it is XML with root <${sniffed.root}>, not an RSS, Atom or RDF feed`;
    case 'markup': return `it starts with a <${sniffed.root}> tag but is neither HTML nor a feed`;
    case 'json': return 'it is JSON but not a JSON Feed';
    case 'text': return 'it looks like plain text';
  }
}
